package cn.zwgk.assessment.domain.assessment;

import cn.zwgk.assessment.domain.FreeText;
import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.indicator.Points;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A unit's self-score and remark on one BASE item, and the assessor's score and deduction reason.
 * Its writes are versioned through its assessment.
 */
@Entity
@Table(name = "item_entry")
@NamedQuery(
    name = "ItemEntry.ofAssessment",
    query = "select e from ItemEntry e where e.assessment = :assessment")
public class ItemEntry implements Serializable {

  public static final int MAX_TEXT_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "assessment_id")
  private UnitAssessment assessment;

  @ManyToOne(optional = false)
  @JoinColumn(name = "item_id")
  private CycleItem item;

  @Column(name = "self_score", precision = 6, scale = 2)
  private BigDecimal selfScore;

  @Column(length = MAX_TEXT_LENGTH)
  private String remark;

  @Column(precision = 6, scale = 2)
  private BigDecimal score;

  @Column(length = MAX_TEXT_LENGTH)
  private String reason;

  @Column(name = "scored_by", length = 32)
  private String scoredBy;

  protected ItemEntry() {}

  public ItemEntry(UnitAssessment assessment, CycleItem item) {
    if (!item.isScored()) {
      throw Refusal.badInput("entry.notScored");
    }
    if (!item.getTemplate().getCycle().equals(assessment.getCycle())
        || item.getTemplate().getUnitGroup() != assessment.getUnit().getUnitGroup()) {
      throw Refusal.notFound("item.notFound", item.getId());
    }
    this.assessment = assessment;
    this.item = item;
  }

  /** The unit's own score (0 to the item's points, steps of 0.5) and remark. */
  public void setSelf(BigDecimal selfScore, String remark) {
    BigDecimal checked = checkedScore(selfScore);
    String checkedRemark = FreeText.optional(remark, MAX_TEXT_LENGTH, "field.remark");
    assessment.selfScoreSaved();
    this.selfScore = checked;
    this.remark = checkedRemark;
  }

  /** The assessor's score; below full marks a deduction reason is required. */
  public void setScore(BigDecimal score, String reason, String assessor) {
    BigDecimal checked = checkedScore(score);
    String checkedReason = FreeText.optional(reason, MAX_TEXT_LENGTH, "field.reason");
    if (checked.compareTo(item.getPoints()) < 0 && checkedReason == null) {
      throw Refusal.badInput("entry.reasonRequired", item.label());
    }
    assessment.scoreSaved();
    this.score = checked;
    this.reason = checkedReason;
    this.scoredBy = assessor;
  }

  private BigDecimal checkedScore(BigDecimal value) {
    if (!Points.isValidScore(value, item.getPoints())) {
      throw Refusal.badInput("entry.scoreRange", item.label(), item.getPoints());
    }
    return Points.normalize(value.stripTrailingZeros());
  }

  public Long getId() {
    return id;
  }

  public UnitAssessment getAssessment() {
    return assessment;
  }

  public CycleItem getItem() {
    return item;
  }

  public BigDecimal getSelfScore() {
    return selfScore;
  }

  public String getRemark() {
    return remark;
  }

  public BigDecimal getScore() {
    return score;
  }

  public String getReason() {
    return reason;
  }

  public String getScoredBy() {
    return scoredBy;
  }
}
