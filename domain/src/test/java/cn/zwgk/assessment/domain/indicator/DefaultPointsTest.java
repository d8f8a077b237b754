package cn.zwgk.assessment.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DefaultPointsTest {

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  /** "1.5 1 1" → [1.50, 1.00, 1.00]. */
  private static List<BigDecimal> points(String spaceSeparated) {
    return Arrays.stream(spaceSeparated.trim().split("\\s+"))
        .map(s -> Points.normalize(new BigDecimal(s)))
        .toList();
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  // ---------------------------------------------------------------- spread

  @ParameterizedTest(name = "spread({0}, {1}) = [{2}]")
  @CsvSource(
      delimiter = ';',
      value = {
        "10;  9; 1.5 1.5 1 1 1 1 1 1 1",
        "10; 13; 1 1 1 1 1 1 1 0.5 0.5 0.5 0.5 0.5 0.5",
        "20;  7; 3 3 3 3 3 2.5 2.5",
        "15;  7; 2.5 2.5 2 2 2 2 2",
        "15; 10; 1.5 1.5 1.5 1.5 1.5 1.5 1.5 1.5 1.5 1.5",
        "10;  8; 1.5 1.5 1.5 1.5 1 1 1 1",
        "10;  6; 2 2 1.5 1.5 1.5 1.5",
        "15;  5; 3 3 3 3 3",
        "10;  4; 2.5 2.5 2.5 2.5",
        "0.5; 1; 0.5",
        "1;   3; 0.5 0.5 0",
        "100; 1; 100",
        "0;   3; 0 0 0",
        "0.5; 2; 0.5 0",
        "10;  3; 3.5 3.5 3",
        "10;  7; 1.5 1.5 1.5 1.5 1.5 1.5 1",
        "20;  3; 7 6.5 6.5",
        "10; 25; 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0 0 0"
            + " 0 0",
        "2.5; 2; 1.5 1",
        "10.00; 2; 5 5",
      })
  void spreadGivesTheExactPointsWithExtraHalvesFirst(String weight, int count, String expected) {
    List<BigDecimal> spread = DefaultPoints.spread(dec(weight), count);

    assertThat(spread).containsExactlyElementsOf(points(expected));
    assertThat(spread).hasSize(count);
    assertThat(sum(spread)).isEqualByComparingTo(dec(weight));
  }

  @ParameterizedTest(name = "spread({0}, {1}) sums exactly")
  @CsvSource({
    "10, 9",
    "10, 13",
    "20, 7",
    "15, 7",
    "15, 10",
    "10, 8",
    "10, 6",
    "15, 5",
    "10, 4",
    "0.5, 1",
    "1, 3",
    "100, 1",
    "100, 7",
    "100, 199",
    "100, 200",
    "100, 201",
    "99.5, 3",
    "7.5, 4",
    "0, 1",
    "33, 17"
  })
  void spreadSumsExactlyToTheWeight(String weight, int count) {
    assertThat(sum(DefaultPoints.spread(dec(weight), count))).isEqualByComparingTo(dec(weight));
  }

  static Stream<Integer> counts() {
    return IntStream.rangeClosed(1, 30).boxed();
  }

  /** Every weight 0, 0.5, …, 100 over this count: exact, scale 2, half steps, first items first. */
  @ParameterizedTest(name = "count {0}")
  @MethodSource("counts")
  void spreadHoldsItsRulesForEveryHalfStepWeight(int count) {
    for (int halves = 0; halves <= 200; halves++) {
      BigDecimal weight = Points.HALF.multiply(BigDecimal.valueOf(halves));
      List<BigDecimal> spread = DefaultPoints.spread(weight, count);

      assertThat(spread).as("size for %s/%d", weight, count).hasSize(count);
      assertThat(sum(spread)).as("sum for %s/%d", weight, count).isEqualByComparingTo(weight);
      for (int i = 0; i < count; i++) {
        BigDecimal value = spread.get(i);
        assertThat(value.scale()).as("scale of item %d of %s/%d", i, weight, count).isEqualTo(2);
        assertThat(Points.isHalfStep(value)).as("item %d of %s/%d", i, weight, count).isTrue();
        assertThat(value.signum()).isGreaterThanOrEqualTo(0);
        if (i > 0) {
          BigDecimal previous = spread.get(i - 1);
          assertThat(previous)
              .as("item %d of %s/%d never exceeds the one before", i, weight, count)
              .isGreaterThanOrEqualTo(value);
          assertThat(previous.subtract(value))
              .as("items of %s/%d differ by at most half a point", weight, count)
              .isLessThanOrEqualTo(Points.HALF);
        }
      }
    }
  }

  @Test
  void spreadReturnsTwoDecimalPlaces() {
    assertThat(DefaultPoints.spread(dec("100"), 1)).containsExactly(dec("100.00"));
    assertThat(DefaultPoints.spread(dec("1"), 3))
        .containsExactly(dec("0.50"), dec("0.50"), dec("0.00"));
  }

  @ParameterizedTest(name = "count {0}")
  @ValueSource(ints = {0, -1, -13, Integer.MIN_VALUE})
  void spreadRejectsNothingToSpreadOver(int count) {
    assertThatThrownBy(() -> DefaultPoints.spread(dec("10"), count))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "weight {0}")
  @ValueSource(strings = {"-0.5", "-1", "-10", "-100"})
  void spreadRejectsANegativeWeight(String weight) {
    assertThatThrownBy(() -> DefaultPoints.spread(dec(weight), 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "weight {0}")
  @ValueSource(strings = {"0.1", "0.25", "0.75", "1.2", "10.25", "9.99", "99.9", "0.01"})
  void spreadRejectsAWeightThatIsNotAMultipleOfHalf(String weight) {
    assertThatThrownBy(() -> DefaultPoints.spread(dec(weight), 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------- AREA_WEIGHTS

  @Test
  void areaWeightsSumToTheBaseTotal() {
    assertThat(sum(List.copyOf(DefaultPoints.AREA_WEIGHTS.values())))
        .isEqualByComparingTo(dec("100"))
        .isEqualByComparingTo(DefaultPoints.BASE_TOTAL);
  }

  @Test
  void areaWeightsAreInDocumentOrder() {
    assertThat(DefaultPoints.AREA_WEIGHTS.keySet())
        .containsExactly("组织领导", "制度建设", "平台建设", "政府信息公开", "政务服务", "政策解读", "政务舆情监测处置", "公众参与");
  }

  @Test
  void areaWeightsAreTheDesignDefaultsWithTwoDecimals() {
    assertThat(DefaultPoints.AREA_WEIGHTS.values())
        .containsExactly(
            dec("10.00"),
            dec("10.00"),
            dec("10.00"),
            dec("20.00"),
            dec("15.00"),
            dec("10.00"),
            dec("10.00"),
            dec("15.00"));
  }

  @Test
  void areaWeightsCannotBeChanged() {
    assertThatThrownBy(() -> DefaultPoints.AREA_WEIGHTS.put("组织领导", dec("50")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void baseTotalIsOneHundredWithTwoDecimals() {
    assertThat(DefaultPoints.BASE_TOTAL).isEqualTo(dec("100.00"));
  }

  // ---------------------------------------------------------------- of(rows)

  @Test
  void ofGivesEachBaseRowItsAreasSpreadInDocumentOrder() {
    List<TestRow> rows = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      rows.add(TestRow.base("组织领导", "标准" + i));
    }

    assertThat(DefaultPoints.of(rows)).containsExactlyElementsOf(points("1.5 1.5 1 1 1 1 1 1 1"));
  }

  @Test
  void ofKeepsDocumentOrderWhenAnAreaIsInterleavedWithCrossReferencesAndOtherAreas() {
    List<TestRow> rows =
        List.of(
            TestRow.base("组织领导", "a1"),
            TestRow.of("组织领导", "见“政务服务”", ItemKind.CROSS_REF, "0"),
            TestRow.base("组织领导", "a2"),
            TestRow.base("政府信息公开", "b1"),
            TestRow.of("制度建设", "见“政务服务”", ItemKind.CROSS_REF, "0"),
            TestRow.base("组织领导", "a3"),
            TestRow.base("政府信息公开", "b2"),
            TestRow.of("政府信息公开", "见“公众参与”", ItemKind.CROSS_REF, "0"),
            TestRow.base("政府信息公开", "b3"));

    // 组织领导 10 over 3 → 3.5 3.5 3; 政府信息公开 20 over 3 → 7 6.5 6.5
    assertThat(DefaultPoints.of(rows))
        .containsExactlyElementsOf(points("3.5 0 3.5 7 0 3 6.5 0 6.5"));
  }

  @Test
  void ofGivesAWholeTemplateBaseItemsSummingToOneHundred() {
    int[] counts = {9, 13, 7, 7, 10, 8, 6, 5};
    List<TestRow> rows = new ArrayList<>();
    int area = 0;
    for (String name : DefaultPoints.AREA_WEIGHTS.keySet()) {
      for (int i = 0; i < counts[area]; i++) {
        rows.add(TestRow.base(name, name + i));
        if (i == 1) {
          rows.add(TestRow.of(name, "见别处", ItemKind.CROSS_REF, "0"));
        }
      }
      area++;
    }
    rows.add(TestRow.ofKind(ItemKind.BONUS, "获得上级表彰"));
    rows.add(TestRow.ofKind(ItemKind.PENALTY, "被上级通报批评"));
    rows.add(TestRow.ofKind(ItemKind.ZERO_OUT, "弄虚作假"));

    List<BigDecimal> defaults = DefaultPoints.of(rows);

    assertThat(defaults).hasSize(rows.size());
    BigDecimal baseSum = BigDecimal.ZERO;
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).kind() == ItemKind.BASE) {
        baseSum = baseSum.add(defaults.get(i));
      }
    }
    assertThat(baseSum).isEqualByComparingTo(DefaultPoints.BASE_TOTAL);
    assertThat(defaults.subList(defaults.size() - 3, defaults.size()))
        .containsExactlyElementsOf(points("1 1 0"));
  }

  @Test
  void ofGivesOnePointPerBonusOccurrence() {
    assertThat(DefaultPoints.of(List.of(TestRow.ofKind(ItemKind.BONUS, "经验做法被推广"))))
        .containsExactly(dec("1.00"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "NULL",
      value = {
        "被上级通报批评, 1.00",
        "不按要求接受培训的，每次扣0.5分, 0.50",
        "不按要求接受培训, 0.50",
        "未按要求参加培训, 1.00",
        "因不按要求接受培训被通报, 1.00",
        "NULL, 1.00",
      })
  void ofGivesOnePointPerPenaltyOccurrenceExceptHalfForTraining(String criterion, String expected) {
    assertThat(DefaultPoints.of(List.of(TestRow.ofKind(ItemKind.PENALTY, criterion))))
        .containsExactly(dec(expected));
  }

  @Test
  void ofGivesNothingToCrossReferencesAndZeroOuts() {
    List<TestRow> rows =
        List.of(
            TestRow.of("政务服务", "见“制度建设”", ItemKind.CROSS_REF, "5"),
            TestRow.ofKind(ItemKind.ZERO_OUT, "弄虚作假、虚报瞒报"));

    assertThat(DefaultPoints.of(rows)).containsExactly(dec("0.00"), dec("0.00"));
  }

  @Test
  void ofGivesZeroToBaseRowsOfAnAreaWithoutDefaultWeight() {
    List<TestRow> rows =
        List.of(TestRow.base("未知领域", "x1"), TestRow.base("组织领导", "a1"), TestRow.base("未知领域", "x2"));

    assertThat(DefaultPoints.of(rows)).containsExactly(dec("0.00"), dec("10.00"), dec("0.00"));
  }

  @Test
  void ofIgnoresThePointsTheRowsAlreadyCarry() {
    List<TestRow> rows =
        List.of(TestRow.base("公众参与", "i", "c1", "9"), TestRow.base("公众参与", "i", "c2", "0"));

    assertThat(DefaultPoints.of(rows)).containsExactly(dec("7.50"), dec("7.50"));
  }

  @Test
  void ofAnEmptyTableIsEmpty() {
    assertThat(DefaultPoints.of(List.of())).isEmpty();
  }
}
