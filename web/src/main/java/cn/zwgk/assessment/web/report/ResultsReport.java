package cn.zwgk.assessment.web.report;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.assessment.ItemEntry;
import cn.zwgk.assessment.domain.ranking.Grade;
import cn.zwgk.assessment.domain.result.UnitResult;
import cn.zwgk.assessment.domain.special.SpecialOccurrence;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import cn.zwgk.assessment.service.assessment.AssessmentSheet;
import cn.zwgk.assessment.service.close.ResultService;
import cn.zwgk.assessment.service.report.YearResults;
import cn.zwgk.assessment.web.Texts;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 考核结果通报: the official circular with both groups' rankings and grades, then a one-page score sheet
 * (成绩单) for each unit. The CJK font is embedded, so the text reads (and can be searched) on any
 * machine.
 */
public final class ResultsReport {

  private static final Color HEADER_FILL = new Color(0xE8, 0xEC, 0xF1);

  private final YearResults year;
  private final Document document = new Document(PageSize.A4, 48, 48, 56, 48);
  private final Font titleFont;
  private final Font headingFont;
  private final Font bodyFont;
  private final Font smallFont;
  private final Font boldFont;

  private ResultsReport(YearResults year, BaseFont font) {
    this.year = year;
    titleFont = new Font(font, 18, Font.BOLD);
    headingFont = new Font(font, 13, Font.BOLD);
    bodyFont = new Font(font, 11);
    smallFont = new Font(font, 9);
    boldFont = new Font(font, 9, Font.BOLD);
  }

