package cn.zwgk.assessment.batch.unitimport;

import java.util.List;

/** One row of the sheet as read: its number as the spreadsheet shows it, and its cells as text. */
public record SheetRow(int rowNumber, List<String> cells) {

  public String cell(int column) {
    if (column >= cells.size()) {
      return null;
    }
    String text = cells.get(column);
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The password exactly as typed: blanks in a password are characters like any other. */
  public String rawCell(int column) {
    return column < cells.size() ? cells.get(column) : null;
  }
}
