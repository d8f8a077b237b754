package cn.zwgk.assessment.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the source document (附件1 and 附件2) as the tests' independent witness of what the migrations
 * must hold. The tables are tab-indented cells; a row starts after a blank line; a cell may
 * continue on lines of its own (the vertical area names at page breaks, 见“政务\n\n服务”).
 */
final class SeedDocument {

  static final String RESOURCE = "/seed/000_f0077dba544aa305.txt";
  static final String TOWN_TITLE = "孟津县政务公开工作考核内容明细表（适用镇(区)政府）";
  static final String DEPARTMENT_TITLE = "孟津县政务公开工作考核内容明细表（适用县直单位）";

  /** One item of a table as the document gives it; criterion and note are null where blank. */
  record Item(String area, String indicator, String criterion, String kind, String note) {}

  private final String text;

  private SeedDocument(String text) {
    this.text = text;
  }

  static SeedDocument read() throws IOException {
    try (InputStream in = SeedDocument.class.getResourceAsStream(RESOURCE)) {
      return new SeedDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  List<String> towns() {
    return unitList("一、镇（区）政府（11个）");
  }

  List<String> departments() {
    return unitList("二、县政府各部门（42个）");
  }

  List<Item> townItems() {
    int start = text.indexOf("（适用镇(区)政府）");
    int end = text.lastIndexOf("孟津县政务公开工作考核内容明细表", text.indexOf("（适用县直单位）"));
    return items(text.substring(start, end));
  }

  List<Item> departmentItems() {
    return items(text.substring(text.indexOf("（适用县直单位）")));
  }

  private List<String> unitList(String heading) {
    Matcher m = Pattern.compile(Pattern.quote(heading) + "\\s*\\n\\s*\\n(.*)\\n").matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("no unit list under " + heading);
    }
    return Arrays.asList(m.group(1).strip().split("、"));
  }

  private static List<Item> items(String table) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = null;
    boolean afterBlank = true;
    for (String line : table.split("\n", -1)) {
      if (line.startsWith("\t")) {
        if (afterBlank || row == null) {
          row = new ArrayList<>();
          rows.add(row);
        }
        row.add(line.substring(1));
        afterBlank = false;
      } else if (line.isBlank()) {
        afterBlank = true;
      } else {
        if (row != null && !row.isEmpty()) {
          row.set(row.size() - 1, row.get(row.size() - 1) + line.strip());
        }
        afterBlank = false;
      }
    }
    List<Item> items = new ArrayList<>();
    String area = null;
    String indicator = null;
    for (List<String> cells : rows) {
      String a = cell(cells, 0);
      String i = cell(cells, 1);
      String c = cell(cells, 2);
      String n = cell(cells, 3);
      if ("内容".equals(a)) {
        continue;
      }
      area = a == null ? area : a;
      indicator = i == null ? indicator : i;
      String kind;
      if ("特别项".equals(area)) {
        kind =
            switch (indicator) {
              case "特别加分项" -> "BONUS";
              case "特别减分项" -> "PENALTY";
              case "直接归零项" -> "ZERO_OUT";
              default -> throw new IllegalStateException("unknown special item " + indicator);
            };
      } else {
        kind = n != null && n.startsWith("见") ? "CROSS_REF" : "BASE";
      }
      items.add(new Item(area, indicator, c, kind, n));
    }
    return items;
  }

  /** A cell's text; blank cells (empty or an ideographic space) are null. */
  private static String cell(List<String> cells, int index) {
    if (index >= cells.size()) {
      return null;
    }
    String text = cells.get(index).strip().replace("\u3000", "").strip();
    return text.isEmpty() ? null : text;
  }
}
