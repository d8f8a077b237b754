package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.indicator.IndicatorRow;
import cn.zwgk.assessment.domain.indicator.IndicatorTree;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * Lays an indicator table out as tree-table nodes the way the document reads: area → indicator →
 * criterion, every node expanded; an indicator scored itself is one leaf under its area.
 */
final class IndicatorNodes {

  /** What each page shows in a row of each level. */
  interface Rows<T extends IndicatorRow, R> {

    R area(IndicatorTree.Area<T> area);

    R indicator(IndicatorTree.Indicator<T> indicator);

    /**
     * An item of the table: a criterion ({@code level} "criterion"), or an indicator scored itself
     * ("indicator").
     */
    R item(T item, String level);
  }

  private IndicatorNodes() {}

  static <T extends IndicatorRow, R> TreeNode<R> of(IndicatorTree<T> tree, Rows<T, R> rows) {
    TreeNode<R> root = new DefaultTreeNode<>(null, null);
    for (IndicatorTree.Area<T> area : tree.areas()) {
      TreeNode<R> areaNode = new DefaultTreeNode<>(rows.area(area), root);
      areaNode.setExpanded(true);
      for (IndicatorTree.Indicator<T> indicator : area.indicators()) {
        T first = indicator.rows().get(0);
        if (indicator.rows().size() == 1 && first.getCriterion() == null) {
          new DefaultTreeNode<>(rows.item(first, "indicator"), areaNode);
          continue;
        }
        TreeNode<R> indicatorNode = new DefaultTreeNode<>(rows.indicator(indicator), areaNode);
        indicatorNode.setExpanded(true);
        for (T item : indicator.rows()) {
          new DefaultTreeNode<>(rows.item(item, "criterion"), indicatorNode);
        }
      }
    }
    return root;
  }
}
