package cn.zwgk.assessment.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import cn.zwgk.assessment.service.report.YearResults;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The workbook's and the report's layout, on a year without units (the IT checks the numbers). */
class ResultDocumentsTest {

  private static YearResults emptyYear() {
    Map<UnitGroup, List<cn.zwgk.assessment.domain.result.UnitResult>> rankings =
        new EnumMap<>(UnitGroup.class);
    for (UnitGroup group : UnitGroup.values()) {
      rankings.put(group, List.of());
    }
    return new YearResults(
        new AssessmentCycle(2027, "admin", LocalDateTime.of(2027, 1, 4, 9, 0)),
        "孟津县",
        rankings,
        Map.of());
  }

  @Test
  void theWorkbookHasARankingSheetPerGroupAndTheSpecialItems() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    ResultsWorkbook.write(emptyYear(), out);

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(3);
      assertThat(book.getSheetName(0)).isEqualTo("镇(区)政府排名");
      assertThat(book.getSheetName(1)).isEqualTo("县直单位排名");
      assertThat(book.getSheetName(2)).isEqualTo("特别加减分");
      for (Sheet sheet : book) {
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
        assertThat(sheet.getRepeatingRows()).isNotNull();
        assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo((short) 9);
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("孟津县2027年度");
      }
    }
  }

  @Test
  void theReportEmbedsItsFont() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    ResultsReport.write(
        emptyYear(), "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,0", out);

    String pdf = out.toString(StandardCharsets.ISO_8859_1);
    assertThat(pdf).startsWith("%PDF-").contains("/FontFile");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/nowhere/font.ttf", "/usr/share/fonts", ""})
  void aFontThatCannotBeEmbeddedIsRefusedWithTheSetting(String path) {
    assertThatThrownBy(() -> ResultsReport.write(emptyYear(), path, new ByteArrayOutputStream()))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> {
              assertThat(r.key()).isEqualTo("report.fontUnavailable");
              assertThat(r.args()).containsExactly(path);
            });
  }
}
