package cn.zwgk.assessment.domain.assessment;

import static cn.zwgk.assessment.domain.RefusalAssert.assertBadInput;
import static cn.zwgk.assessment.domain.RefusalAssert.assertConflict;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.assessment.domain.YearFixture;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.cycle.CycleState;
import cn.zwgk.assessment.domain.cycle.CycleTemplate;
import cn.zwgk.assessment.domain.indicator.ItemKind;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ItemEntryTest {

  private static final String ASSESSOR = "assessor1";

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  /** An entry on a BASE item worth 2 (or the given points) of an assessment in the given state. */
  private static ItemEntry entry(AssessmentState state, String points) {
    AssessmentCycle cycle = YearFixture.cycle(CycleState.OPEN);
    CycleTemplate template = YearFixture.template(cycle, UnitGroup.TOWN);
    CycleItem item = YearFixture.item(template, ItemKind.BASE, points, "主动公开", "及时公开政策文件");
    UnitAssessment assessment =
        YearFixture.assessment(cycle, YearFixture.unit(UnitGroup.TOWN), state);
    return new ItemEntry(assessment, item);
  }

  private static ItemEntry entry(AssessmentState state) {
    return entry(state, "2");
  }

  @ParameterizedTest
  @EnumSource(value = ItemKind.class, names = "BASE", mode = EnumSource.Mode.EXCLUDE)
  void onlyBaseItemsHaveEntries(ItemKind kind) {
    AssessmentCycle cycle = YearFixture.cycle(CycleState.OPEN);
    CycleItem item = YearFixture.item(YearFixture.template(cycle, UnitGroup.TOWN), kind, "1");
    UnitAssessment assessment =
        YearFixture.assessment(
            cycle, YearFixture.unit(UnitGroup.TOWN), AssessmentState.NOT_STARTED);

    assertBadInput(() -> new ItemEntry(assessment, item), "entry.notScored");
  }

  @Test
  void aNewEntryIsEmpty() {
    ItemEntry entry = entry(AssessmentState.NOT_STARTED);

    assertThat(entry.getItem().getKind()).isEqualTo(ItemKind.BASE);
    assertThat(entry.getSelfScore()).isNull();
    assertThat(entry.getRemark()).isNull();
    assertThat(entry.getScore()).isNull();
    assertThat(entry.getReason()).isNull();
    assertThat(entry.getScoredBy()).isNull();
  }

  @ParameterizedTest(name = "{0} of {1} → {2}")
  @CsvSource({
    "0, 2, 0.00",
    "0.0, 2, 0.00",
    "0.5, 2, 0.50",
    "1, 2, 1.00",
    "1.5, 2, 1.50",
    "1.500, 2, 1.50",
    "1.50000, 2, 1.50",
    "2, 2, 2.00",
    "2.00, 2, 2.00",
    "2.000, 2, 2.00",
    "7.5, 7.5, 7.50",
    "20, 20, 20.00",
    "1E+1, 20, 10.00",
    "0, 0, 0.00",
  })
  void selfScoresFromZeroToThePointsInHalfSteps(String score, String points, String stored) {
    ItemEntry entry = entry(AssessmentState.SELF_ASSESSING, points);

    entry.setSelf(dec(score), null);

    assertThat(entry.getSelfScore()).isEqualTo(dec(stored));
    assertThat(entry.getSelfScore().scale()).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0} of {1}")
  @CsvSource({
    "-0.5, 2",
    "-1, 2",
    "2.5, 2",
    "3, 2",
    "0.25, 2",
    "1.75, 2",
    "0.1, 2",
    "1.501, 2",
    "8, 7.5",
    "0.5, 0",
  })
  void selfScoresOffTheScaleAreRefused(String score, String points) {
    ItemEntry entry = entry(AssessmentState.SELF_ASSESSING, points);

    assertBadInput(() -> entry.setSelf(dec(score), "说明"), "entry.scoreRange");
    assertThat(entry.getSelfScore()).isNull();
    assertThat(entry.getRemark()).isNull();
  }

  @ParameterizedTest
  @NullSource
  void aMissingSelfScoreIsRefused(BigDecimal score) {
    ItemEntry entry = entry(AssessmentState.SELF_ASSESSING);

    assertBadInput(() -> entry.setSelf(score, "说明"), "entry.scoreRange");
  }

  @Test
  void theFirstSelfScoreStartsTheSelfAssessment() {
    ItemEntry entry = entry(AssessmentState.NOT_STARTED);

    entry.setSelf(dec("1.5"), null);

    assertThat(entry.getAssessment().getState()).isEqualTo(AssessmentState.SELF_ASSESSING);
  }

  @ParameterizedTest
  @EnumSource(
      value = AssessmentState.class,
      names = {"SELF_ASSESSING", "RETURNED"})
  void furtherSelfScoresKeepTheState(AssessmentState state) {
    ItemEntry entry = entry(state);

    entry.setSelf(dec("1"), null);
    entry.setSelf(dec("2"), "改为满分");

    assertThat(entry.getAssessment().getState()).isEqualTo(state);
    assertThat(entry.getSelfScore()).isEqualTo(dec("2.00"));
    assertThat(entry.getRemark()).isEqualTo("改为满分");
  }

  @ParameterizedTest
  @EnumSource(
      value = AssessmentState.class,
      names = {"NOT_STARTED", "SELF_ASSESSING", "RETURNED"},
      mode = EnumSource.Mode.EXCLUDE)
  void selfScoresAreRefusedOnceHandedIn(AssessmentState state) {
    ItemEntry entry = entry(state);

    assertConflict(() -> entry.setSelf(dec("1"), "说明"), "assessment.wrongState");
    assertThat(entry.getSelfScore()).isNull();
    assertThat(entry.getRemark()).isNull();
    assertThat(entry.getAssessment().getState()).isEqualTo(state);
  }

  @Test
  void selfScoresAreRefusedWhileTheCycleIsNotOpen() {
    AssessmentCycle cycle = YearFixture.cycle(CycleState.CLOSED);
    CycleItem item =
        YearFixture.item(YearFixture.template(cycle, UnitGroup.TOWN), ItemKind.BASE, "2");
    UnitAssessment assessment =
        YearFixture.assessment(
            cycle, YearFixture.unit(UnitGroup.TOWN), AssessmentState.NOT_STARTED);
    ItemEntry entry = new ItemEntry(assessment, item);

    assertConflict(() -> entry.setSelf(dec("1"), null), "cycle.wrongState");
    assertThat(entry.getSelfScore()).isNull();
  }

  @Test
  void aBadValueIsReportedBeforeTheWrongState() {
    ItemEntry entry = entry(AssessmentState.APPROVED);

    assertBadInput(() -> entry.setSelf(dec("9"), null), "entry.scoreRange");
    assertBadInput(() -> entry.setSelf(dec("1"), "a\u0007b"), "text.controlCharacters");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "已在政府网站“政务公开”专栏发布",
        "第一行\n第二行\r\n第三行",
        "列1\t列2",
        "完成 😀👍🏽",
        "<script>alert('x')</script>",
        "他说：\"好的\"，'单引号'；【括号】《书名》……——",
        "  前后有空格  ",
        "a & b < c > d",
        "\\ backslash % _ ${x}",
      })
  void remarksAreKeptExactly(String remark) {
    ItemEntry entry = entry(AssessmentState.SELF_ASSESSING);

    entry.setSelf(dec("2"), remark);

    assertThat(entry.getRemark()).isEqualTo(remark);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n"})
  void aBlankRemarkIsNoRemark(String remark) {
    ItemEntry entry = entry(AssessmentState.SELF_ASSESSING);
    entry.setSelf(dec("1"), "旧说明");

    entry.setSelf(dec("2"), remark);

    assertThat(entry.getRemark()).isNull();
    assertThat(entry.getSelfScore()).isEqualTo(dec("2.00"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "\u0007", "x\u001by", "\u007f", "abc\u0085", "\u009f", "\b"})
  void remarksWithControlCharactersAreRefused(String remark) {
    ItemEntry entry = entry(AssessmentState.SELF_ASSESSING);
    entry.setSelf(dec("1"), "旧说明");

    assertBadInput(() -> entry.setSelf(dec("2"), remark), "text.controlCharacters");
    assertThat(entry.getSelfScore()).isEqualTo(dec("1.00"));
    assertThat(entry.getRemark()).isEqualTo("旧说明");
  }

  @Test
  void remarksUpToTheLimitAreAccepted() {
    ItemEntry entry = entry(AssessmentState.SELF_ASSESSING);
    String remark = "说".repeat(ItemEntry.MAX_TEXT_LENGTH);

    entry.setSelf(dec("2"), remark);

    assertThat(entry.getRemark()).isEqualTo(remark);
  }

  @Test
  void overlongRemarksAreRefused() {
    ItemEntry entry = entry(AssessmentState.SELF_ASSESSING);

    assertBadInput(() -> entry.setSelf(dec("2"), "说".repeat(2001)), "text.tooLong");
    assertThat(entry.getSelfScore()).isNull();
  }

  @Test
  void aRefusedSelfScoreDoesNotStartTheSelfAssessment() {
    ItemEntry entry = entry(AssessmentState.NOT_STARTED);

    assertBadInput(() -> entry.setSelf(dec("0.25"), null), "entry.scoreRange");
    assertBadInput(() -> entry.setSelf(dec("1"), "\u0000"), "text.controlCharacters");

    assertThat(entry.getAssessment().getState()).isEqualTo(AssessmentState.NOT_STARTED);
  }

  @ParameterizedTest(name = "{0} of {1}")
  @CsvSource({"2, 2", "2.00, 2", "5, 5", "0, 0"})
  void fullMarksNeedNoReason(String score, String points) {
    ItemEntry entry = entry(AssessmentState.SUBMITTED, points);

    entry.setScore(dec(score), null, ASSESSOR);

    assertThat(entry.getScore()).isEqualByComparingTo(points);
    assertThat(entry.getScore().scale()).isEqualTo(2);
    assertThat(entry.getReason()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.5", "1", "1.5"})
  void belowFullMarksAReasonIsRequired(String score) {
    ItemEntry entry = entry(AssessmentState.SUBMITTED);

    assertBadInput(() -> entry.setScore(dec(score), null, ASSESSOR), "entry.reasonRequired");
    assertBadInput(() -> entry.setScore(dec(score), "", ASSESSOR), "entry.reasonRequired");
    assertBadInput(() -> entry.setScore(dec(score), " \n ", ASSESSOR), "entry.reasonRequired");
    assertThat(entry.getScore()).isNull();
    assertThat(entry.getScoredBy()).isNull();
    assertThat(entry.getAssessment().getState()).isEqualTo(AssessmentState.SUBMITTED);
  }

  @Test
  void aDeductionIsRecordedWithItsReason() {
    ItemEntry entry = entry(AssessmentState.SUBMITTED);

    entry.setScore(dec("1.500"), "未按时更新栏目", ASSESSOR);

    assertThat(entry.getScore()).isEqualTo(dec("1.50"));
    assertThat(entry.getReason()).isEqualTo("未按时更新栏目");
    assertThat(entry.getScoredBy()).isEqualTo(ASSESSOR);
  }

  @Test
  void fullMarksKeepAReasonThatIsGiven() {
    ItemEntry entry = entry(AssessmentState.SCORING);

    entry.setScore(dec("2"), "材料齐全", ASSESSOR);

    assertThat(entry.getReason()).isEqualTo("材料齐全");
  }

  @Test
  void theFirstScoreStartsTheScoring() {
    ItemEntry entry = entry(AssessmentState.SUBMITTED);

    entry.setScore(dec("2"), null, ASSESSOR);

    assertThat(entry.getAssessment().getState()).isEqualTo(AssessmentState.SCORING);
    assertThat(entry.getScoredBy()).isEqualTo(ASSESSOR);
  }

  @Test
  void aLaterScoreReplacesTheEarlierOne() {
    ItemEntry entry = entry(AssessmentState.SCORING);
    entry.setScore(dec("1"), "缺少截图", "assessor1");

    entry.setScore(dec("2"), null, "assessor2");

    assertThat(entry.getScore()).isEqualTo(dec("2.00"));
    assertThat(entry.getReason()).isNull();
    assertThat(entry.getScoredBy()).isEqualTo("assessor2");
    assertThat(entry.getAssessment().getState()).isEqualTo(AssessmentState.SCORING);
  }

  @ParameterizedTest
  @CsvSource({"-0.5", "2.5", "0.25", "1.01"})
  void scoresOffTheScaleAreRefused(String score) {
    ItemEntry entry = entry(AssessmentState.SCORING);
    entry.setScore(dec("1"), "旧理由", ASSESSOR);

    assertBadInput(() -> entry.setScore(dec(score), "理由", "assessor2"), "entry.scoreRange");
    assertBadInput(() -> entry.setScore(null, "理由", "assessor2"), "entry.scoreRange");
    assertThat(entry.getScore()).isEqualTo(dec("1.00"));
    assertThat(entry.getReason()).isEqualTo("旧理由");
    assertThat(entry.getScoredBy()).isEqualTo(ASSESSOR);
  }

  @ParameterizedTest
  @EnumSource(
      value = AssessmentState.class,
      names = {"SUBMITTED", "SCORING"},
      mode = EnumSource.Mode.EXCLUDE)
  void scoresAreRefusedOutsideScoring(AssessmentState state) {
    ItemEntry entry = entry(state);

    assertConflict(() -> entry.setScore(dec("2"), null, ASSESSOR), "assessment.wrongState");
    assertThat(entry.getScore()).isNull();
    assertThat(entry.getScoredBy()).isNull();
    assertThat(entry.getAssessment().getState()).isEqualTo(state);
  }

  @Test
  void aMissingReasonIsReportedBeforeTheWrongState() {
    ItemEntry entry = entry(AssessmentState.APPROVED);

    assertBadInput(() -> entry.setScore(dec("1"), null, ASSESSOR), "entry.reasonRequired");
    assertBadInput(() -> entry.setScore(dec("1"), "x".repeat(2001), ASSESSOR), "text.tooLong");
  }

  @Test
  void reasonsWithControlCharactersAreRefused() {
    ItemEntry entry = entry(AssessmentState.SUBMITTED);

    assertBadInput(() -> entry.setScore(dec("1"), "理由\u0000", ASSESSOR), "text.controlCharacters");
    assertThat(entry.getScore()).isNull();
    assertThat(entry.getAssessment().getState()).isEqualTo(AssessmentState.SUBMITTED);
  }

  @Test
  void reasonsAreKeptExactly() {
    ItemEntry entry = entry(AssessmentState.SUBMITTED);
    String reason = "扣0.5分：\n1. 未公开“预算”；\t<b>2.</b> 😀";

    entry.setScore(dec("1.5"), reason, ASSESSOR);

    assertThat(entry.getReason()).isEqualTo(reason);
  }

  @Test
  void scoringDoesNotTouchTheSelfAssessment() {
    ItemEntry entry = entry(AssessmentState.SELF_ASSESSING);
    entry.setSelf(dec("2"), "自评满分");
    entry.getAssessment().submit(0, YearFixture.NOW);

    entry.setScore(dec("1"), "缺少截图", ASSESSOR);

    assertThat(entry.getSelfScore()).isEqualTo(dec("2.00"));
    assertThat(entry.getRemark()).isEqualTo("自评满分");
    assertThat(entry.getScore()).isEqualTo(dec("1.00"));
  }
}
