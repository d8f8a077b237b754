package cn.zwgk.assessment.it;

import cn.zwgk.assessment.domain.unit.UnitSheetLayout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Unit import sheets for the tests, laid out as the import template. */
final class Sheets {

  private Sheets() {}

  /** A workbook with the template's header row and the given rows below it. */
  static byte[] unitSheet(List<List<String>> rows) {
    return workbook(UnitSheetLayout.HEADERS, rows);
  }

  static byte[] workbook(List<String> header, List<List<String>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("单位");
      write(sheet.createRow(0), header);
      for (int r = 0; r < rows.size(); r++) {
        write(sheet.createRow(r + 1), rows.get(r));
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Row row, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      if (cells.get(c) != null) {
        row.createCell(c).setCellValue(cells.get(c));
      }
    }
  }
}
