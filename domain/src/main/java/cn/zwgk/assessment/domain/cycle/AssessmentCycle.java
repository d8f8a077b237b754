package cn.zwgk.assessment.domain.cycle;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.indicator.DefaultPoints;
import cn.zwgk.assessment.domain.indicator.Points;
import cn.zwgk.assessment.domain.ranking.GradingRules;
import cn.zwgk.assessment.domain.scoring.ScoringRules;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Objects;

/** 考核年度: one year's assessment, with its state, deadlines and scoring rules. */
@Entity
@Table(name = "assessment_cycle")
@NamedQuery(
    name = "AssessmentCycle.all",
    query = "select c from AssessmentCycle c order by c.year desc")
@NamedQuery(
    name = "AssessmentCycle.byYear",
    query = "select c from AssessmentCycle c where c.year = :year")
public class AssessmentCycle implements Serializable {

  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2100;

  private static final CycleState[] DEADLINES_EDITABLE = {CycleState.DRAFT, CycleState.OPEN};

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
  private Long id;

  @Column(name = "cycle_year", nullable = false, unique = true)
  private int year;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CycleState state;

  @Column(name = "self_assessment_due")
  private LocalDate selfAssessmentDue;

  @Column(name = "scoring_due")
  private LocalDate scoringDue;

  @Embedded private ScoringRules rules;

  @Column(name = "excellent_min", nullable = false, precision = 6, scale = 2)
  private BigDecimal excellentMin;

  @Column(name = "good_min", nullable = false, precision = 6, scale = 2)
  private BigDecimal goodMin;

  @Column(name = "pass_min", nullable = false, precision = 6, scale = 2)
  private BigDecimal passMin;

