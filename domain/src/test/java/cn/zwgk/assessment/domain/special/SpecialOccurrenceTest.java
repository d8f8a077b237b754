package cn.zwgk.assessment.domain.special;

import static cn.zwgk.assessment.domain.RefusalAssert.assertBadInput;
import static cn.zwgk.assessment.domain.RefusalAssert.assertConflict;
import static cn.zwgk.assessment.domain.RefusalAssert.assertForbidden;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.assessment.domain.YearFixture;
import cn.zwgk.assessment.domain.assessment.AssessmentState;
import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.cycle.CycleState;
import cn.zwgk.assessment.domain.cycle.CycleTemplate;
import cn.zwgk.assessment.domain.indicator.ItemKind;
import cn.zwgk.assessment.domain.scoring.Occurrence;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpecialOccurrenceTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 15, 10, 0);
  private static final LocalDate TODAY = NOW.toLocalDate();
  private static final String RECORDER = "assessor1";
  private static final String APPROVER = "approver1";

  private AssessmentCycle cycle;
  private CycleTemplate towns;
  private CycleTemplate departments;
  private UnitAssessment assessment;
  private CycleItem bonus;
  private CycleItem penalty;

  @BeforeEach
  void setUp() {
    cycle = YearFixture.cycle(2026, CycleState.OPEN);
    towns = YearFixture.template(cycle, UnitGroup.TOWN);
    departments = YearFixture.template(cycle, UnitGroup.DEPARTMENT);
    assessment =
        YearFixture.assessment(cycle, YearFixture.unit(UnitGroup.TOWN), AssessmentState.SCORING);
    bonus = YearFixture.item(towns, ItemKind.BONUS, "1", "特别加分项", "获得上级表彰");
    penalty = YearFixture.item(towns, ItemKind.PENALTY, "0.5", "特别减分项", "不按要求接受培训");
  }

  private SpecialOccurrence record(CycleItem item, LocalDate date, String description) {
    return new SpecialOccurrence(assessment, item, date, description, RECORDER, NOW);
  }

  private SpecialOccurrence recorded() {
    return record(bonus, TODAY.minusDays(10), "获市级政务公开先进单位表彰");
  }

  @Test
  void recordsABonusOccurrence() {
    SpecialOccurrence occurrence = record(bonus, LocalDate.of(2026, 3, 8), "获市级表彰");

    assertThat(occurrence.getAssessment()).isSameAs(assessment);
    assertThat(occurrence.getItem()).isSameAs(bonus);
    assertThat(occurrence.getOccurredOn()).isEqualTo(LocalDate.of(2026, 3, 8));
    assertThat(occurrence.getDescription()).isEqualTo("获市级表彰");
    assertThat(occurrence.getRecordedBy()).isEqualTo(RECORDER);
    assertThat(occurrence.getRecordedAt()).isEqualTo(NOW);
    assertThat(occurrence.getDecision()).isEqualTo(Decision.PENDING);
    assertThat(occurrence.isPending()).isTrue();
    assertThat(occurrence.isApproved()).isFalse();
    assertThat(occurrence.getDecidedBy()).isNull();
    assertThat(occurrence.getDecidedAt()).isNull();
  }

  @Test
  void recordsAPenaltyOccurrence() {
    SpecialOccurrence occurrence = record(penalty, TODAY, "未参加5月培训");

    assertThat(occurrence.getItem().getKind()).isEqualTo(ItemKind.PENALTY);
    assertThat(occurrence.getOccurredOn()).isEqualTo(TODAY);
  }

  @ParameterizedTest
  @EnumSource(
      value = ItemKind.class,
      names = {"BASE", "CROSS_REF", "ZERO_OUT"})
  void onlyBonusAndPenaltyItemsHaveOccurrences(ItemKind kind) {
    CycleItem item = YearFixture.item(towns, kind, "0");

    assertBadInput(() -> record(item, TODAY, "说明"), "special.notSpecial");
  }

  @Test
  void anItemOfTheOtherGroupsTableIsRefused() {
    CycleItem departmentBonus = YearFixture.item(departments, ItemKind.BONUS, "1");

    assertBadInput(() -> record(departmentBonus, TODAY, "说明"), "special.otherTable");
  }

  @Test
  void anItemOfAnotherCycleIsRefused() {
    AssessmentCycle lastYear = YearFixture.cycle(2025, CycleState.CLOSED);
    CycleItem oldBonus =
        YearFixture.item(YearFixture.template(lastYear, UnitGroup.TOWN), ItemKind.BONUS, "1");

    assertBadInput(() -> record(oldBonus, TODAY, "说明"), "special.otherTable");
  }

  @Test
  void aDepartmentTakesItsOwnTablesItems() {
    UnitAssessment departmentAssessment =
        YearFixture.assessment(
            cycle, YearFixture.unit(UnitGroup.DEPARTMENT), AssessmentState.SUBMITTED);
    CycleItem departmentPenalty = YearFixture.item(departments, ItemKind.PENALTY, "1");

    SpecialOccurrence occurrence =
        new SpecialOccurrence(
            departmentAssessment, departmentPenalty, TODAY, "舆情处置不及时", RECORDER, NOW);

    assertThat(occurrence.getItem()).isSameAs(departmentPenalty);
    assertBadInput(
        () -> new SpecialOccurrence(departmentAssessment, bonus, TODAY, "说明", RECORDER, NOW),
        "special.otherTable");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-01-01", "2026-02-28", "2026-06-14", "2026-06-15"})
  void datesWithinTheYearUpToTodayAreAccepted(String date) {
    SpecialOccurrence occurrence = record(bonus, LocalDate.parse(date), "说明");

    assertThat(occurrence.getOccurredOn()).isEqualTo(LocalDate.parse(date));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-12-31",
        "2025-06-15",
        "2026-06-16",
        "2026-12-31",
        "2027-01-01",
        "2000-01-01"
      })
  void datesOutsideTheYearOrInTheFutureAreRefused(String date) {
    assertBadInput(() -> record(bonus, LocalDate.parse(date), "说明"), "special.date");
  }

  @Test
  void aMissingDateIsRefused() {
    assertBadInput(() -> record(penalty, null, "说明"), "special.date");
  }

  @Test
  void afterTheYearEveryDayOfTheYearIsAccepted() {
    LocalDateTime nextFebruary = LocalDateTime.of(2027, 2, 1, 9, 0);

    SpecialOccurrence occurrence =
        new SpecialOccurrence(
            assessment, bonus, LocalDate.of(2026, 12, 31), "年底获奖", RECORDER, nextFebruary);

    assertThat(occurrence.getOccurredOn()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertBadInput(
        () ->
            new SpecialOccurrence(
                assessment, bonus, LocalDate.of(2027, 1, 5), "说明", RECORDER, nextFebruary),
        "special.date");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\t"})
  void aDescriptionIsRequired(String description) {
    assertBadInput(() -> record(bonus, TODAY, description), "text.required");
    assertBadInput(() -> record(bonus, TODAY, null), "text.required");
  }

  @Test
  void theDescriptionHasLimits() {
    assertBadInput(() -> record(bonus, TODAY, "述".repeat(2001)), "text.tooLong");
    assertBadInput(() -> record(bonus, TODAY, "述\u0000"), "text.controlCharacters");
    assertThat(record(bonus, TODAY, "述".repeat(2000)).getDescription()).hasSize(2000);
  }

  @Test
  void theDescriptionIsKeptExactly() {
    String description = "获“先进单位”称号；\n文号：孟政〔2026〕5号 <a href=x>链接</a> 🏆";

    assertThat(record(bonus, TODAY, description).getDescription()).isEqualTo(description);
  }

  @Test
  void theRecorderCannotApprove() {
    SpecialOccurrence occurrence = recorded();

    assertForbidden(() -> occurrence.approve(RECORDER, NOW), "special.ownRecord");
    assertThat(occurrence.isPending()).isTrue();
  }

  @Test
  void theRecorderCannotReject() {
    SpecialOccurrence occurrence = recorded();

    assertForbidden(() -> occurrence.reject(RECORDER, "不成立", NOW), "special.ownRecord");
    assertThat(occurrence.isPending()).isTrue();
    assertThat(occurrence.getDecisionReason()).isNull();
  }

  @Test
  void anotherPersonApproves() {
    SpecialOccurrence occurrence = recorded();

    occurrence.approve(APPROVER, NOW.plusDays(1));

    assertThat(occurrence.getDecision()).isEqualTo(Decision.APPROVED);
    assertThat(occurrence.isApproved()).isTrue();
    assertThat(occurrence.isPending()).isFalse();
    assertThat(occurrence.getDecidedBy()).isEqualTo(APPROVER);
    assertThat(occurrence.getDecidedAt()).isEqualTo(NOW.plusDays(1));
    assertThat(occurrence.getDecisionReason()).isNull();
  }

  @Test
  void anotherPersonRejectsWithAReason() {
    SpecialOccurrence occurrence = recorded();

    occurrence.reject(APPROVER, "表彰文件不属于本年度", NOW.plusDays(1));

    assertThat(occurrence.getDecision()).isEqualTo(Decision.REJECTED);
    assertThat(occurrence.isApproved()).isFalse();
    assertThat(occurrence.isPending()).isFalse();
    assertThat(occurrence.getDecidedBy()).isEqualTo(APPROVER);
    assertThat(occurrence.getDecisionReason()).isEqualTo("表彰文件不属于本年度");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "\n"})
  void aRejectionNeedsAReason(String reason) {
    SpecialOccurrence occurrence = recorded();

    assertBadInput(() -> occurrence.reject(APPROVER, reason, NOW), "text.required");
    assertBadInput(() -> occurrence.reject(APPROVER, null, NOW), "text.required");
    assertBadInput(() -> occurrence.reject(APPROVER, "x".repeat(2001), NOW), "text.tooLong");
    assertThat(occurrence.isPending()).isTrue();
    assertThat(occurrence.getDecidedBy()).isNull();
  }

  @Test
  void aSecondApprovalIsRefused() {
    SpecialOccurrence occurrence = recorded();
    occurrence.approve(APPROVER, NOW);

    assertConflict(() -> occurrence.approve("approver2", NOW), "special.decided");
    assertConflict(() -> occurrence.approve(APPROVER, NOW), "special.decided");
    assertThat(occurrence.getDecidedBy()).isEqualTo(APPROVER);
  }

  @Test
  void aRejectionAfterAnApprovalIsRefused() {
    SpecialOccurrence occurrence = recorded();
    occurrence.approve(APPROVER, NOW);

    assertConflict(() -> occurrence.reject("approver2", "改判", NOW), "special.decided");
    assertThat(occurrence.isApproved()).isTrue();
    assertThat(occurrence.getDecisionReason()).isNull();
  }

  @Test
  void anApprovalAfterARejectionIsRefused() {
    SpecialOccurrence occurrence = recorded();
    occurrence.reject(APPROVER, "不成立", NOW);

    assertConflict(() -> occurrence.approve("approver2", NOW.plusHours(1)), "special.decided");
    assertThat(occurrence.getDecision()).isEqualTo(Decision.REJECTED);
    assertThat(occurrence.getDecidedAt()).isEqualTo(NOW);
  }

  @Test
  void asOccurrenceCarriesTheItem() {
    SpecialOccurrence occurrence = record(penalty, TODAY, "未参加培训");

    Occurrence counted = occurrence.asOccurrence();

    assertThat(counted.itemId()).isEqualTo(penalty.getId());
    assertThat(counted.kind()).isEqualTo(ItemKind.PENALTY);
    assertThat(counted.points()).isEqualTo(new BigDecimal("0.5"));
  }

  @Test
  void asOccurrenceOfABonus() {
    Occurrence counted = recorded().asOccurrence();

    assertThat(counted)
        .isEqualTo(new Occurrence(bonus.getId(), ItemKind.BONUS, new BigDecimal("1")));
  }
}
