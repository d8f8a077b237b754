package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.indicator.IndicatorTree;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.TreeNode;

/**
 * One group's frozen table in a cycle's points editor, as saved: its tree of rows, and the sums of
 * each area and indicator and of the whole table, worked out again from the items after each
 * change.
 */
public final class PointsTable implements Serializable {

  private static final long serialVersionUID = 1L;

  private final UnitGroup group;
  private final List<CycleItem> items;
  private final Map<Long, PointsRow> itemRows = new HashMap<>();
  private final Map<String, PointsRow> headingRows = new HashMap<>();
  private final TreeNode<PointsRow> root;
  private BigDecimal baseTotal;
  private boolean complete;

  PointsTable(UnitGroup group, List<CycleItem> items) {
    this.group = group;
    this.items = new ArrayList<>(items);
    root =
        IndicatorNodes.of(
            IndicatorTree.of(this.items),
            new IndicatorNodes.Rows<CycleItem, PointsRow>() {
              @Override
              public PointsRow area(IndicatorTree.Area<CycleItem> area) {
                PointsRow row = PointsRow.heading("area", area.name());
                headingRows.put(area.name(), row);
                return row;
              }

              @Override
              public PointsRow indicator(IndicatorTree.Indicator<CycleItem> indicator) {
                PointsRow row = PointsRow.heading("indicator", indicator.name());
                headingRows.put(indicatorKey(indicator.rows().get(0)), row);
                return row;
              }

              @Override
              public PointsRow item(CycleItem item, String level) {
                PointsRow row = PointsRow.item(level, item);
                itemRows.put(item.getId(), row);
                return row;
              }
            });
    sum();
  }

  boolean holds(PointsRow row) {
    return row.getItemId() != null && itemRows.get(row.getItemId()) == row;
  }

  /** An item as the service saved it. */
  void saved(CycleItem item) {
    items.replaceAll(i -> i.getId().equals(item.getId()) ? item : i);
    itemRows.get(item.getId()).saved(item);
    sum();
  }

  private void sum() {
    IndicatorTree<CycleItem> tree = IndicatorTree.of(items);
    for (IndicatorTree.Area<CycleItem> area : tree.areas()) {
      headingRows.get(area.name()).sum(area.basePoints());
      for (IndicatorTree.Indicator<CycleItem> indicator : area.indicators()) {
        PointsRow heading = headingRows.get(indicatorKey(indicator.rows().get(0)));
        if (heading != null) {
          heading.sum(indicator.basePoints());
        }
      }
    }
    baseTotal = tree.baseTotal();
    complete = tree.sumsToBaseTotal();
  }

  private static String indicatorKey(CycleItem item) {
    return item.getArea() + "\n" + item.getIndicator();
  }

  public UnitGroup getGroup() {
    return group;
  }

  public TreeNode<PointsRow> getRoot() {
    return root;
  }

  public BigDecimal getBaseTotal() {
    return baseTotal;
  }

  /** The BASE points sum to the base total (100): the table may be used. */
  public boolean isComplete() {
    return complete;
  }
}
