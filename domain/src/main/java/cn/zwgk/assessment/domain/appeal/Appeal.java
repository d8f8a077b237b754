package cn.zwgk.assessment.domain.appeal;

import cn.zwgk.assessment.domain.FreeText;
import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.assessment.AssessmentState;
import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import cn.zwgk.assessment.domain.cycle.CycleState;
import cn.zwgk.assessment.domain.evidence.Evidence;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 申诉: a unit disputes its published result, inside the appeal window, with a reason and what
 * supports it. The office rejects it with a reason, or accepts it: the unit's assessment re-opens
 * for its assessor.
 */
@Entity
@Table(name = "appeal")
@NamedQuery(
    name = "Appeal.ofCycle",
    query =
        "select p from Appeal p join fetch p.assessment a join fetch a.unit"
            + " where a.cycle = :cycle order by p.id")
@NamedQuery(
    name = "Appeal.ofAssessment",
    query = "select p from Appeal p where p.assessment = :assessment order by p.id")
public class Appeal implements Serializable {

  public static final int MAX_TEXT_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "assessment_id")
  private UnitAssessment assessment;

  @Column(nullable = false, length = MAX_TEXT_LENGTH)
  private String reason;

  /** What the unit points to in support: documents, links, dates. */
  @Column(length = MAX_TEXT_LENGTH)
  private String evidence;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private AppealState state;

  @Column(name = "filed_by", nullable = false, length = 32)
  private String filedBy;

  @Column(name = "filed_at", nullable = false)
  private LocalDateTime filedAt;

  @Column(name = "decided_by", length = 32)
  private String decidedBy;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "decision_reason", length = MAX_TEXT_LENGTH)
  private String decisionReason;

  /**
   * The files the unit attached in support, in the order they came; few, and shown wherever the
   * appeal is, so read with it.
   */
  @OneToMany(mappedBy = "appeal", fetch = FetchType.EAGER)
  @OrderBy("id")
  private List<Evidence> files = new ArrayList<>();

  @Version private long version;

  protected Appeal() {}

  private Appeal(
      UnitAssessment assessment, String reason, String evidence, String by, LocalDateTime now) {
    this.assessment = assessment;
    this.reason = reason;
    this.evidence = evidence;
    this.state = AppealState.FILED;
    this.filedBy = Objects.requireNonNull(by);
    this.filedAt = now;
  }

  /**
   * A unit files an appeal against its final result, inside the window; one at a time.
   *
   * @param pending whether an earlier appeal of the unit is not settled yet
   */
  public static Appeal file(
      UnitAssessment assessment,
      String reason,
      String evidence,
      boolean pending,
      String by,
      LocalDateTime now) {
    String checkedReason = FreeText.required(reason, MAX_TEXT_LENGTH, "field.reason");
    String checkedEvidence = FreeText.optional(evidence, MAX_TEXT_LENGTH, "field.evidence");
    assessment.getCycle().requireAppealWindowOpen(now.toLocalDate());
    if (pending || assessment.getState() != AssessmentState.FINAL) {
      throw Refusal.conflict("appeal.pending", assessment.getUnit().getName());
    }
    return new Appeal(assessment, checkedReason, checkedEvidence, by, now);
  }

  /** The office accepts it: the unit's assessment re-opens for its assessor. */
  public void accept(String admin, String note, LocalDateTime now) {
    String checked = FreeText.optional(note, MAX_TEXT_LENGTH, "field.reason");
    requireUndecided();
    assessment.reopenForAppeal();
    decide(AppealState.ACCEPTED, admin, checked, now);
  }

  /** The office rejects it, saying why; the result stands. */
  public void reject(String admin, String why, LocalDateTime now) {
    String checked = FreeText.required(why, MAX_TEXT_LENGTH, "field.reason");
    requireUndecided();
    decide(AppealState.REJECTED, admin, checked, now);
  }

  /**
   * Settled once rejected, or accepted and the assessment final again; the year is archived only
   * when every appeal is settled.
   */
  public boolean isSettled() {
    return state == AppealState.REJECTED
        || state == AppealState.ACCEPTED && !assessment.isReopenedByAppeal();
  }

  /**
   * A file may be added while the appeal waits for the office's decision and the window is open:
   * what the office decided on stays what it saw.
   */
  public void requireOpenForEvidence(LocalDate today) {
    if (state != AppealState.FILED) {
      throw Refusal.conflict("appeal.evidenceClosed", "appealState." + state.name());
    }
    assessment.getCycle().requireAppealWindowOpen(today);
  }

  private void requireUndecided() {
    assessment.getCycle().requireState(CycleState.PUBLISHED);
    if (state != AppealState.FILED) {
      throw Refusal.conflict("appeal.decided", "appealState." + state.name());
    }
  }

  private void decide(AppealState outcome, String admin, String why, LocalDateTime now) {
    state = outcome;
    decidedBy = admin;
    decidedAt = now;
    decisionReason = why;
  }

  public Long getId() {
    return id;
  }

  public UnitAssessment getAssessment() {
    return assessment;
  }

  public String getReason() {
    return reason;
  }

  public String getEvidence() {
    return evidence;
  }

  public List<Evidence> getFiles() {
    return files;
  }

  public AppealState getState() {
    return state;
  }

  public String getFiledBy() {
    return filedBy;
  }

  public LocalDateTime getFiledAt() {
    return filedAt;
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

  public long getVersion() {
    return version;
  }
}
