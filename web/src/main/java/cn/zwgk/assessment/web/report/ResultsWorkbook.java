package cn.zwgk.assessment.web.report;

import cn.zwgk.assessment.domain.assessment.ItemEntry;
import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.result.UnitResult;
import cn.zwgk.assessment.domain.special.SpecialOccurrence;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import cn.zwgk.assessment.service.assessment.AssessmentSheet;
import cn.zwgk.assessment.service.report.YearResults;
import cn.zwgk.assessment.web.Texts;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 考核结果汇总表: a ranking sheet per group, a detail sheet per unit (every item with its points,
 * self-score, score and deduction reason, then the totals), and the special items; in Chinese, laid
 * out to print (title and header rows repeated and frozen, widths, A4, page numbers).
 */
public final class ResultsWorkbook {

  /** Rows above the data of every sheet: the title and the column headers. */
  static final int HEADER_ROWS = 2;

  private final YearResults year;
  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final CellStyle title;
  private final CellStyle header;
  private final CellStyle text;
  private final CellStyle number;
  private final CellStyle integer;
  private final Set<String> sheetNames = new HashSet<>();

  private ResultsWorkbook(YearResults year) {
    this.year = year;
    Font bold = workbook.createFont();
    bold.setBold(true);
    Font big = workbook.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    title = workbook.createCellStyle();
    title.setFont(big);
    title.setAlignment(HorizontalAlignment.CENTER);
    header = bordered();
    header.setFont(bold);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setWrapText(true);
    text = bordered();
    text.setWrapText(true);
    text.setVerticalAlignment(VerticalAlignment.TOP);
    number = bordered();
    number.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
    number.setVerticalAlignment(VerticalAlignment.TOP);
    integer = bordered();
    integer.setAlignment(HorizontalAlignment.CENTER);
    integer.setVerticalAlignment(VerticalAlignment.TOP);
  }

  public static void write(YearResults year, OutputStream out) throws IOException {
    ResultsWorkbook book = new ResultsWorkbook(year);
    try (XSSFWorkbook workbook = book.workbook) {
      for (UnitGroup group : UnitGroup.values()) {
        book.ranking(group);
      }
      book.specialItems();
      for (UnitResult result : year.all()) {
        book.detail(result);
      }
      workbook.write(out);
    }
  }

  private void ranking(UnitGroup group) {
    Sheet sheet =
        sheet(
            t("export.rankingSheet", group.chineseName()),
            t("export.rankingTitle", year.county(), year.year(), group.chineseName()),
            List.of(
                "export.rank",
                "export.unit",
                "export.base",
                "export.bonus",
                "export.penalty",
                "export.final",
                "export.grade",
                "export.zeroOut"),
            new int[] {8, 30, 12, 10, 10, 12, 10, 10});
    int r = HEADER_ROWS;
    for (UnitResult result : year.rankings().get(group)) {
      Row row = sheet.createRow(r++);
      whole(row, 0, result.getRank());
      text(row, 1, result.getUnit().getName());
      number(row, 2, result.getBase());
      number(row, 3, result.getBonus());
      number(row, 4, result.getPenalty());
      number(row, 5, result.getFinalScore());
      text(row, 6, result.getGrade() == null ? "" : t("grade." + result.getGrade().name()));
      text(row, 7, result.isZeroedOut() ? t("kind.ZERO_OUT") : "");
    }
  }

