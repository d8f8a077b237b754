package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.indicator.ItemKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One row of a unit's item tree: an area or indicator heading, or an item with the unit's
 * self-assessment, its evidence and the assessor's score.
 */
public final class ItemRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String level;
  private final String text;
  private final ItemKind kind;
  private final BigDecimal points;
  private final Long itemId;
  private final String note;
  private final BigDecimal selfScore;
  private final String remark;
  private final List<FileLink> evidence;
  private final BigDecimal score;
  private final String reason;

  private ItemRow(
      String level,
      String text,
      ItemKind kind,
      BigDecimal points,
      Long itemId,
      String note,
      BigDecimal selfScore,
      String remark,
      List<FileLink> evidence,
      BigDecimal score,
      String reason) {
    this.level = level;
    // The items' texts are the same for every unit of a year: interned, a page's rows share them
    // with every other open page instead of holding their own copies in each session.
    this.text = text == null ? null : text.intern();
    this.kind = kind;
    this.points = points;
    this.itemId = itemId;
    this.note = note == null ? null : note.intern();
    this.selfScore = selfScore;
    this.remark = remark;
    this.evidence = List.copyOf(evidence);
    this.score = score;
    this.reason = reason;
  }

  /** An area or indicator that holds rows: its name and the sum of its points. */
  static ItemRow heading(String level, String text, BigDecimal points) {
    return new ItemRow(level, text, null, points, null, null, null, null, List.of(), null, null);
  }

  static ItemRow item(
      String level,
      String text,
      ItemKind kind,
      BigDecimal points,
      long itemId,
      String note,
      BigDecimal selfScore,
      String remark,
      List<FileLink> evidence,
      BigDecimal score,
      String reason) {
    return new ItemRow(
        level, text, kind, points, itemId, note, selfScore, remark, evidence, score, reason);
  }

  /** An item that is scored (BASE), as opposed to a heading or a cross-reference. */
  public boolean isScored() {
    return itemId != null && kind == ItemKind.BASE;
  }

  /** The unit's self-score and the assessor's score are both there and not the same. */
  public boolean isDiffers() {
    return selfScore != null && score != null && selfScore.compareTo(score) != 0;
  }

  /** The style of its table row: its level, its item, and whether the scores differ. */
  public String getStyleClass() {
    return "row-"
        + level
        + (itemId == null ? "" : " item-" + itemId)
        + (isDiffers() ? " row-differs" : "")
        + (isScored() && score == null ? " row-unscored" : "");
  }

  public String getLevel() {
    return level;
  }

  public String getText() {
    return text;
  }

  public ItemKind getKind() {
    return kind;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public Long getItemId() {
    return itemId;
  }

  public String getNote() {
    return note;
  }

  public BigDecimal getSelfScore() {
    return selfScore;
  }

  public String getRemark() {
    return remark;
  }

  public List<FileLink> getEvidence() {
    return evidence;
  }

  public BigDecimal getScore() {
    return score;
  }

  public String getReason() {
    return reason;
  }
}
