package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.indicator.ItemKind;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One row of a cycle's points editor: an area or an indicator with the sum of its BASE points, or
 * an item with its points as typed and as saved, and the version its next change must name.
 */
public final class PointsRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String level;
  private final String text;
  private final Long itemId;
  private final ItemKind kind;
  private final String note;

  private BigDecimal points;
  private BigDecimal savedPoints;
  private long version;

  private PointsRow(String level, String text, Long itemId, ItemKind kind, String note) {
    this.level = level;
    this.text = text;
    this.itemId = itemId;
    this.kind = kind;
    this.note = note;
  }

  /** An area or indicator; its sum comes with {@link #sum}. */
  static PointsRow heading(String level, String text) {
    return new PointsRow(level, text, null, null, null);
  }

  static PointsRow item(String level, CycleItem item) {
    PointsRow row =
        new PointsRow(level, item.label(), item.getId(), item.getKind(), item.getNote());
    row.saved(item);
    return row;
  }

  void saved(CycleItem item) {
    points = item.getPoints();
    savedPoints = item.getPoints();
    version = item.getVersion();
  }

  /** Shows the saved points again after a refused change. */
  void revert() {
    points = savedPoints;
  }

  /** The sum of the BASE points below a heading; null where there are none. */
  void sum(BigDecimal sum) {
    points = sum;
  }

  public String getLevel() {
    return level;
  }

  public String getText() {
    return text;
  }

  public Long getItemId() {
    return itemId;
  }

  public boolean isItem() {
    return itemId != null;
  }

  public ItemKind getKind() {
    return kind;
  }

  public String getNote() {
    return note;
  }

  /**
   * An item that carries points of its own: cross-references are scored elsewhere and a zero-out
   * has none.
   */
  public boolean isPointed() {
    return kind != null && kind.carriesPoints();
  }

  public BigDecimal getPoints() {
    return points;
  }

  public void setPoints(BigDecimal points) {
    this.points = points;
  }

  public long getVersion() {
    return version;
  }
}
