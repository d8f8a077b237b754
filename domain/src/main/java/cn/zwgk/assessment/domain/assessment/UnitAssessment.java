package cn.zwgk.assessment.domain.assessment;

import static cn.zwgk.assessment.domain.assessment.AssessmentState.APPEALED;
import static cn.zwgk.assessment.domain.assessment.AssessmentState.APPROVED;
import static cn.zwgk.assessment.domain.assessment.AssessmentState.FINAL;
import static cn.zwgk.assessment.domain.assessment.AssessmentState.NOT_STARTED;
import static cn.zwgk.assessment.domain.assessment.AssessmentState.RETURNED;
import static cn.zwgk.assessment.domain.assessment.AssessmentState.SCORED;
import static cn.zwgk.assessment.domain.assessment.AssessmentState.SCORING;
import static cn.zwgk.assessment.domain.assessment.AssessmentState.SELF_ASSESSING;
import static cn.zwgk.assessment.domain.assessment.AssessmentState.SUBMITTED;

import cn.zwgk.assessment.domain.FreeText;
import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.cycle.CycleState;
import cn.zwgk.assessment.domain.unit.AssessedUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;

/**
 * One unit's assessment in one cycle, and its workflow: the unit self-assesses and submits, an
 * assessor scores (or returns it for more evidence) and marks it scored, an approver approves or
 * rejects. Each method refuses (409) a step that its state does not allow; where several refusals
 * apply, the first in API.md's order wins: not allowed (403), bad input (400), wrong state (409).
 */
@Entity
@Table(name = "unit_assessment")
@NamedQuery(
    name = "UnitAssessment.ofCycle",
    query = "select a from UnitAssessment a join fetch a.unit where a.cycle = :cycle")
@NamedQuery(
    name = "UnitAssessment.notApprovedOfCycle",
    query =
        "select a from UnitAssessment a join fetch a.unit where a.cycle = :cycle"
            + " and a.state <> cn.zwgk.assessment.domain.assessment.AssessmentState.APPROVED")
/*
 * The year-end close makes every approved assessment of its (CLOSING) cycle final in one
 * statement: one row at a time would cost the close more than computing the totals. The version
 * moves, so an edit begun before the close fails as stale.
 */
@NamedQuery(
    name = "UnitAssessment.makeFinal",
    query =
        "update UnitAssessment a set a.state = cn.zwgk.assessment.domain.assessment.AssessmentState.FINAL,"
            + " a.version = a.version + 1 where a.cycle = :cycle"
            + " and a.state = cn.zwgk.assessment.domain.assessment.AssessmentState.APPROVED")
@NamedQuery(
    name = "UnitAssessment.one",
    query = "select a from UnitAssessment a where a.cycle.year = :year and a.unit.code = :unit")
public class UnitAssessment implements Serializable {

  public static final int MAX_COMMENT_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cycle_id")
  private AssessmentCycle cycle;

  @ManyToOne(optional = false)
  @JoinColumn(name = "unit_id")
  private AssessedUnit unit;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private AssessmentState state;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  /** The assessor's comment when it was last returned; the unit reads it. */
  @Column(name = "return_comment", length = MAX_COMMENT_LENGTH)
  private String returnComment;

  /** The approver's reason when it was last rejected; the assessor reads it. */
  @Column(name = "reject_reason", length = MAX_COMMENT_LENGTH)
  private String rejectReason;

  @Column(name = "scored_by", length = 32)
  private String scoredBy;

  @Column(name = "scored_at")
  private LocalDateTime scoredAt;

  @Column(name = "approved_by", length = 32)
  private String approvedBy;

  @Column(name = "approved_at")
  private LocalDateTime approvedAt;

  /**
   * Re-opened by an accepted appeal: scored and approved again in the published year, until it is
   * final again.
   */
  @Column(name = "appeal_reopened", nullable = false)
  private boolean appealReopened;

  /** Every write to the assessment or its items moves it on: the optimistic lock of API.md. */
  @Version private long version;

  protected UnitAssessment() {}

  public UnitAssessment(AssessmentCycle cycle, AssessedUnit unit) {
    this.cycle = cycle;
    this.unit = unit;
    this.state = NOT_STARTED;
  }

  /** Refuses a write made on an older version than the one stored (a stale page, a lost race). */
  public void checkVersion(Long expected) {
    if (expected != null && expected != version) {
      throw Refusal.conflict("assessment.stale", unit.getName());
    }
  }

  /** A self-score is saved: the first one starts the self-assessment. */
  public void selfScoreSaved() {
    requireOpenCycle();
    requireState(NOT_STARTED, SELF_ASSESSING, RETURNED);
    if (state == NOT_STARTED) {
      state = SELF_ASSESSING;
    }
  }

  /**
   * The unit hands its self-assessment in; it needs a self-score on every BASE item.
   *
   * @param missing how many BASE items have no self-score
   */
  public void submit(long missing, LocalDateTime now) {
    requireOpenCycle();
    requireState(SELF_ASSESSING, RETURNED);
    if (missing > 0) {
      throw Refusal.conflict("assessment.selfIncomplete", missing);
    }
    state = SUBMITTED;
    submittedAt = now;
  }

