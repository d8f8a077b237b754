package cn.zwgk.assessment.web.api;

import cn.zwgk.assessment.domain.audit.AuditEvent;
import cn.zwgk.assessment.web.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Audit events as a file the auditor keeps: CSV (UTF-8 with a byte-order mark, so that Excel reads
 * the Chinese right) or an Excel workbook. Each row carries its hashes, so that a copy can be
 * checked against the chain later.
 */
enum AuditExport {
  CSV("text/csv; charset=UTF-8", "csv"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  private static final List<String> HEADER_KEYS =
      List.of(
          "audit.seq",
          "audit.time",
          "audit.actor",
          "audit.action",
          "audit.target",
          "audit.unit",
          "audit.old",
          "audit.new",
          "audit.reason",
          "audit.prevHash",
          "audit.hash");

  /** Text that a spreadsheet would take for a formula (CSV injection) gets a leading quote. */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private final String mediaType;
  private final String extension;

  AuditExport(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  String mediaType() {
    return mediaType;
  }

  String extension() {
    return extension;
  }

  byte[] write(List<AuditEvent> events, Locale locale) {
    List<String> header = HEADER_KEYS.stream().map(k -> Texts.format(locale, k)).toList();
    return this == CSV ? csv(header, events) : xlsx(header, events);
  }

  private static List<String> cells(AuditEvent e) {
    List<String> cells = new ArrayList<>();
    cells.add(Long.toString(e.getSeq()));
    cells.add(e.getOccurredAt().toString());
    cells.add(e.getActor());
    cells.add(e.getAction());
    cells.add(e.getTarget());
    cells.add(e.getUnitCode());
    cells.add(e.getOldValue());
    cells.add(e.getNewValue());
    cells.add(e.getReason());
    cells.add(e.getPrevHash());
    cells.add(e.getHash());
    return cells;
  }

  private static byte[] csv(List<String> header, List<AuditEvent> events) {
    StringBuilder out = new StringBuilder("\uFEFF");
    line(out, header);
    events.forEach(e -> line(out, cells(e).stream().map(AuditExport::defused).toList()));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String cell = cells.get(i) == null ? "" : cells.get(i);
      out.append('"').append(cell.replace("\"", "\"\"")).append('"');
    }
    out.append("\r\n");
  }

  private static String defused(String cell) {
    return cell != null && !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0
        ? "'" + cell
        : cell;
  }

  private static byte[] xlsx(List<String> header, List<AuditEvent> events) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(500);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("audit");
      row(sheet, 0, header);
      for (int i = 0; i < events.size(); i++) {
        row(sheet, i + 1, cells(events.get(i)));
      }
      workbook.write(out);
      workbook.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every cell a string cell: nothing the trail holds is ever read as a formula. */
  private static void row(Sheet sheet, int index, List<String> cells) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i) != null) {
        row.createCell(i).setCellValue(cells.get(i));
      }
    }
  }
}