  @Column(name = "excellent_quota_percent", nullable = false)
  private int excellentQuotaPercent;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "created_by", nullable = false, length = 32)
  private String createdBy;

  @Column(name = "opened_at")
  private LocalDateTime openedAt;

  @Column(name = "closed_at")
  private LocalDateTime closedAt;

  /** How many working days units have to appeal once the results are published. */
  @Column(name = "appeal_working_days", nullable = false)
  private int appealWorkingDays;

  @Column(name = "published_at")
  private LocalDateTime publishedAt;

  /** The last day of the appeal window; null before publication or for a window of no days. */
  @Column(name = "appeal_last_day")
  private LocalDate appealLastDay;

  @Column(name = "archived_at")
  private LocalDateTime archivedAt;

  /** Bumped by the ranking job's SQL each time it places the units; read here, never written. */
  @Column(name = "results_version", insertable = false, updatable = false)
  private long resultsVersion;

  @Version private long version;

  protected AssessmentCycle() {}

  public AssessmentCycle(int year, String createdBy, LocalDateTime now) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw Refusal.badInput("cycle.yearInvalid", FIRST_YEAR, LAST_YEAR);
    }
    this.year = year;
    this.state = CycleState.DRAFT;
    this.rules = ScoringRules.defaults();
    setGrading(GradingRules.DEFAULT);
    this.appealWorkingDays = AppealWindow.DEFAULT_WORKING_DAYS;
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = now;
  }

  /** Refuses (409) unless the cycle is in one of the given states. */
  public void requireState(CycleState... allowed) {
    if (!Arrays.asList(allowed).contains(state)) {
      throw Refusal.conflict("cycle.wrongState", year, "cycleState." + state.name());
    }
  }

  /**
   * Opens self-assessment. The caller has checked that every template of the cycle sums to 100
   * ({@code pointsComplete}); a cycle that does not is refused.
   */
  public void open(boolean pointsComplete, LocalDateTime now) {
    requireState(CycleState.DRAFT);
    if (!pointsComplete) {
      throw Refusal.conflict("cycle.pointsNot100", year);
    }
    state = CycleState.OPEN;
    openedAt = now;
  }

  /**
   * The year-end close begins: from now on nothing of the year changes. The caller has checked that
   * every unit is approved and nothing awaits approval.
   */
  public void startClosing() {
    requireState(CycleState.OPEN);
    state = CycleState.CLOSING;
  }

  /** The close has computed, ranked and graded every unit. */
  public void finishClosing(LocalDateTime now) {
    requireState(CycleState.CLOSING);
    state = CycleState.CLOSED;
    closedAt = now;
  }

  /**
   * Publishes the results (公示): units see them, and the appeal window opens on the next working day
   * of the office's calendar.
   */
  public void publish(LocalDateTime now, WorkingCalendar calendar) {
    requireState(CycleState.CLOSED);
    state = CycleState.PUBLISHED;
    publishedAt = now;
    appealLastDay = AppealWindow.lastDay(now.toLocalDate(), appealWorkingDays, calendar);
  }

  /**
   * The length of the appeal window, until the cycle is archived. Changed after publication, the
   * window is counted again from the day of publication: it may be extended, or ended at once with
   * no days. A change of the calendar alone leaves the announced last day as it is.
   */
  public void setAppealWorkingDays(int workingDays, WorkingCalendar calendar) {
    if (!AppealWindow.isValidLength(workingDays)) {
      throw Refusal.badInput("cycle.appealDaysInvalid", AppealWindow.MAX_WORKING_DAYS);
    }
    requireState(CycleState.DRAFT, CycleState.OPEN, CycleState.CLOSED, CycleState.PUBLISHED);
    appealWorkingDays = workingDays;
    if (state == CycleState.PUBLISHED) {
      appealLastDay = AppealWindow.lastDay(publishedAt.toLocalDate(), workingDays, calendar);
    }
  }

  /** Whether a unit may file an appeal today. */
  public boolean isAppealWindowOpen(LocalDate today) {
    return state == CycleState.PUBLISHED && AppealWindow.isOpen(appealLastDay, today);
  }

  /** Refuses (409) an appeal outside the window of a published cycle. */
  public void requireAppealWindowOpen(LocalDate today) {
    requireState(CycleState.PUBLISHED);
    if (!isAppealWindowOpen(today)) {
      throw Refusal.conflict("appeal.windowClosed", year);
    }
  }

  /**
   * Archives the year: final and read-only for good. Only once the appeal window is over and every
   * appeal is settled (decided, and an accepted one re-scored, re-approved and ranked again).
   *
   * @param unsettledAppeals appeals filed and not decided, or accepted and not final again
   */
  public void archive(long unsettledAppeals, LocalDateTime now) {
    requireState(CycleState.PUBLISHED);
    if (isAppealWindowOpen(now.toLocalDate())) {
      throw Refusal.conflict("cycle.appealWindowOpen", year, appealLastDay.toString());
    }
    if (unsettledAppeals > 0) {
      throw Refusal.conflict("cycle.appealsUnsettled", year, unsettledAppeals);
    }
    state = CycleState.ARCHIVED;
    archivedAt = now;
  }

  /** Results exist once the close is done: closed, published or archived. */
  public boolean hasResults() {
    return state == CycleState.CLOSED
        || state == CycleState.PUBLISHED
        || state == CycleState.ARCHIVED;
  }

  /** The grade thresholds and the excellent quota of this year. */
  public GradingRules getGrading() {
    return new GradingRules(excellentMin, goodMin, passMin, excellentQuotaPercent);
  }

  /**
   * The year's numbers, while it is a draft: the bonus caps (multiples of 0.5, the total cap not
   * below the per-item one) and the grading (thresholds in steps of 0.5 from 0 to 100, not
   * decreasing; the quota a percentage).
   */
  public void changeSettings(ScoringRules scoring, GradingRules grading) {
    boolean capsValid =
        isHalfStepWithin(scoring.bonusItemCap())
            && isHalfStepWithin(scoring.bonusTotalCap())
            && scoring.bonusTotalCap().compareTo(scoring.bonusItemCap()) >= 0;
    boolean gradingValid =
        isHalfStepWithin(grading.excellentMin())
            && isHalfStepWithin(grading.goodMin())
            && isHalfStepWithin(grading.passMin());
    if (!capsValid || !gradingValid) {
      throw Refusal.badInput("cycle.settingsInvalid");
    }
    requireState(CycleState.DRAFT);
    this.rules = scoring;
    setGrading(grading);
  }

  private static boolean isHalfStepWithin(BigDecimal value) {
    return Points.isValidScore(value, DefaultPoints.BASE_TOTAL);
  }

  private void setGrading(GradingRules grading) {
    this.excellentMin = Points.normalize(grading.excellentMin());
    this.goodMin = Points.normalize(grading.goodMin());
    this.passMin = Points.normalize(grading.passMin());
    this.excellentQuotaPercent = grading.excellentQuotaPercent();
  }

  /** Both dates are optional; scoring cannot be due before self-assessment. */
  public void setDeadlines(LocalDate selfAssessmentDue, LocalDate scoringDue) {
    requireState(DEADLINES_EDITABLE);
    if (selfAssessmentDue != null && scoringDue != null && scoringDue.isBefore(selfAssessmentDue)) {
      throw Refusal.badInput("cycle.deadlinesOrder");
    }
    this.selfAssessmentDue = selfAssessmentDue;
    this.scoringDue = scoringDue;
  }

  /** Deadlines may move while the year is being set up or is open. */
  public boolean areDeadlinesEditable() {
    return Arrays.asList(DEADLINES_EDITABLE).contains(state);
  }

  /** Points may change only while the year is a draft: once open, units are scored against them. */
  public boolean arePointsEditable() {
    return state == CycleState.DRAFT;
  }

  public boolean isOpen() {
    return state == CycleState.OPEN;
  }

  public Long getId() {
    return id;
  }

  public int getYear() {
    return year;
  }

  public CycleState getState() {
    return state;
  }

  public LocalDate getSelfAssessmentDue() {
    return selfAssessmentDue;
  }

  public LocalDate getScoringDue() {
    return scoringDue;
  }

  public ScoringRules getRules() {
    return rules;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public LocalDateTime getOpenedAt() {
    return openedAt;
  }

  public LocalDateTime getClosedAt() {
    return closedAt;
  }

  public long getResultsVersion() {
    return resultsVersion;
  }

  public int getAppealWorkingDays() {
    return appealWorkingDays;
  }

  public LocalDateTime getPublishedAt() {
    return publishedAt;
  }

  public LocalDate getAppealLastDay() {
    return appealLastDay;
  }

  public LocalDateTime getArchivedAt() {
    return archivedAt;
  }

  public long getVersion() {
    return version;
  }
}
