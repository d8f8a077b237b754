package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.assessment.ItemEntry;
import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.indicator.IndicatorTree;
import cn.zwgk.assessment.service.assessment.AssessmentSheet;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit's items as the document lays them out (area → indicator → criterion, as on the templates
 * page), each with its entry and evidence. Special items stay out: they are recorded as
 * occurrences, not scored. The rows come flat, headings first, their level in each row: the pages
 * render them as a plain table, which costs a fraction of a tree widget (a row of a PrimeFaces tree
 * table is a node, a key and a widget's state on every request).
 */
final class ItemTree {

  private final List<ItemRow> rows = new ArrayList<>();
  private final List<ItemRow> items = new ArrayList<>();

  private ItemTree(AssessmentSheet sheet) {
    List<CycleItem> scored = sheet.items().stream().filter(i -> !i.getKind().isSpecial()).toList();
    for (IndicatorTree.Area<CycleItem> area : IndicatorTree.of(scored).areas()) {
      rows.add(ItemRow.heading("area", area.name(), area.basePoints()));
      for (IndicatorTree.Indicator<CycleItem> indicator : area.indicators()) {
        CycleItem first = indicator.rows().get(0);
        if (indicator.rows().size() == 1 && first.getCriterion() == null) {
          leaf(sheet, first, "indicator");
          continue;
        }
        rows.add(ItemRow.heading("indicator", indicator.name(), indicator.basePoints()));
        for (CycleItem item : indicator.rows()) {
          leaf(sheet, item, "criterion");
        }
      }
    }
  }

  static ItemTree of(AssessmentSheet sheet) {
    return new ItemTree(sheet);
  }

  private void leaf(AssessmentSheet sheet, CycleItem item, String level) {
    ItemEntry entry = sheet.entry(item).orElse(null);
    boolean scores = sheet.scoresVisible() && entry != null;
    ItemRow row =
        ItemRow.item(
            level,
            item.label(),
            item.getKind(),
            item.getPoints(),
            item.getId(),
            item.getNote(),
            entry == null ? null : entry.getSelfScore(),
            entry == null ? null : entry.getRemark(),
            sheet.evidenceOf(item).stream().map(FileLink::of).toList(),
            scores ? entry.getScore() : null,
            scores ? entry.getReason() : null);
    rows.add(row);
    items.add(row);
  }

  /** The headings and the items, in document order. */
  List<ItemRow> rows() {
    return List.copyOf(rows);
  }

  /** The item rows (not the headings), in document order. */
  List<ItemRow> items() {
    return List.copyOf(items);
  }
}
