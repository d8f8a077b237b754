package cn.zwgk.assessment.domain.special;

import cn.zwgk.assessment.domain.FreeText;
import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import cn.zwgk.assessment.domain.cycle.CycleState;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What special items and zero-outs share: one person records it, another (an approver, never the
 * recorder) approves or rejects it; only approved ones count.
 */
@MappedSuperclass
public abstract class Decided implements Serializable {

  public static final int MAX_TEXT_LENGTH = 2000;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Decision decision = Decision.PENDING;

  @Column(name = "recorded_by", nullable = false, length = 32)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  @Column(name = "decided_by", length = 32)
  private String decidedBy;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "decision_reason", length = MAX_TEXT_LENGTH)
  private String decisionReason;

  protected Decided() {}

  protected Decided(String recordedBy, LocalDateTime recordedAt) {
    this.recordedBy = Objects.requireNonNull(recordedBy);
    this.recordedAt = Objects.requireNonNull(recordedAt);
  }

  /** The assessment it counts for: its cycle must be open for it to change. */
  protected abstract UnitAssessment assessment();

  public void approve(String approver, LocalDateTime now) {
    requireOtherThanRecorder(approver);
    decide(approver, Decision.APPROVED, null, now);
  }

  public void reject(String approver, String reason, LocalDateTime now) {
    requireOtherThanRecorder(approver);
    String checked = FreeText.required(reason, MAX_TEXT_LENGTH, "field.reason");
    decide(approver, Decision.REJECTED, checked, now);
  }

  private void requireOtherThanRecorder(String approver) {
    if (approver.equals(recordedBy)) {
      throw Refusal.forbidden("special.ownRecord");
    }
  }

  private void decide(String approver, Decision outcome, String reason, LocalDateTime now) {
    assessment().getCycle().requireState(CycleState.OPEN);
    if (decision != Decision.PENDING) {
      throw Refusal.conflict("special.decided", "decision." + decision.name());
    }
    decision = outcome;
    decidedBy = approver;
    decidedAt = now;
    decisionReason = reason;
  }

  public boolean isApproved() {
    return decision == Decision.APPROVED;
  }

  public boolean isPending() {
    return decision == Decision.PENDING;
  }

  public Decision getDecision() {
    return decision;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public LocalDateTime getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionReason() {
    return decisionReason;
  }
}