  private void detail(UnitResult result) {
    AssessmentSheet unitSheet = year.sheet(result);
    Sheet sheet =
        sheet(
            result.getUnit().getName(),
            t("export.detailTitle", year.year(), result.getUnit().getName()),
            List.of(
                "export.no",
                "export.area",
                "export.indicator",
                "export.criterion",
                "export.points",
                "export.selfScore",
                "export.score",
                "export.reason"),
            new int[] {6, 14, 24, 40, 8, 8, 8, 36});
    int r = HEADER_ROWS;
    int no = 1;
    for (CycleItem item : unitSheet.items()) {
      if (!item.isScored()) {
        continue;
      }
      ItemEntry entry = unitSheet.entry(item).orElse(null);
      Row row = sheet.createRow(r++);
      whole(row, 0, no++);
      text(row, 1, item.getArea());
      text(row, 2, item.getIndicator());
      text(row, 3, item.getCriterion() == null ? "" : item.getCriterion());
      number(row, 4, item.getPoints());
      number(row, 5, entry == null ? null : entry.getSelfScore());
      number(row, 6, entry == null ? null : entry.getScore());
      text(row, 7, entry == null || entry.getReason() == null ? "" : entry.getReason());
    }
    r++;
    r = total(sheet, r, "export.base", result.getBase());
    r = total(sheet, r, "export.bonus", result.getBonus());
    r = total(sheet, r, "export.penalty", result.getPenalty());
    r = total(sheet, r, "export.final", result.getFinalScore());
    Row rank = sheet.createRow(r);
    text(rank, 3, t("export.rankAndGrade"));
    text(
        rank,
        4,
        result.getRank()
            + " / "
            + (result.getGrade() == null ? "" : t("grade." + result.getGrade().name())));
  }

  private int total(Sheet sheet, int r, String label, BigDecimal value) {
    Row row = sheet.createRow(r);
    text(row, 3, t(label));
    number(row, 4, value);
    return r + 1;
  }

  private void specialItems() {
    Sheet sheet =
        sheet(
            t("export.specialSheet"),
            t("export.specialTitle", year.county(), year.year()),
            List.of(
                "export.unit",
                "export.group",
                "export.kind",
                "export.item",
                "export.occurredOn",
                "export.description",
                "export.value",
                "export.decision"),
            new int[] {24, 12, 10, 40, 12, 36, 8, 10});
    int r = HEADER_ROWS;
    for (UnitResult result : year.all()) {
      for (SpecialOccurrence o : year.sheet(result).specialItems()) {
        Row row = sheet.createRow(r++);
        text(row, 0, result.getUnit().getName());
        text(row, 1, result.getUnitGroup().chineseName());
        text(row, 2, t("kind." + o.getItem().getKind().name()));
        text(row, 3, o.getItem().label());
        text(row, 4, o.getOccurredOn().toString());
        text(row, 5, o.getDescription());
        number(row, 6, o.getItem().getPoints());
        text(row, 7, t("decision." + o.getDecision().name()));
      }
    }
  }

  /** A sheet with its title and header rows, frozen below them and repeated on every page. */
  private Sheet sheet(String name, String heading, List<String> columns, int[] widths) {
    Sheet sheet = workbook.createSheet(uniqueName(name));
    Row titleRow = sheet.createRow(0);
    titleRow.setHeightInPoints(24);
    Cell cell = titleRow.createCell(0);
    cell.setCellValue(heading);
    cell.setCellStyle(title);
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
    Row headerRow = sheet.createRow(1);
    for (int c = 0; c < columns.size(); c++) {
      Cell h = headerRow.createCell(c);
      h.setCellValue(t(columns.get(c)));
      h.setCellStyle(header);
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    sheet.createFreezePane(0, HEADER_ROWS);
    sheet.setRepeatingRows(new CellRangeAddress(0, HEADER_ROWS - 1, 0, columns.size() - 1));
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setHorizontallyCenter(true);
    sheet.getHeader().setCenter(heading);
    sheet.getFooter().setCenter("&P / &N");
    return sheet;
  }

  /** Sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
  private String uniqueName(String name) {
    String safe = WorkbookUtil.createSafeSheetName(name);
    String unique = safe;
    for (int n = 2; !sheetNames.add(unique); n++) {
      String suffix = "(" + n + ")";
      unique = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
    }
    return unique;
  }

  private void text(Row row, int column, String value) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(text);
  }

  private void whole(Row row, int column, Integer value) {
    Cell cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(value);
    }
    cell.setCellStyle(integer);
  }

  private void number(Row row, int column, BigDecimal value) {
    Cell cell = row.createCell(column);
    if (value != null) {
      // A spreadsheet cell holds a binary number; two decimals print exactly as stored.
      cell.setCellValue(value.doubleValue());
    }
    cell.setCellStyle(number);
  }

  private CellStyle bordered() {
    CellStyle style = workbook.createCellStyle();
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    return style;
  }

  private static String t(String key, Object... args) {
    return Texts.format(Texts.CHINESE, key, args);
  }
}
