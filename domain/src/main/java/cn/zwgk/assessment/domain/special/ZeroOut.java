package cn.zwgk.assessment.domain.special;

import cn.zwgk.assessment.domain.FreeText;
import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import cn.zwgk.assessment.domain.cycle.CycleState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * 直接归零: fraud found in the unit's work or assessment. Recorded by an administrator with a reason;
 * once an approver approves it, the unit's final score is 0.
 */
@Entity
@Table(name = "zero_out")
@NamedQuery(
    name = "ZeroOut.ofAssessment",
    query = "select z from ZeroOut z where z.assessment = :assessment order by z.id")
@NamedQuery(
    name = "ZeroOut.ofCycle",
    query = "select z from ZeroOut z where z.assessment.cycle = :cycle order by z.id")
@NamedQuery(
    name = "ZeroOut.pendingOfCycle",
    query =
        "select z from ZeroOut z where z.assessment.cycle = :cycle"
            + " and z.decision = cn.zwgk.assessment.domain.special.Decision.PENDING order by z.id")
public class ZeroOut extends Decided {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "assessment_id")
  private UnitAssessment assessment;

  @Column(nullable = false, length = MAX_TEXT_LENGTH)
  private String reason;

  @Version private long version;

  protected ZeroOut() {}

  public ZeroOut(UnitAssessment assessment, String reason, String recordedBy, LocalDateTime now) {
    super(recordedBy, now);
    this.reason = FreeText.required(reason, MAX_TEXT_LENGTH, "field.reason");
    assessment.getCycle().requireState(CycleState.OPEN);
    this.assessment = assessment;
  }

  public Long getId() {
    return id;
  }

  public UnitAssessment getAssessment() {
    return assessment;
  }

  @Override
  protected UnitAssessment assessment() {
    return assessment;
  }

  public String getReason() {
    return reason;
  }

  public long getVersion() {
    return version;
  }
}
