package cn.zwgk.assessment.domain.cycle;

import static cn.zwgk.assessment.domain.RefusalAssert.assertBadInput;
import static cn.zwgk.assessment.domain.RefusalAssert.assertConflict;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.assessment.domain.YearFixture;
import cn.zwgk.assessment.domain.indicator.ItemKind;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CycleItemTest {

  private static CycleItem item(ItemKind kind, String points) {
    return item(CycleState.DRAFT, kind, points);
  }

  private static CycleItem item(CycleState state, ItemKind kind, String points) {
    CycleTemplate template = YearFixture.template(YearFixture.cycle(state), UnitGroup.TOWN);
    return YearFixture.item(template, kind, points);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "0, 0.00",
    "0.5, 0.50",
    "1, 1.00",
    "2.5, 2.50",
    "2.50, 2.50",
    "10, 10.00",
    "99.5, 99.50",
    "100, 100.00",
    "100.00, 100.00",
  })
  void baseItemsTakeZeroToHundredInHalfSteps(String points, String stored) {
    CycleItem item = item(ItemKind.BASE, "2");

    item.changePoints(new BigDecimal(points));

    assertThat(item.getPoints()).isEqualTo(new BigDecimal(stored));
    assertThat(item.getPoints().scale()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"100.5", "101", "-0.5", "-1", "1.25", "0.1", "2.75", "0.05", "1000"})
  void baseItemsRefuseOtherPoints(String points) {
    CycleItem item = item(ItemKind.BASE, "2");

    assertBadInput(() -> item.changePoints(new BigDecimal(points)), "points.invalid");
    assertThat(item.getPoints()).isEqualByComparingTo("2");
  }

  @ParameterizedTest
  @EnumSource(ItemKind.class)
  void nullPointsAreRefused(ItemKind kind) {
    CycleItem item = item(kind, "1");
    boolean carriesNone = kind == ItemKind.CROSS_REF || kind == ItemKind.ZERO_OUT;

    assertBadInput(() -> item.changePoints(null), carriesNone ? "points.none" : "points.invalid");
    assertThat(item.getPoints()).isEqualByComparingTo("1");
  }

  @ParameterizedTest
  @CsvSource({
    "CROSS_REF, 0",
    "CROSS_REF, 0.5",
    "CROSS_REF, 1",
    "CROSS_REF, 100",
    "ZERO_OUT, 0",
    "ZERO_OUT, 0.5",
    "ZERO_OUT, 5",
    "ZERO_OUT, 100",
  })
  void crossReferencesAndZeroOutsCarryNoPoints(ItemKind kind, String points) {
    CycleItem item = item(kind, "0");

    assertBadInput(() -> item.changePoints(new BigDecimal(points)), "points.none");
    assertThat(item.getPoints()).isEqualByComparingTo("0");
  }

  @ParameterizedTest
  @EnumSource(
      value = ItemKind.class,
      names = {"BONUS", "PENALTY"})
  void specialItemsRefuseZero(ItemKind kind) {
    CycleItem item = item(kind, "1");

    assertBadInput(() -> item.changePoints(BigDecimal.ZERO), "points.specialZero");
    assertBadInput(() -> item.changePoints(new BigDecimal("0.00")), "points.specialZero");
    assertThat(item.getPoints()).isEqualByComparingTo("1");
  }

  @ParameterizedTest
  @CsvSource({
    "BONUS, 0.5, 0.50",
    "BONUS, 1, 1.00",
    "BONUS, 3, 3.00",
    "BONUS, 100, 100.00",
    "PENALTY, 0.5, 0.50",
    "PENALTY, 1, 1.00",
    "PENALTY, 2.5, 2.50",
  })
  void specialItemsTakeTheValueOfOneOccurrence(ItemKind kind, String points, String stored) {
    CycleItem item = item(kind, "1");

    item.changePoints(new BigDecimal(points));

    assertThat(item.getPoints()).isEqualTo(new BigDecimal(stored));
  }

  @ParameterizedTest
  @CsvSource({
    "BONUS, -0.5",
    "BONUS, 0.25",
    "BONUS, 100.5",
    "PENALTY, -1",
    "PENALTY, 0.75",
    "PENALTY, 101",
  })
  void specialItemsRefuseValuesOffTheScale(ItemKind kind, String points) {
    CycleItem item = item(kind, "1");

    assertBadInput(() -> item.changePoints(new BigDecimal(points)), "points.invalid");
    assertThat(item.getPoints()).isEqualByComparingTo("1");
  }

  @ParameterizedTest
  @EnumSource(value = CycleState.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
  void pointsChangeOnlyWhileTheCycleIsADraft(CycleState state) {
    CycleItem base = item(state, ItemKind.BASE, "2");
    CycleItem bonus = item(state, ItemKind.BONUS, "1");

    assertConflict(() -> base.changePoints(new BigDecimal("3")), "cycle.wrongState");
    assertConflict(() -> bonus.changePoints(new BigDecimal("2")), "cycle.wrongState");
    assertThat(base.getPoints()).isEqualByComparingTo("2");
    assertThat(bonus.getPoints()).isEqualByComparingTo("1");
  }

  @Test
  void theValueIsCheckedBeforeTheCycleState() {
    // API.md: where several refusals apply, bad input (400) comes before a wrong state (409).
    CycleItem item = item(CycleState.OPEN, ItemKind.BASE, "2");

    assertBadInput(() -> item.changePoints(new BigDecimal("-7")), "points.invalid");
    assertBadInput(() -> item.changePoints(null), "points.invalid");
    assertConflict(() -> item.changePoints(new BigDecimal("3")), "cycle.wrongState");
  }

  @Test
  void pointsWithMoreDecimalZerosAreNormalized() {
    CycleItem item = item(ItemKind.BASE, "2");

    item.changePoints(new BigDecimal("1.500"));

    assertThat(item.getPoints()).isEqualTo(new BigDecimal("1.50"));
  }

  @Test
  void anOpenedCycleFreezesThePoints() {
    AssessmentCycle cycle = YearFixture.cycle(CycleState.DRAFT);
    CycleItem item =
        YearFixture.item(YearFixture.template(cycle, UnitGroup.DEPARTMENT), ItemKind.BASE, "2");
    item.changePoints(new BigDecimal("4"));

    cycle.open(true, YearFixture.NOW);

    assertConflict(() -> item.changePoints(new BigDecimal("5")), "cycle.wrongState");
    assertThat(item.getPoints()).isEqualTo(new BigDecimal("4.00"));
  }

  @ParameterizedTest
  @CsvSource({
    "BASE, true",
    "CROSS_REF, false",
    "BONUS, false",
    "PENALTY, false",
    "ZERO_OUT, false",
  })
  void onlyBaseItemsAreScored(ItemKind kind, boolean scored) {
    assertThat(item(kind, "0").isScored()).isEqualTo(scored);
  }

  @Test
  void theLabelIsTheCriterion() {
    CycleTemplate template =
        YearFixture.template(YearFixture.cycle(CycleState.DRAFT), UnitGroup.TOWN);

    CycleItem item = YearFixture.item(template, ItemKind.BASE, "2", "主动公开", "及时更新政府网站信息");

    assertThat(item.label()).isEqualTo("及时更新政府网站信息");
  }

  @Test
  void theLabelIsTheIndicatorWhereThereIsNoCriterion() {
    CycleTemplate template =
        YearFixture.template(YearFixture.cycle(CycleState.DRAFT), UnitGroup.TOWN);

    CycleItem item = YearFixture.item(template, ItemKind.BASE, "5", "政务公开培训", null);

    assertThat(item.label()).isEqualTo("政务公开培训");
  }

  @Test
  void aCopyTakesEverythingFromItsTemplateItem() {
    AssessmentCycle cycle = YearFixture.cycle(CycleState.DRAFT);
    CycleTemplate template = YearFixture.template(cycle, UnitGroup.DEPARTMENT);

    CycleItem item = YearFixture.item(template, ItemKind.PENALTY, "0.5", "特别减分项", "不按要求接受培训");

    assertThat(item.getTemplate()).isSameAs(template);
    assertThat(item.getTemplate().getCycle()).isSameAs(cycle);
    assertThat(item.getTemplate().getUnitGroup()).isEqualTo(UnitGroup.DEPARTMENT);
    assertThat(item.getKind()).isEqualTo(ItemKind.PENALTY);
    assertThat(item.getPoints()).isEqualByComparingTo("0.5");
    assertThat(item.getIndicator()).isEqualTo("特别减分项");
    assertThat(item.getCriterion()).isEqualTo("不按要求接受培训");
    assertThat(item.getArea()).isEqualTo("政府信息公开");
  }
}
