package cn.zwgk.assessment.domain.assessment;

import static cn.zwgk.assessment.domain.RefusalAssert.assertConflict;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.assessment.domain.YearFixture;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.cycle.CycleState;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A final assessment re-opened by an accepted appeal: re-scored, re-approved, final again. */
class AppealedAssessmentTest {

  private static final LocalDateTime NOW = YearFixture.NOW;
  private static final List<String> SCORERS = List.of("assessor1");

  private static UnitAssessment inPublishedYear(AssessmentState state) {
    return YearFixture.assessment(
        YearFixture.cycle(CycleState.PUBLISHED), YearFixture.unit(UnitGroup.DEPARTMENT), state);
  }

  private static UnitAssessment reopened() {
    UnitAssessment assessment = inPublishedYear(AssessmentState.FINAL);
    assessment.reopenForAppeal();
    return assessment;
  }

  @Test
  void theWholeRoundOfAnAppeal() {
    UnitAssessment assessment = reopened();
    assertThat(assessment.getState()).isEqualTo(AssessmentState.APPEALED);

    assessment.scoreSaved();
    assertThat(assessment.getState()).isEqualTo(AssessmentState.SCORING);
    assessment.markScored(0, "assessor1", NOW);
    assertThat(assessment.getState()).isEqualTo(AssessmentState.SCORED);
    assessment.reject("approver1", SCORERS, "再核");
    assertThat(assessment.getState()).isEqualTo(AssessmentState.SCORING);
    assessment.markScored(0, "assessor1", NOW);
    assessment.approve("approver1", SCORERS, NOW);
    assertThat(assessment.getState()).isEqualTo(AssessmentState.APPROVED);
    assessment.finalAgain();

    assertThat(assessment.getState()).isEqualTo(AssessmentState.FINAL);
    assertThat(assessment.isReopenedByAppeal()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(value = AssessmentState.class, names = "FINAL", mode = EnumSource.Mode.EXCLUDE)
  void onlyAFinalAssessmentReOpens(AssessmentState state) {
    UnitAssessment assessment = inPublishedYear(state);

    assertConflict(assessment::reopenForAppeal, "assessment.wrongState");
    assertThat(assessment.getState()).isEqualTo(state);
    assertThat(assessment.isReopenedByAppeal()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(value = CycleState.class, names = "PUBLISHED", mode = EnumSource.Mode.EXCLUDE)
  void onlyInAPublishedYear(CycleState state) {
    UnitAssessment assessment =
        YearFixture.assessment(
            YearFixture.cycle(state), YearFixture.unit(UnitGroup.TOWN), AssessmentState.FINAL);

    assertConflict(assessment::reopenForAppeal, "cycle.wrongState");
    assertThat(assessment.getState()).isEqualTo(AssessmentState.FINAL);
  }

  @Test
  void aFinalAssessmentOfAPublishedYearStaysFrozen() {
    UnitAssessment assessment = inPublishedYear(AssessmentState.FINAL);

    assertConflict(assessment::scoreSaved, "cycle.wrongState");
    assertConflict(() -> assessment.markScored(0, "assessor1", NOW), "cycle.wrongState");
    assertConflict(() -> assessment.approve("approver1", SCORERS, NOW), "cycle.wrongState");
    assertThat(assessment.getState()).isEqualTo(AssessmentState.FINAL);
  }

  @Test
  void theUnitDoesNotChangeItsSelfAssessmentInAnAppeal() {
    UnitAssessment assessment = reopened();

    assertConflict(assessment::selfScoreSaved, "cycle.wrongState");
    assertConflict(() -> assessment.submit(0, NOW), "cycle.wrongState");
    assertConflict(() -> assessment.returnToUnit("请补充"), "cycle.wrongState");
    assertThat(assessment.isEditableByUnit()).isFalse();
    assertThat(assessment.getState()).isEqualTo(AssessmentState.APPEALED);
  }

  @Test
  void aReOpenedAssessmentIsFrozenAgainWhenTheYearIsArchived() {
    UnitAssessment assessment = reopened();
    AssessmentCycle cycle = assessment.getCycle();
    YearFixture.set(cycle, "state", CycleState.ARCHIVED);

    assertConflict(assessment::scoreSaved, "cycle.wrongState");
  }

  @Test
  void theApproverOfAnAppealIsNotItsScorer() {
    UnitAssessment assessment = reopened();
    assessment.scoreSaved();
    assessment.markScored(0, "assessor1", NOW);

    cn.zwgk.assessment.domain.RefusalAssert.assertForbidden(
        () -> assessment.approve("assessor1", SCORERS, NOW), "assessment.ownScoring");
  }

  @ParameterizedTest
  @EnumSource(value = AssessmentState.class, names = "APPROVED", mode = EnumSource.Mode.EXCLUDE)
  void finalAgainOnlyOnceApproved(AssessmentState state) {
    UnitAssessment assessment = reopened();
    YearFixture.set(assessment, "state", state);

    assertConflict(assessment::finalAgain, "assessment.wrongState");
    assertThat(assessment.getState()).isEqualTo(state);
  }

  @Test
  void anApprovedAssessmentThatNoAppealReOpenedIsNotMadeFinalHere() {
    UnitAssessment assessment = inPublishedYear(AssessmentState.APPROVED);

    assertConflict(assessment::finalAgain, "assessment.wrongState");
  }

  @Test
  void thePagesOfferScoringAndApprovalOfAReOpenedAssessment() {
    UnitAssessment assessment = reopened();
    assertThat(assessment.isOpenForScoring()).isTrue();
    assertThat(assessment.isReturnable()).isFalse();
    assertThat(assessment.isOpenForApproval()).isFalse();

    assessment.scoreSaved();
    assessment.markScored(0, "assessor1", NOW);

    assertThat(assessment.isOpenForScoring()).isFalse();
    assertThat(assessment.isOpenForApproval()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(AssessmentState.class)
  void nothingIsOfferedOnAnAssessmentOfAPublishedYearThatNoAppealReOpened(AssessmentState state) {
    UnitAssessment assessment = inPublishedYear(state);

    assertThat(assessment.isOpenForScoring()).isFalse();
    assertThat(assessment.isOpenForApproval()).isFalse();
    assertThat(assessment.isReturnable()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(AssessmentState.class)
  void inAnOpenYearScoringFollowsTheState(AssessmentState state) {
    UnitAssessment assessment = YearFixture.assessment(state);

    assertThat(assessment.isOpenForScoring())
        .isEqualTo(state == AssessmentState.SUBMITTED || state == AssessmentState.SCORING);
    assertThat(assessment.isReturnable()).isEqualTo(assessment.isOpenForScoring());
    assertThat(assessment.isOpenForApproval()).isEqualTo(state == AssessmentState.SCORED);
  }
}
