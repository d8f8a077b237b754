package cn.zwgk.assessment.domain.cycle;

import static cn.zwgk.assessment.domain.RefusalAssert.assertBadInput;
import static cn.zwgk.assessment.domain.RefusalAssert.assertConflict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.YearFixture;
import cn.zwgk.assessment.domain.ranking.GradingRules;
import cn.zwgk.assessment.domain.scoring.ScoringRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AssessmentCycleTest {

  private static final LocalDateTime CREATED = LocalDateTime.of(2026, 1, 5, 9, 0);
  private static final LocalDateTime OPENED = LocalDateTime.of(2026, 2, 1, 8, 30);
  private static final LocalDate MARCH = LocalDate.of(2026, 3, 31);
  private static final LocalDate APRIL = LocalDate.of(2026, 4, 30);

  private static AssessmentCycle inState(CycleState state) {
    AssessmentCycle cycle = new AssessmentCycle(2026, "admin", CREATED);
    YearFixture.set(cycle, "state", state);
    return cycle;
  }

  @ParameterizedTest
  @ValueSource(ints = {1999, 2101, 0, -2026, 1900, 9999, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void yearsOutsideTheBoundsAreRefused(int year) {
    assertBadInput(() -> new AssessmentCycle(year, "admin", CREATED), "cycle.yearInvalid");
  }

  @Test
  void theYearRefusalNamesTheBounds() {
    try {
      new AssessmentCycle(1999, "admin", CREATED);
    } catch (Refusal refusal) {
      assertThat(refusal.args()).containsExactly(2000, 2100);
      return;
    }
    throw new AssertionError("1999 accepted");
  }

  @ParameterizedTest
  @ValueSource(ints = {2000, 2001, 2025, 2026, 2099, 2100})
  void yearsWithinTheBoundsAreAccepted(int year) {
    AssessmentCycle cycle = new AssessmentCycle(year, "admin", CREATED);

    assertThat(cycle.getYear()).isEqualTo(year);
  }

  @Test
  void aNewCycleIsADraftWithTheDefaultRules() {
    AssessmentCycle cycle = new AssessmentCycle(2026, "admin", CREATED);

    assertThat(cycle.getState()).isEqualTo(CycleState.DRAFT);
    assertThat(cycle.isOpen()).isFalse();
    assertThat(cycle.getRules().bonusItemCap()).isEqualTo(ScoringRules.DEFAULT_BONUS_ITEM_CAP);
    assertThat(cycle.getRules().bonusTotalCap()).isEqualTo(ScoringRules.DEFAULT_BONUS_TOTAL_CAP);
    assertThat(cycle.getRules().bonusItemCap()).hasToString("2.00");
    assertThat(cycle.getRules().bonusTotalCap()).hasToString("5.00");
    assertThat(cycle.getCreatedBy()).isEqualTo("admin");
    assertThat(cycle.getCreatedAt()).isEqualTo(CREATED);
    assertThat(cycle.getOpenedAt()).isNull();
    assertThat(cycle.getSelfAssessmentDue()).isNull();
    assertThat(cycle.getScoringDue()).isNull();
  }

  @Test
  void opensWhenThePointsAreComplete() {
    AssessmentCycle cycle = new AssessmentCycle(2026, "admin", CREATED);

    cycle.open(true, OPENED);

    assertThat(cycle.getState()).isEqualTo(CycleState.OPEN);
    assertThat(cycle.isOpen()).isTrue();
    assertThat(cycle.getOpenedAt()).isEqualTo(OPENED);
  }

  @Test
  void doesNotOpenWhileThePointsAreIncomplete() {
    AssessmentCycle cycle = new AssessmentCycle(2026, "admin", CREATED);

    assertConflict(() -> cycle.open(false, OPENED), "cycle.pointsNot100");
    assertThat(cycle.getState()).isEqualTo(CycleState.DRAFT);
    assertThat(cycle.getOpenedAt()).isNull();
  }

  @ParameterizedTest
  @EnumSource(value = CycleState.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
  void opensOnlyFromDraft(CycleState state) {
    AssessmentCycle cycle = inState(state);

    assertConflict(() -> cycle.open(true, OPENED), "cycle.wrongState");
    assertConflict(() -> cycle.open(false, OPENED), "cycle.wrongState");
    assertThat(cycle.getState()).isEqualTo(state);
    assertThat(cycle.getOpenedAt()).isNull();
  }

  @Test
  void cannotBeOpenedTwice() {
    AssessmentCycle cycle = new AssessmentCycle(2026, "admin", CREATED);
    cycle.open(true, OPENED);

    assertConflict(() -> cycle.open(true, OPENED.plusDays(1)), "cycle.wrongState");
    assertThat(cycle.getOpenedAt()).isEqualTo(OPENED);
  }

  @ParameterizedTest
  @EnumSource(
      value = CycleState.class,
      names = {"DRAFT", "OPEN"})
  void deadlinesMayBeSetInDraftAndOpen(CycleState state) {
    AssessmentCycle cycle = inState(state);

    cycle.setDeadlines(MARCH, APRIL);

    assertThat(cycle.getSelfAssessmentDue()).isEqualTo(MARCH);
    assertThat(cycle.getScoringDue()).isEqualTo(APRIL);
  }

  @ParameterizedTest
  @EnumSource(
      value = CycleState.class,
      names = {"CLOSED", "PUBLISHED", "ARCHIVED"})
  void deadlinesAreFrozenAfterTheClose(CycleState state) {
    AssessmentCycle cycle = inState(state);

    assertConflict(() -> cycle.setDeadlines(MARCH, APRIL), "cycle.wrongState");
    assertConflict(() -> cycle.setDeadlines(null, null), "cycle.wrongState");
    assertThat(cycle.getSelfAssessmentDue()).isNull();
    assertThat(cycle.getScoringDue()).isNull();
  }

  @ParameterizedTest
  @EnumSource(
      value = CycleState.class,
      names = {"DRAFT", "OPEN"})
  void scoringCannotBeDueBeforeSelfAssessment(CycleState state) {
    AssessmentCycle cycle = inState(state);
    cycle.setDeadlines(MARCH, APRIL);

    assertBadInput(() -> cycle.setDeadlines(APRIL, MARCH), "cycle.deadlinesOrder");
    assertBadInput(() -> cycle.setDeadlines(APRIL, APRIL.minusDays(1)), "cycle.deadlinesOrder");
    assertThat(cycle.getSelfAssessmentDue()).isEqualTo(MARCH);
    assertThat(cycle.getScoringDue()).isEqualTo(APRIL);
  }

  @Test
  void bothDeadlinesMayBeTheSameDay() {
    AssessmentCycle cycle = inState(CycleState.DRAFT);

    cycle.setDeadlines(APRIL, APRIL);

    assertThat(cycle.getSelfAssessmentDue()).isEqualTo(APRIL);
    assertThat(cycle.getScoringDue()).isEqualTo(APRIL);
  }

  @Test
  void eitherDeadlineIsOptional() {
    AssessmentCycle cycle = inState(CycleState.OPEN);

    cycle.setDeadlines(APRIL, null);
    assertThat(cycle.getSelfAssessmentDue()).isEqualTo(APRIL);
    assertThat(cycle.getScoringDue()).isNull();

    cycle.setDeadlines(null, MARCH);
    assertThat(cycle.getSelfAssessmentDue()).isNull();
    assertThat(cycle.getScoringDue()).isEqualTo(MARCH);

    cycle.setDeadlines(null, null);
    assertThat(cycle.getSelfAssessmentDue()).isNull();
    assertThat(cycle.getScoringDue()).isNull();
  }

  @ParameterizedTest
  @EnumSource(CycleState.class)
  void requireStatePassesOnlyForTheAllowedStates(CycleState state) {
    AssessmentCycle cycle = inState(state);

    assertThatCode(() -> cycle.requireState(state)).doesNotThrowAnyException();
    assertThatCode(() -> cycle.requireState(CycleState.values())).doesNotThrowAnyException();
    for (CycleState other : CycleState.values()) {
      if (other != state) {
        assertConflict(() -> cycle.requireState(other), "cycle.wrongState");
      }
    }
    assertConflict(cycle::requireState, "cycle.wrongState");
  }

  @Test
  void aNewCycleGradesByTheDefaults() {
    assertThat(YearFixture.cycle(CycleState.DRAFT).getGrading()).isEqualTo(GradingRules.DEFAULT);
  }

  @Test
  void aDraftTakesItsOwnCapsAndGrading() {
    AssessmentCycle cycle = YearFixture.cycle(CycleState.DRAFT);
    GradingRules strict =
        new GradingRules(new BigDecimal("92.5"), new BigDecimal("85"), new BigDecimal("65"), 20);

    cycle.changeSettings(new ScoringRules(new BigDecimal("1.5"), new BigDecimal("4")), strict);

    assertThat(cycle.getRules().bonusItemCap()).isEqualByComparingTo("1.5");
    assertThat(cycle.getRules().bonusTotalCap()).isEqualByComparingTo("4");
    assertThat(cycle.getGrading().excellentMin()).isEqualByComparingTo("92.5");
    assertThat(cycle.getGrading().excellentQuotaPercent()).isEqualTo(20);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2 1", "0.3 5", "-1 5", "2 100.5"})
  void capsMustBeHalfStepsWithTheTotalNotBelowTheItemCap(String caps) {
    AssessmentCycle cycle = YearFixture.cycle(CycleState.DRAFT);
    String[] c = caps.split(" ");
    ScoringRules rules = new ScoringRules(new BigDecimal(c[0]), new BigDecimal(c[1]));

    assertBadInput(
        () -> cycle.changeSettings(rules, GradingRules.DEFAULT), "cycle.settingsInvalid");
    assertThat(cycle.getRules().bonusItemCap()).isEqualByComparingTo("2");
  }

  @Test
  void thresholdsMustBeHalfSteps() {
    AssessmentCycle cycle = YearFixture.cycle(CycleState.DRAFT);
    GradingRules odd =
        new GradingRules(new BigDecimal("90.25"), new BigDecimal("80"), new BigDecimal("60"), 30);

    assertBadInput(
        () -> cycle.changeSettings(ScoringRules.defaults(), odd), "cycle.settingsInvalid");
  }

  @ParameterizedTest
  @EnumSource(value = CycleState.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
  void settingsAreFrozenOnceTheYearIsOpen(CycleState state) {
    AssessmentCycle cycle = YearFixture.cycle(state);

    assertConflict(
        () -> cycle.changeSettings(ScoringRules.defaults(), GradingRules.DEFAULT),
        "cycle.wrongState");
  }
}
