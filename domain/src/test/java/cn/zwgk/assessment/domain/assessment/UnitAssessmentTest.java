package cn.zwgk.assessment.domain.assessment;

import static cn.zwgk.assessment.domain.RefusalAssert.assertBadInput;
import static cn.zwgk.assessment.domain.RefusalAssert.assertConflict;
import static cn.zwgk.assessment.domain.RefusalAssert.assertForbidden;
import static cn.zwgk.assessment.domain.assessment.AssessmentState.APPROVED;
import static cn.zwgk.assessment.domain.assessment.AssessmentState.NOT_STARTED;
import static cn.zwgk.assessment.domain.assessment.AssessmentState.RETURNED;
import static cn.zwgk.assessment.domain.assessment.AssessmentState.SCORED;
import static cn.zwgk.assessment.domain.assessment.AssessmentState.SCORING;
import static cn.zwgk.assessment.domain.assessment.AssessmentState.SELF_ASSESSING;
import static cn.zwgk.assessment.domain.assessment.AssessmentState.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.zwgk.assessment.domain.YearFixture;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.cycle.CycleState;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitAssessmentTest {

  private static final LocalDateTime NOW = YearFixture.NOW;
  private static final String ASSESSOR = "assessor1";
  private static final String APPROVER = "approver1";
  private static final List<String> SCORERS = List.of(ASSESSOR);

  /** Each workflow step with valid arguments, the states it is allowed in and where it leads. */
  enum Action {
    SELF_SCORE_SAVED(
        UnitAssessment::selfScoreSaved,
        Map.of(NOT_STARTED, SELF_ASSESSING, SELF_ASSESSING, SELF_ASSESSING, RETURNED, RETURNED)),
    SUBMIT(a -> a.submit(0, NOW), Map.of(SELF_ASSESSING, SUBMITTED, RETURNED, SUBMITTED)),
    SCORE_SAVED(UnitAssessment::scoreSaved, Map.of(SUBMITTED, SCORING, SCORING, SCORING)),
    RETURN_TO_UNIT(
        a -> a.returnToUnit("请补充政府网站截图"), Map.of(SUBMITTED, RETURNED, SCORING, RETURNED)),
    MARK_SCORED(a -> a.markScored(0, ASSESSOR, NOW), Map.of(SCORING, SCORED)),
    APPROVE(a -> a.approve(APPROVER, SCORERS, NOW), Map.of(SCORED, APPROVED)),
    REJECT(a -> a.reject(APPROVER, SCORERS, "第3项扣分过宽"), Map.of(SCORED, SCORING));

    final Consumer<UnitAssessment> step;
    final Map<AssessmentState, AssessmentState> transitions;

    Action(Consumer<UnitAssessment> step, Map<AssessmentState, AssessmentState> transitions) {
      this.step = step;
      this.transitions = transitions;
    }
  }

  static Stream<Arguments> everyStateAndAction() {
    List<Arguments> cases = new ArrayList<>();
    for (AssessmentState state : AssessmentState.values()) {
      for (Action action : Action.values()) {
        cases.add(Arguments.of(state, action));
      }
    }
    return cases.stream();
  }

  static Stream<Arguments> everyClosedCycleStateAndAction() {
    List<Arguments> cases = new ArrayList<>();
    for (CycleState cycleState : CycleState.values()) {
      if (cycleState == CycleState.OPEN) {
        continue;
      }
      for (Action action : Action.values()) {
        cases.add(Arguments.of(cycleState, action));
      }
    }
    return cases.stream();
  }

  private static UnitAssessment inState(AssessmentState state) {
    return YearFixture.assessment(state);
  }

  @ParameterizedTest(name = "{1} in {0}")
  @MethodSource("everyStateAndAction")
  void theStateMachine(AssessmentState state, Action action) {
    UnitAssessment assessment = inState(state);
    AssessmentState next = action.transitions.get(state);

    if (next != null) {
      action.step.accept(assessment);
      assertThat(assessment.getState()).isEqualTo(next);
    } else {
      assertConflict(() -> action.step.accept(assessment), "assessment.wrongState");
      assertThat(assessment.getState()).isEqualTo(state);
    }
  }

  @ParameterizedTest(name = "{1} while the cycle is {0}")
  @MethodSource("everyClosedCycleStateAndAction")
  void everyStepNeedsAnOpenCycle(CycleState cycleState, Action action) {
    for (AssessmentState state : action.transitions.keySet()) {
      UnitAssessment assessment =
          YearFixture.assessment(
              YearFixture.cycle(cycleState), YearFixture.unit(UnitGroup.TOWN), state);

      assertConflict(() -> action.step.accept(assessment), "cycle.wrongState");
      assertThat(assessment.getState()).isEqualTo(state);
    }
  }

  @Test
  void aNewAssessmentHasNotStarted() {
    AssessmentCycle cycle = YearFixture.cycle(CycleState.OPEN);
    var unit = YearFixture.unit(UnitGroup.DEPARTMENT);

    UnitAssessment assessment = new UnitAssessment(cycle, unit);

    assertThat(assessment.getState()).isEqualTo(NOT_STARTED);
    assertThat(assessment.getCycle()).isSameAs(cycle);
    assertThat(assessment.getUnit()).isSameAs(unit);
    assertThat(assessment.isEditableByUnit()).isTrue();
    assertThat(assessment.isApproved()).isFalse();
    assertThat(assessment.getVersion()).isZero();
  }

  @ParameterizedTest
  @EnumSource(AssessmentState.class)
  void isEditableByTheUnitWhileItHoldsItInAnOpenCycle(AssessmentState state) {
    assertThat(inState(state).isEditableByUnit())
        .isEqualTo(Set.of(NOT_STARTED, SELF_ASSESSING, RETURNED).contains(state));
  }

  @ParameterizedTest
  @EnumSource(
      value = CycleState.class,
      names = {"OPEN"},
      mode = EnumSource.Mode.EXCLUDE)
  void neverEditableByTheUnitOutsideAnOpenCycle(CycleState cycleState) {
    UnitAssessment assessment =
        new UnitAssessment(YearFixture.cycle(cycleState), YearFixture.unit(UnitGroup.TOWN));

    assertThat(assessment.isEditableByUnit()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(AssessmentState.class)
  void isApprovedOnlyWhenApproved(AssessmentState state) {
    assertThat(inState(state).isApproved()).isEqualTo(state == APPROVED);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 37})
  void submitNeedsASelfScoreOnEveryItem(long missing) {
    for (AssessmentState state : List.of(SELF_ASSESSING, RETURNED)) {
      UnitAssessment assessment = inState(state);

      assertConflict(() -> assessment.submit(missing, NOW), "assessment.selfIncomplete");
      assertThat(assessment.getState()).isEqualTo(state);
      assertThat(assessment.getSubmittedAt()).isNull();
    }
  }

  @Test
  void submitRecordsWhen() {
    UnitAssessment assessment = inState(SELF_ASSESSING);

    assessment.submit(0, NOW);

    assertThat(assessment.getState()).isEqualTo(SUBMITTED);
    assertThat(assessment.getSubmittedAt()).isEqualTo(NOW);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 5})
  void markScoredNeedsAScoreOnEveryItem(long unscored) {
    UnitAssessment assessment = inState(SCORING);

    assertConflict(
        () -> assessment.markScored(unscored, ASSESSOR, NOW), "assessment.scoringIncomplete");
    assertThat(assessment.getState()).isEqualTo(SCORING);
    assertThat(assessment.getScoredBy()).isNull();
    assertThat(assessment.getScoredAt()).isNull();
  }

  @Test
  void markScoredRecordsWhoAndWhen() {
    UnitAssessment assessment = inState(SCORING);

    assessment.markScored(0, ASSESSOR, NOW);

    assertThat(assessment.getState()).isEqualTo(SCORED);
    assertThat(assessment.getScoredBy()).isEqualTo(ASSESSOR);
    assertThat(assessment.getScoredAt()).isEqualTo(NOW);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   ", "\n", "\t \r\n", "\u3000"})
  void returnNeedsAComment(String comment) {
    UnitAssessment assessment = inState(SCORING);

    assertBadInput(() -> assessment.returnToUnit(comment), "text.required");
    assertBadInput(() -> assessment.returnToUnit(null), "text.required");
    assertThat(assessment.getState()).isEqualTo(SCORING);
    assertThat(assessment.getReturnComment()).isNull();
  }

  @Test
  void returnRefusesAnOverlongComment() {
    UnitAssessment assessment = inState(SUBMITTED);

    assertBadInput(() -> assessment.returnToUnit("补".repeat(2001)), "text.tooLong");
    assertThat(assessment.getState()).isEqualTo(SUBMITTED);
  }

  @Test
  void returnTakesACommentOfTheLongestLength() {
    UnitAssessment assessment = inState(SUBMITTED);
    String comment = "补".repeat(2000);

    assessment.returnToUnit(comment);

    assertThat(assessment.getReturnComment()).isEqualTo(comment);
    assertThat(assessment.getState()).isEqualTo(RETURNED);
  }

  @Test
  void returnRefusesControlCharacters() {
    UnitAssessment assessment = inState(SUBMITTED);

    assertBadInput(() -> assessment.returnToUnit("请补充\u0000材料"), "text.controlCharacters");
    assertThat(assessment.getState()).isEqualTo(SUBMITTED);
  }

  @ParameterizedTest
  @EnumSource(
      value = AssessmentState.class,
      names = {"SUBMITTED", "SCORING"},
      mode = EnumSource.Mode.EXCLUDE)
  void theCommentIsCheckedBeforeTheState(AssessmentState state) {
    UnitAssessment assessment = inState(state);

    assertBadInput(() -> assessment.returnToUnit(" "), "text.required");
    assertBadInput(() -> assessment.returnToUnit("x".repeat(2001)), "text.tooLong");
    assertConflict(() -> assessment.returnToUnit("请补充"), "assessment.wrongState");
  }

  @Test
  void returnKeepsTheCommentExactly() {
    UnitAssessment assessment = inState(SCORING);
    String comment = "  请补充“主动公开”栏目截图；\n第2项 <script>alert(1)</script> 😀  ";

    assessment.returnToUnit(comment);

    assertThat(assessment.getReturnComment()).isEqualTo(comment);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\n", "\u3000\u3000"})
  void rejectNeedsAReason(String reason) {
    UnitAssessment assessment = inState(SCORED);

    assertBadInput(() -> assessment.reject(APPROVER, SCORERS, reason), "text.required");
    assertBadInput(() -> assessment.reject(APPROVER, SCORERS, null), "text.required");
    assertThat(assessment.getState()).isEqualTo(SCORED);
    assertThat(assessment.getRejectReason()).isNull();
  }

  @Test
  void rejectRefusesAnOverlongReason() {
    UnitAssessment assessment = inState(SCORED);

    assertBadInput(() -> assessment.reject(APPROVER, SCORERS, "理".repeat(2001)), "text.tooLong");
    assertThat(assessment.getState()).isEqualTo(SCORED);
  }

  @ParameterizedTest
  @EnumSource(value = AssessmentState.class, names = "SCORED", mode = EnumSource.Mode.EXCLUDE)
  void theReasonIsCheckedBeforeTheState(AssessmentState state) {
    UnitAssessment assessment = inState(state);

    assertBadInput(() -> assessment.reject(APPROVER, SCORERS, ""), "text.required");
    assertBadInput(() -> assessment.reject(APPROVER, SCORERS, "x".repeat(2001)), "text.tooLong");
    assertConflict(() -> assessment.reject(APPROVER, SCORERS, "理由"), "assessment.wrongState");
  }

  @Test
  void rejectSendsItBackToScoringWithTheReason() {
    UnitAssessment assessment = inState(SCORING);
    assessment.markScored(0, ASSESSOR, NOW);

    assessment.reject(APPROVER, SCORERS, "第3项扣分依据不足");

    assertThat(assessment.getState()).isEqualTo(SCORING);
    assertThat(assessment.getRejectReason()).isEqualTo("第3项扣分依据不足");
    assertThat(assessment.getApprovedBy()).isNull();
    assertThat(assessment.getApprovedAt()).isNull();
  }

  @Test
  void returningToTheUnitClearsTheRejectReason() {
    UnitAssessment assessment = inState(SCORING);
    assessment.markScored(0, ASSESSOR, NOW);
    assessment.reject(APPROVER, SCORERS, "重新评分");

    assessment.returnToUnit("请补充会议纪要");

    assertThat(assessment.getRejectReason()).isNull();
    assertThat(assessment.getReturnComment()).isEqualTo("请补充会议纪要");
  }

  @Test
  void markScoredClearsTheRejectReason() {
    UnitAssessment assessment = inState(SCORING);
    assessment.markScored(0, ASSESSOR, NOW);
    assessment.reject(APPROVER, SCORERS, "重新评分");

    assessment.markScored(0, ASSESSOR, NOW.plusHours(1));

    assertThat(assessment.getRejectReason()).isNull();
    assertThat(assessment.getState()).isEqualTo(SCORED);
    assertThat(assessment.getScoredAt()).isEqualTo(NOW.plusHours(1));
  }

  @Test
  void approveRecordsWhoAndWhen() {
    UnitAssessment assessment = inState(SCORING);
    assessment.markScored(0, ASSESSOR, NOW);

    assessment.approve(APPROVER, SCORERS, NOW.plusDays(1));

    assertThat(assessment.getState()).isEqualTo(APPROVED);
    assertThat(assessment.isApproved()).isTrue();
    assertThat(assessment.getApprovedBy()).isEqualTo(APPROVER);
    assertThat(assessment.getApprovedAt()).isEqualTo(NOW.plusDays(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"assessor1", "assessor2", "leader"})
  void noOneWhoScoredMayApprove(String approver) {
    UnitAssessment assessment = inState(SCORING);
    assessment.markScored(0, "assessor1", NOW);
    List<String> scorers = List.of("assessor2", "leader");

    assertForbidden(() -> assessment.approve(approver, scorers, NOW), "assessment.ownScoring");
    assertThat(assessment.getState()).isEqualTo(SCORED);
    assertThat(assessment.getApprovedBy()).isNull();
    assertThat(assessment.getApprovedAt()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"assessor1", "assessor2", "leader"})
  void noOneWhoScoredMayReject(String approver) {
    UnitAssessment assessment = inState(SCORING);
    assessment.markScored(0, "assessor1", NOW);
    List<String> scorers = List.of("assessor2", "leader");

    assertForbidden(() -> assessment.reject(approver, scorers, "理由"), "assessment.ownScoring");
    assertThat(assessment.getState()).isEqualTo(SCORED);
    assertThat(assessment.getRejectReason()).isNull();
  }

  @Test
  void theOwnScoringRuleComparesExactNames() {
    UnitAssessment assessment = inState(SCORING);
    assessment.markScored(0, "assessor1", NOW);

    assessment.approve("approver1", List.of("assessor1", "assessor2"), NOW);

    assertThat(assessment.getApprovedBy()).isEqualTo("approver1");
  }

  @Test
  void anApproverWhoseScoresAreListedOnlyAmongTheScorersIsStillRefused() {
    UnitAssessment assessment = inState(SCORED);

    assertForbidden(
        () -> assessment.approve(APPROVER, List.of(ASSESSOR, APPROVER), NOW),
        "assessment.ownScoring");
  }

  @Test
  void checkVersionPassesForNoVersionAndTheSameVersion() {
    UnitAssessment assessment = inState(SCORING);
    YearFixture.set(assessment, "version", 7L);

    assertThatCode(() -> assessment.checkVersion(null)).doesNotThrowAnyException();
    assertThatCode(() -> assessment.checkVersion(7L)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 6, 8, -7, Long.MAX_VALUE})
  void checkVersionRefusesAnotherVersion(long expected) {
    UnitAssessment assessment = inState(SCORING);
    YearFixture.set(assessment, "version", 7L);

    assertConflict(() -> assessment.checkVersion(expected), "assessment.stale");
  }

  @Test
  void aReturnedAssessmentGoesRoundAgain() {
    UnitAssessment assessment = inState(NOT_STARTED);

    assessment.selfScoreSaved();
    assertThat(assessment.getState()).isEqualTo(SELF_ASSESSING);
    assessment.submit(0, NOW);
    assertThat(assessment.getState()).isEqualTo(SUBMITTED);
    assessment.scoreSaved();
    assertThat(assessment.getState()).isEqualTo(SCORING);
    assessment.returnToUnit("请补充佐证材料");
    assertThat(assessment.getState()).isEqualTo(RETURNED);
    assertThat(assessment.getReturnComment()).isEqualTo("请补充佐证材料");
    assessment.selfScoreSaved();
    assertThat(assessment.getState()).isEqualTo(RETURNED);
    assessment.submit(0, NOW.plusDays(2));
    assertThat(assessment.getState()).isEqualTo(SUBMITTED);
    assertThat(assessment.getSubmittedAt()).isEqualTo(NOW.plusDays(2));
    assessment.scoreSaved();
    assessment.scoreSaved();
    assertThat(assessment.getState()).isEqualTo(SCORING);
    assessment.markScored(0, ASSESSOR, NOW.plusDays(3));
    assertThat(assessment.getState()).isEqualTo(SCORED);
    assessment.reject(APPROVER, SCORERS, "第5项扣分理由不充分");
    assertThat(assessment.getState()).isEqualTo(SCORING);
    assessment.markScored(0, ASSESSOR, NOW.plusDays(4));
    assertThat(assessment.getRejectReason()).isNull();
    assessment.approve(APPROVER, SCORERS, NOW.plusDays(5));

    assertThat(assessment.getState()).isEqualTo(APPROVED);
    assertThat(assessment.getApprovedBy()).isEqualTo(APPROVER);
    assertThat(assessment.getApprovedAt()).isEqualTo(NOW.plusDays(5));
    assertThat(assessment.getScoredBy()).isEqualTo(ASSESSOR);
    assertThat(assessment.getScoredAt()).isEqualTo(NOW.plusDays(4));
  }

  @Test
  void aReturnFromSubmittedCanBeResubmittedWithoutAnotherSelfScore() {
    UnitAssessment assessment = inState(SUBMITTED);

    assessment.returnToUnit("请补充");
    assessment.submit(0, NOW);

    assertThat(assessment.getState()).isEqualTo(SUBMITTED);
  }

  @Test
  void anApprovedAssessmentRefusesEveryStep() {
    UnitAssessment assessment = inState(APPROVED);

    for (Action action : Action.values()) {
      assertConflict(() -> action.step.accept(assessment), "assessment.wrongState");
    }
    assertThat(assessment.getState()).isEqualTo(APPROVED);
  }
}
