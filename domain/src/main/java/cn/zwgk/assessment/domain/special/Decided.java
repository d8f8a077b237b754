package cn.zwgk.assessment.domain.special;

import cn.zwgk.assessment.domain.FreeText;
import cn.zwgk.assessment.domain.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What special items and zero-outs share: one person records it, another (an approver, never the
 * recorder) approves or rejects it; only approved ones count.
 */
@MappedSuperclass
public abstract class Decided {

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

  public void approve(String approver, LocalDateTime now) {
    decide(approver, Decision.APPROVED, null, now);
  }

  public void reject(String approver, String reason, LocalDateTime now) {
    decide(
        approver,
        Decision.REJECTED,
        FreeText.required(reason, MAX_TEXT_LENGTH, "field.reason"),
        now);
  }

  private void decide(String approver, Decision outcome, String reason, LocalDateTime now) {
    if (approver.equals(recordedBy)) {
      throw Refusal.forbidden("special.ownRecord");
    }
    if (decision != Decision.PENDING) {
      throw Refusal.conflict("special.decided", decision.name());
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
