package cn.zwgk.assessment.domain.appeal;

import static cn.zwgk.assessment.domain.RefusalAssert.assertBadInput;
import static cn.zwgk.assessment.domain.RefusalAssert.assertConflict;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.assessment.domain.YearFixture;
import cn.zwgk.assessment.domain.assessment.AssessmentState;
import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.cycle.CycleState;
import cn.zwgk.assessment.domain.cycle.WorkingCalendar;
import cn.zwgk.assessment.domain.evidence.Evidence;
import cn.zwgk.assessment.domain.evidence.EvidenceType;
import cn.zwgk.assessment.domain.evidence.StoredFile;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AppealTest {

  /** A Monday: the window of five working days ends on the next Monday. */
  private static final LocalDateTime PUBLISHED = LocalDateTime.of(2027, 3, 1, 9, 0);

  private static final LocalDateTime INSIDE = PUBLISHED.plusDays(2);
  private static final LocalDateTime AFTER = PUBLISHED.plusDays(8);

  private static UnitAssessment finalOfPublishedYear() {
    AssessmentCycle cycle = YearFixture.cycle(CycleState.CLOSED);
    cycle.publish(PUBLISHED, WorkingCalendar.WEEKENDS_ONLY);
    return YearFixture.assessment(cycle, YearFixture.unit(UnitGroup.TOWN), AssessmentState.FINAL);
  }

  private static Appeal filed() {
    return Appeal.file(finalOfPublishedYear(), "第5项已公开，见网站截图", null, false, "chengguan", INSIDE);
  }

  @Test
  void aUnitFilesInsideTheWindow() {
    UnitAssessment assessment = finalOfPublishedYear();

    Appeal appeal =
        Appeal.file(assessment, "第5项已公开", "http://example.cn/gk/2026", false, "chengguan", INSIDE);

    assertThat(appeal.getState()).isEqualTo(AppealState.FILED);
    assertThat(appeal.getAssessment()).isSameAs(assessment);
    assertThat(appeal.getReason()).isEqualTo("第5项已公开");
    assertThat(appeal.getEvidence()).isEqualTo("http://example.cn/gk/2026");
    assertThat(appeal.getFiledBy()).isEqualTo("chengguan");
    assertThat(appeal.getFiledAt()).isEqualTo(INSIDE);
    assertThat(appeal.isSettled()).isFalse();
    assertThat(assessment.getState()).isEqualTo(AssessmentState.FINAL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2027-03-01T09:00", "2027-03-05T18:00", "2027-03-08T23:59:59"})
  void theWindowRunsToTheEndOfItsLastDay(LocalDateTime now) {
    Appeal appeal = Appeal.file(finalOfPublishedYear(), "理由", null, false, "chengguan", now);

    assertThat(appeal.getFiledAt()).isEqualTo(now);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2027-03-09T00:00", "2027-03-20T10:00", "2028-01-01T00:00"})
  void anAppealAfterTheWindowIsRefused(LocalDateTime now) {
    assertConflict(
        () -> Appeal.file(finalOfPublishedYear(), "理由", null, false, "chengguan", now),
        "appeal.windowClosed");
  }

  @ParameterizedTest
  @EnumSource(value = CycleState.class, names = "PUBLISHED", mode = EnumSource.Mode.EXCLUDE)
  void onlyAPublishedYearIsAppealed(CycleState state) {
    UnitAssessment assessment =
        YearFixture.assessment(
            YearFixture.cycle(state), YearFixture.unit(UnitGroup.TOWN), AssessmentState.FINAL);

    assertConflict(
        () -> Appeal.file(assessment, "理由", null, false, "chengguan", INSIDE), "cycle.wrongState");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n", "\u3000"})
  void aReasonIsRequired(String reason) {
    assertBadInput(
        () -> Appeal.file(finalOfPublishedYear(), reason, null, false, "chengguan", INSIDE),
        "text.required");
    assertBadInput(
        () -> Appeal.file(finalOfPublishedYear(), null, null, false, "chengguan", INSIDE),
        "text.required");
  }

  @Test
  void overlongTextIsRefused() {
    String tooLong = "申".repeat(2001);

    assertBadInput(
        () -> Appeal.file(finalOfPublishedYear(), tooLong, null, false, "chengguan", INSIDE),
        "text.tooLong");
    assertBadInput(
        () -> Appeal.file(finalOfPublishedYear(), "理由", tooLong, false, "chengguan", INSIDE),
        "text.tooLong");
  }

  @Test
  void theReasonIsCheckedBeforeTheWindow() {
    assertBadInput(
        () -> Appeal.file(finalOfPublishedYear(), " ", null, false, "chengguan", AFTER),
        "text.required");
  }

  @Test
  void oneAppealAtATime() {
    assertConflict(
        () -> Appeal.file(finalOfPublishedYear(), "理由", null, true, "chengguan", INSIDE),
        "appeal.pending");
  }

  @ParameterizedTest
  @EnumSource(value = AssessmentState.class, names = "FINAL", mode = EnumSource.Mode.EXCLUDE)
  void anAssessmentBeingReScoredIsNotAppealedAgain(AssessmentState state) {
    AssessmentCycle cycle = YearFixture.cycle(CycleState.CLOSED);
    cycle.publish(PUBLISHED, WorkingCalendar.WEEKENDS_ONLY);
    UnitAssessment assessment =
        YearFixture.assessment(cycle, YearFixture.unit(UnitGroup.TOWN), state);

    assertConflict(
        () -> Appeal.file(assessment, "理由", null, false, "chengguan", INSIDE), "appeal.pending");
  }

  @Test
  void acceptingReOpensTheAssessment() {
    Appeal appeal = filed();

    appeal.accept("admin", "请评估组复核第5项", INSIDE.plusHours(2));

    assertThat(appeal.getState()).isEqualTo(AppealState.ACCEPTED);
    assertThat(appeal.getDecidedBy()).isEqualTo("admin");
    assertThat(appeal.getDecidedAt()).isEqualTo(INSIDE.plusHours(2));
    assertThat(appeal.getDecisionReason()).isEqualTo("请评估组复核第5项");
    assertThat(appeal.getAssessment().getState()).isEqualTo(AssessmentState.APPEALED);
    assertThat(appeal.getAssessment().isReopenedByAppeal()).isTrue();
    assertThat(appeal.isSettled()).as("not final again yet").isFalse();
  }

  @Test
  void acceptingNeedsNoNote() {
    Appeal appeal = filed();

    appeal.accept("admin", "  ", INSIDE);

    assertThat(appeal.getDecisionReason()).isNull();
    assertThat(appeal.getState()).isEqualTo(AppealState.ACCEPTED);
  }

  @Test
  void anAcceptedAppealIsSettledOnceTheAssessmentIsFinalAgain() {
    Appeal appeal = filed();
    appeal.accept("admin", null, INSIDE);
    UnitAssessment assessment = appeal.getAssessment();

    assessment.scoreSaved();
    assessment.markScored(0, "assessor1", INSIDE);
    assessment.approve("approver1", List.of("assessor1"), INSIDE);
    assertThat(appeal.isSettled()).isFalse();
    assessment.finalAgain();

    assertThat(appeal.isSettled()).isTrue();
    assertThat(assessment.getState()).isEqualTo(AssessmentState.FINAL);
  }

  @Test
  void rejectingKeepsTheResultAndSettles() {
    Appeal appeal = filed();

    appeal.reject("admin", "扣分依据充分", INSIDE);

    assertThat(appeal.getState()).isEqualTo(AppealState.REJECTED);
    assertThat(appeal.getDecisionReason()).isEqualTo("扣分依据充分");
    assertThat(appeal.getDecidedBy()).isEqualTo("admin");
    assertThat(appeal.getAssessment().getState()).isEqualTo(AssessmentState.FINAL);
    assertThat(appeal.isSettled()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void rejectingNeedsAReason(String why) {
    Appeal appeal = filed();

    assertBadInput(() -> appeal.reject("admin", why, INSIDE), "text.required");
    assertThat(appeal.getState()).isEqualTo(AppealState.FILED);
    assertThat(appeal.getDecidedBy()).isNull();
  }

  @Test
  void decidedOnce() {
    Appeal accepted = filed();
    accepted.accept("admin", null, INSIDE);
    Appeal rejected = filed();
    rejected.reject("admin", "不成立", INSIDE);

    assertConflict(() -> accepted.accept("admin", null, INSIDE), "appeal.decided");
    assertConflict(() -> accepted.reject("admin", "不成立", INSIDE), "appeal.decided");
    assertConflict(() -> rejected.accept("admin", null, INSIDE), "appeal.decided");
    assertConflict(() -> rejected.reject("admin", "不成立", INSIDE), "appeal.decided");
    assertThat(rejected.getAssessment().getState()).isEqualTo(AssessmentState.FINAL);
  }

  @Test
  void decisionsMayComeAfterTheWindowButNotAfterTheArchive() {
    Appeal late = filed();
    late.reject("admin", "不成立", AFTER);
    assertThat(late.getState()).isEqualTo(AppealState.REJECTED);

    Appeal archived = filed();
    YearFixture.set(archived.getAssessment().getCycle(), "state", CycleState.ARCHIVED);
    assertConflict(() -> archived.accept("admin", null, AFTER), "cycle.wrongState");
    assertConflict(() -> archived.reject("admin", "不成立", AFTER), "cycle.wrongState");
    assertThat(archived.getState()).isEqualTo(AppealState.FILED);
  }

  private static StoredFile pdf() {
    return new StoredFile("ab".repeat(32), 1024, EvidenceType.PDF, INSIDE);
  }

  @Test
  void aFiledAppealTakesEvidenceFilesInsideTheWindow() {
    Appeal appeal = filed();

    Evidence first = Evidence.forAppeal(appeal, pdf(), "会议纪要.pdf", "chengguan", INSIDE);
    Evidence second =
        Evidence.forAppeal(appeal, pdf(), "../截图.pdf", "chengguan", PUBLISHED.plusDays(7));

    assertThat(appeal.getFiles()).containsExactly(first, second);
    assertThat(first.getAppeal()).isSameAs(appeal);
    assertThat(first.getAssessment()).isSameAs(appeal.getAssessment());
    assertThat(first.getItem()).isNull();
    assertThat(first.getOccurrence()).isNull();
    assertThat(second.getFileName()).as("a name, never a path").isEqualTo("截图.pdf");
  }

  @Test
  void noEvidenceAfterTheWindow() {
    Appeal appeal = filed();

    assertConflict(
        () -> Evidence.forAppeal(appeal, pdf(), "x.pdf", "chengguan", AFTER),
        "appeal.windowClosed");
    assertThat(appeal.getFiles()).isEmpty();
  }

  @Test
  void noEvidenceOnceDecided() {
    Appeal rejected = filed();
    rejected.reject("admin", "不成立", INSIDE);
    Appeal accepted = filed();
    accepted.accept("admin", null, INSIDE);

    assertConflict(
        () -> Evidence.forAppeal(rejected, pdf(), "x.pdf", "chengguan", INSIDE),
        "appeal.evidenceClosed");
    assertConflict(
        () -> Evidence.forAppeal(accepted, pdf(), "x.pdf", "chengguan", INSIDE),
        "appeal.evidenceClosed");
    assertThat(rejected.getFiles()).isEmpty();
    assertThat(accepted.getFiles()).isEmpty();
  }

  @Test
  void noEvidenceOnceArchived() {
    Appeal appeal = filed();
    YearFixture.set(appeal.getAssessment().getCycle(), "state", CycleState.ARCHIVED);

    assertConflict(
        () -> Evidence.forAppeal(appeal, pdf(), "x.pdf", "chengguan", INSIDE), "cycle.wrongState");
  }
}