  /**
   * @param fontPath the CJK font to embed: a file, with ",n" for the n-th font of a collection
   */
  public static void write(YearResults year, String fontPath, OutputStream out) throws IOException {
    BaseFont font;
    try {
      font = BaseFont.createFont(fontPath, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    } catch (DocumentException | IOException e) {
      // A server set up without the font: the office is told which setting to fix.
      throw Refusal.conflict("report.fontUnavailable", fontPath);
    }
    ResultsReport report = new ResultsReport(year, font);
    PdfWriter.getInstance(report.document, out);
    report.document.addTitle(t("report.title", year.county(), year.year()));
    report.document.open();
    report.circular();
    for (UnitResult result : year.all()) {
      report.document.newPage();
      report.scoreSheet(result);
    }
    report.document.close();
  }

  private void circular() {
    add(centred(t("report.title", year.county(), year.year()), titleFont));
    add(new Paragraph(t("report.intro", year.year()), bodyFont));
    int n = 1;
    for (UnitGroup group : UnitGroup.values()) {
      List<UnitResult> ranking = year.rankings().get(group);
      add(spaced(t("report.groupHeading", t("report.numeral." + n++), group.chineseName())));
      add(new Paragraph(gradeSummary(ranking), bodyFont));
      PdfPTable table =
          table(
              new float[] {1, 4, 1.6f, 1.3f, 1.3f, 1.6f, 1.4f},
              "export.rank",
              "export.unit",
              "export.base",
              "export.bonus",
              "export.penalty",
              "export.final",
              "export.grade");
      for (UnitResult r : ranking) {
        cells(
            table,
            String.valueOf(r.getRank()),
            r.getUnit().getName(),
            decimal(r.getBase()),
            decimal(r.getBonus()),
            decimal(r.getPenalty()),
            decimal(r.getFinalScore()),
            grade(r));
      }
      add(table);
    }
    Paragraph signature =
        new Paragraph(t("report.signature", year.county()) + "\n" + LocalDate.now(), bodyFont);
    signature.setAlignment(Element.ALIGN_RIGHT);
    signature.setSpacingBefore(24);
    add(signature);
  }

  private String gradeSummary(List<UnitResult> ranking) {
    Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
    for (Grade g : Grade.values()) {
      counts.put(g, 0);
    }
    ranking.forEach(r -> counts.merge(r.getGrade(), 1, Integer::sum));
    return t(
        "report.gradeSummary",
        ranking.size(),
        counts.get(Grade.EXCELLENT),
        counts.get(Grade.GOOD),
        counts.get(Grade.PASS),
        counts.get(Grade.FAIL));
  }

  /** 成绩单: one page per unit, its totals, its areas, the points it lost and its special items. */
  private void scoreSheet(UnitResult result) {
    AssessmentSheet sheet = year.sheet(result);
    add(centred(t("report.sheetTitle", year.year()), headingFont));
    add(centred(result.getUnit().getName(), titleFont));
    PdfPTable totals =
        table(
            new float[] {2, 1.4f, 1.4f, 1.4f, 1.4f, 1.4f, 1.2f},
            "export.group",
            "export.base",
            "export.bonus",
            "export.penalty",
            "export.final",
            "export.rank",
            "export.grade");
    cells(
        totals,
        result.getUnitGroup().chineseName(),
        decimal(result.getBase()),
        decimal(result.getBonus()),
        decimal(result.getPenalty()),
        decimal(result.getFinalScore()),
        result.getRank() + " / " + year.rankings().get(result.getUnitGroup()).size(),
        grade(result));
    add(totals);

    add(spaced(t("report.areas")));
    PdfPTable areas =
        table(new float[] {4, 1.5f, 1.5f}, "export.area", "export.points", "export.score");
    for (ResultService.AreaScore area : year.areas(result)) {
      cells(areas, area.area(), decimal(area.points()), decimal(area.score()));
    }
    add(areas);

    add(spaced(t("report.deductions")));
    List<ItemEntry> deductions = sheet.deductions();
    if (deductions.isEmpty()) {
      add(new Paragraph(t("report.noDeductions"), smallFont));
    } else {
      PdfPTable lost =
          table(
              new float[] {4, 1, 1, 4},
              "export.item",
              "export.points",
              "export.score",
              "export.reason");
      for (ItemEntry e : deductions) {
        cells(
            lost,
            e.getItem().label(),
            decimal(e.getItem().getPoints()),
            decimal(e.getScore()),
            e.getReason() == null ? "" : e.getReason());
      }
      add(lost);
    }
    List<SpecialOccurrence> specials =
        sheet.specialItems().stream().filter(SpecialOccurrence::isApproved).toList();
    if (!specials.isEmpty()) {
      add(spaced(t("report.specials")));
      PdfPTable table =
          table(
              new float[] {1.2f, 4, 1.4f, 3},
              "export.kind",
              "export.item",
              "export.occurredOn",
              "export.description");
      for (SpecialOccurrence o : specials) {
        cells(
            table,
            t("kind." + o.getItem().getKind().name()),
            o.getItem().label(),
            o.getOccurredOn().toString(),
            o.getDescription());
      }
      add(table);
    }
  }

  private PdfPTable table(float[] widths, String... headers) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(6);
    table.setHeaderRows(1);
    for (String header : headers) {
      PdfPCell cell = new PdfPCell(new Phrase(t(header), boldFont));
      cell.setBackgroundColor(HEADER_FILL);
      cell.setHorizontalAlignment(Element.ALIGN_CENTER);
      cell.setPadding(4);
      table.addCell(cell);
    }
    return table;
  }

  private void cells(PdfPTable table, String... values) {
    for (String value : values) {
      PdfPCell cell = new PdfPCell(new Phrase(value, smallFont));
      cell.setPadding(3);
      table.addCell(cell);
    }
  }

  private Paragraph centred(String text, Font font) {
    Paragraph p = new Paragraph(text, font);
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingAfter(10);
    return p;
  }

  private Paragraph spaced(String text) {
    Paragraph p = new Paragraph(new Chunk(text, headingFont));
    p.setSpacingBefore(12);
    return p;
  }

  private void add(Element element) {
    document.add(element);
  }

  private static String grade(UnitResult r) {
    return r.getGrade() == null ? "" : t("grade." + r.getGrade().name());
  }

  private static String decimal(BigDecimal value) {
    return value == null ? "" : value.setScale(2).toPlainString();
  }

  private static String t(String key, Object... args) {
    return Texts.format(Texts.CHINESE, key, args);
  }
}