  /** An assessor saves a score: the first one starts the scoring. */
  public void scoreSaved() {
    requireScoringCycle();
    if (appealReopened) {
      requireState(APPEALED, SCORING);
    } else {
      requireState(SUBMITTED, SCORING);
    }
    state = SCORING;
  }

  /** Back to the unit for more evidence, with a comment that the unit reads. */
  public void returnToUnit(String comment) {
    String checked = FreeText.required(comment, MAX_COMMENT_LENGTH, "field.comment");
    requireOpenCycle();
    requireState(SUBMITTED, SCORING);
    returnComment = checked;
    // The unit's new evidence is scored afresh: an earlier rejection no longer stands.
    rejectReason = null;
    state = RETURNED;
  }

  /**
   * The assessor hands the scores to approval; every BASE item needs a score.
   *
   * @param unscored how many BASE items have no score
   */
  public void markScored(long unscored, String assessor, LocalDateTime now) {
    requireScoringCycle();
    requireState(SCORING);
    if (unscored > 0) {
      throw Refusal.conflict("assessment.scoringIncomplete", unscored);
    }
    state = SCORED;
    scoredBy = assessor;
    scoredAt = now;
    rejectReason = null;
  }

  /**
   * An approver approves: never one who scored it.
   *
   * @param scorers everyone who saved a score on it or marked it scored
   */
  public void approve(String approver, Collection<String> scorers, LocalDateTime now) {
    requireNotScoredBy(approver, scorers);
    requireScoringCycle();
    requireState(SCORED);
    state = APPROVED;
    approvedBy = approver;
    approvedAt = now;
  }

  /** An approver sends it back to the assessor with a reason. */
  public void reject(String approver, Collection<String> scorers, String reason) {
    requireNotScoredBy(approver, scorers);
    String checked = FreeText.required(reason, MAX_COMMENT_LENGTH, "field.reason");
    requireScoringCycle();
    requireState(SCORED);
    rejectReason = checked;
    state = SCORING;
  }

  /** An accepted appeal re-opens a final assessment of a published year for its assessor. */
  public void reopenForAppeal() {
    cycle.requireState(CycleState.PUBLISHED);
    requireState(FINAL);
    state = APPEALED;
    appealReopened = true;
  }

  /** Re-approved after an appeal: final again, and its group is ranked again. */
  public void finalAgain() {
    cycle.requireState(CycleState.PUBLISHED);
    requireState(APPROVED);
    if (!appealReopened) {
      throw Refusal.conflict("assessment.wrongState", unit.getName(), "state." + state.name());
    }
    state = FINAL;
    appealReopened = false;
  }

  /** An assessor may score it now: submitted in an open year, or re-opened by an appeal. */
  public boolean isOpenForScoring() {
    return isScoringCycle()
        && (appealReopened
            ? state == APPEALED || state == SCORING
            : state == SUBMITTED || state == SCORING);
  }

  /** An approver may decide on it now: it is scored and its year lets it be. */
  public boolean isOpenForApproval() {
    return isScoringCycle() && state == SCORED;
  }

  /** Only the unit's own self-assessment goes back to it: never in an appeal. */
  public boolean isReturnable() {
    return !appealReopened && isOpenForScoring();
  }

  private boolean isScoringCycle() {
    return cycle.getState() == (appealReopened ? CycleState.PUBLISHED : CycleState.OPEN);
  }

  public boolean isReopenedByAppeal() {
    return appealReopened;
  }

  /** Refuses (409) unless the unit holds it: the only time its self-assessment may change. */
  public void requireWithUnit() {
    requireOpenCycle();
    requireState(NOT_STARTED, SELF_ASSESSING, RETURNED);
  }

  /** The unit holds it and the cycle is open: the only time its self-assessment may change. */
  public boolean isEditableByUnit() {
    return cycle.isOpen() && (state == NOT_STARTED || state == SELF_ASSESSING || state == RETURNED);
  }

  /** Nobody approves (or rejects) an assessment that they scored. */
  private void requireNotScoredBy(String approver, Collection<String> scorers) {
    if (scorers.contains(approver) || approver.equals(scoredBy)) {
      throw Refusal.forbidden("assessment.ownScoring");
    }
  }

  /**
   * Scoring and approval go on while the year is open; in a published year only for an assessment
   * that an appeal re-opened. Anything else of a closed year stays frozen.
   */
  private void requireScoringCycle() {
    cycle.requireState(appealReopened ? CycleState.PUBLISHED : CycleState.OPEN);
  }

  private void requireOpenCycle() {
    cycle.requireState(CycleState.OPEN);
  }

  private void requireState(AssessmentState... allowed) {
    if (!Arrays.asList(allowed).contains(state)) {
      throw Refusal.conflict("assessment.wrongState", unit.getName(), "state." + state.name());
    }
  }

  public Long getId() {
    return id;
  }

  public AssessmentCycle getCycle() {
    return cycle;
  }

  public AssessedUnit getUnit() {
    return unit;
  }

  public AssessmentState getState() {
    return state;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public String getReturnComment() {
    return returnComment;
  }

  public String getRejectReason() {
    return rejectReason;
  }

  public String getScoredBy() {
    return scoredBy;
  }

  public LocalDateTime getScoredAt() {
    return scoredAt;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public LocalDateTime getApprovedAt() {
    return approvedAt;
  }

  public long getVersion() {
    return version;
  }

  public boolean isApproved() {
    return state == APPROVED;
  }
}
