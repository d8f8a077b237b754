package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.assessment.ItemEntry;
import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.indicator.IndicatorTree;
import cn.zwgk.assessment.service.assessment.AssessmentSheet;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * A unit's items as the document lays them out (area → indicator → criterion, as on the templates
 * page), each with its entry and evidence. Special items stay out: they are recorded as
 * occurrences, not scored.
 */
final class ItemTree {

  private final TreeNode<ItemRow> root;
  private final List<ItemRow> items = new ArrayList<>();

  private ItemTree(AssessmentSheet sheet) {
    root = new DefaultTreeNode<>(ItemRow.heading("root", "", null), null);
    List<CycleItem> rows = sheet.items().stream().filter(i -> !i.getKind().isSpecial()).toList();
    for (IndicatorTree.Area<CycleItem> area : IndicatorTree.of(rows).areas()) {
      TreeNode<ItemRow> areaNode =
          new DefaultTreeNode<>(ItemRow.heading("area", area.name(), area.basePoints()), root);
      areaNode.setExpanded(true);
      for (IndicatorTree.Indicator<CycleItem> indicator : area.indicators()) {
        CycleItem first = indicator.rows().get(0);
        if (indicator.rows().size() == 1 && first.getCriterion() == null) {
          leaf(sheet, first, "indicator", areaNode);
          continue;
        }
        TreeNode<ItemRow> indicatorNode =
            new DefaultTreeNode<>(
                ItemRow.heading("indicator", indicator.name(), indicator.basePoints()), areaNode);
        indicatorNode.setExpanded(true);
        for (CycleItem item : indicator.rows()) {
          leaf(sheet, item, "criterion", indicatorNode);
        }
      }
    }
  }

  static ItemTree of(AssessmentSheet sheet) {
    return new ItemTree(sheet);
  }

  private void leaf(AssessmentSheet sheet, CycleItem item, String level, TreeNode<ItemRow> parent) {
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
    new DefaultTreeNode<>(row, parent);
    items.add(row);
  }

  TreeNode<ItemRow> root() {
    return root;
  }

  /** The item rows (not the headings), in document order. */
  List<ItemRow> items() {
    return List.copyOf(items);
  }
}
