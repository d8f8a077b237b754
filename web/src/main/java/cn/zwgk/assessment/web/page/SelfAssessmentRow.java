package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.assessment.ItemEntry;
import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.evidence.Evidence;
import cn.zwgk.assessment.domain.indicator.ItemKind;
import cn.zwgk.assessment.service.assessment.AssessmentSheet;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One row of the self-assessment table: an area or an indicator with its points, or an item of the
 * unit's table with what the unit entered on it, as typed and as saved.
 */
public final class SelfAssessmentRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String level;
  private final String text;
  private final BigDecimal points;
  private final CycleItem item;

  private BigDecimal selfScore;
  private String remark;
  private boolean saved;
  private String problem;
  private List<Evidence> evidence = List.of();
  private BigDecimal score;
  private String reason;

  private SelfAssessmentRow(String level, String text, BigDecimal points, CycleItem item) {
    this.level = level;
    this.text = text;
    this.points = points;
    this.item = item;
  }

  static SelfAssessmentRow heading(String level, String text, BigDecimal points) {
    return new SelfAssessmentRow(level, text, points, null);
  }

  static SelfAssessmentRow item(String level, CycleItem item, AssessmentSheet sheet) {
    SelfAssessmentRow row = new SelfAssessmentRow(level, item.label(), item.getPoints(), item);
    row.show(sheet);
    return row;
  }

  /** Takes what the sheet holds for this item: the saved entry, its evidence, and its score. */
  void show(AssessmentSheet sheet) {
    ItemEntry entry = sheet.entry(item).orElse(null);
    selfScore = entry == null ? null : entry.getSelfScore();
    remark = entry == null ? null : entry.getRemark();
    saved = selfScore != null;
    problem = null;
    evidence = sheet.evidenceOf(item);
    score = entry == null || !sheet.scoresVisible() ? null : entry.getScore();
    reason = entry == null || !sheet.scoresVisible() ? null : entry.getReason();
  }

  void showEvidence(AssessmentSheet sheet) {
    evidence = sheet.evidenceOf(item);
  }

  void failed(String problem) {
    this.problem = problem;
  }

  public String getLevel() {
    return level;
  }

  public String getText() {
    return text;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public boolean isItem() {
    return item != null;
  }

  public Long getItemId() {
    return item == null ? null : item.getId();
  }

  public ItemKind getKind() {
    return item == null ? null : item.getKind();
  }

  /** Self-assessed here: a BASE item. */
  public boolean isScored() {
    return item != null && item.isScored();
  }

  public String getNote() {
    return item == null ? null : item.getNote();
  }

  public BigDecimal getSelfScore() {
    return selfScore;
  }

  public void setSelfScore(BigDecimal selfScore) {
    this.selfScore = selfScore;
  }

  public String getRemark() {
    return remark;
  }

  public void setRemark(String remark) {
    this.remark = remark;
  }

  /** The item has a saved self-score. */
  public boolean isSaved() {
    return saved;
  }

  /** Why the last save of this row was refused; null after a good one. */
  public String getProblem() {
    return problem;
  }

  public List<Evidence> getEvidence() {
    return evidence;
  }

  public BigDecimal getScore() {
    return score;
  }

  public String getReason() {
    return reason;
  }
}
