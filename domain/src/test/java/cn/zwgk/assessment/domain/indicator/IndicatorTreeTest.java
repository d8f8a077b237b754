package cn.zwgk.assessment.domain.indicator;

import static cn.zwgk.assessment.domain.indicator.TestRow.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorTreeTest {

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  private static List<String> areaNames(IndicatorTree<TestRow> tree) {
    return tree.areas().stream().map(IndicatorTree.Area::name).toList();
  }

  private static List<String> indicatorNames(IndicatorTree.Area<TestRow> area) {
    return area.indicators().stream().map(IndicatorTree.Indicator::name).toList();
  }

  private static List<String> criteria(IndicatorTree.Indicator<TestRow> indicator) {
    return indicator.rows().stream().map(TestRow::criterion).toList();
  }

  /** One BASE row per area carrying the given points. */
  private static IndicatorTree<TestRow> treeWithBasePoints(String... points) {
    List<TestRow> rows =
        IntStream.range(0, points.length)
            .mapToObj(i -> base("area" + i, "ind", "c", points[i]))
            .toList();
    return IndicatorTree.of(rows);
  }

  @Test
  void groupsAreaIndicatorAndRowsInDocumentOrder() {
    TestRow a1 = base("组织领导", "主要负责人亲自抓", "听取汇报", "1.5");
    TestRow a2 = base("组织领导", "主要负责人亲自抓", "第一新闻发言人", "1.5");
    TestRow a3 = base("组织领导", "分管领导具体抓", "列入分工", "1");
    TestRow b1 = base("制度建设", "政府信息公开制度", "工作制度", "1");
    TestRow b2 = TestRow.of("制度建设", "政务服务制度", ItemKind.CROSS_REF, "0");

    IndicatorTree<TestRow> tree = IndicatorTree.of(List.of(a1, a2, a3, b1, b2));

    assertThat(areaNames(tree)).containsExactly("组织领导", "制度建设");
    IndicatorTree.Area<TestRow> first = tree.areas().get(0);
    assertThat(indicatorNames(first)).containsExactly("主要负责人亲自抓", "分管领导具体抓");
    assertThat(first.indicators().get(0).rows()).containsExactly(a1, a2);
    assertThat(first.indicators().get(1).rows()).containsExactly(a3);
    IndicatorTree.Area<TestRow> second = tree.areas().get(1);
    assertThat(indicatorNames(second)).containsExactly("政府信息公开制度", "政务服务制度");
    assertThat(second.indicators().get(0).rows()).containsExactly(b1);
    assertThat(second.indicators().get(1).rows()).containsExactly(b2);
  }

  @Test
  void keepsTheOrderOfFirstAppearanceRatherThanSortingNames() {
    IndicatorTree<TestRow> tree =
        IndicatorTree.of(
            List.of(
                base("公众参与", "z", "c1", "1"),
                base("组织领导", "b", "c2", "1"),
                base("组织领导", "a", "c3", "1"),
                base("制度建设", "m", "c4", "1")));

    assertThat(areaNames(tree)).containsExactly("公众参与", "组织领导", "制度建设");
    assertThat(indicatorNames(tree.areas().get(1))).containsExactly("b", "a");
  }

  @Test
  void anIndicatorContinuedAfterAPageBreakIsOneNode() {
    IndicatorTree<TestRow> tree =
        IndicatorTree.of(
            List.of(
                base("政府信息公开", "主动公开", "c1", "3"),
                base("政府信息公开", "依申请公开", "c2", "3"),
                base("政府信息公开", "主动公开", "c3", "2.5")));

    IndicatorTree.Area<TestRow> area = tree.areas().get(0);
    assertThat(indicatorNames(area)).containsExactly("主动公开", "依申请公开");
    assertThat(criteria(area.indicators().get(0))).containsExactly("c1", "c3");
    assertThat(area.indicators().get(0).basePoints()).isEqualByComparingTo("5.5");
  }

  @Test
  void anAreaContinuedAfterAnotherAreaIsOneNode() {
    IndicatorTree<TestRow> tree =
        IndicatorTree.of(
            List.of(
                base("组织领导", "i1", "c1", "5"),
                base("制度建设", "j1", "d1", "10"),
                base("组织领导", "i1", "c2", "3"),
                base("组织领导", "i2", "c3", "2")));

    assertThat(areaNames(tree)).containsExactly("组织领导", "制度建设");
    IndicatorTree.Area<TestRow> area = tree.areas().get(0);
    assertThat(indicatorNames(area)).containsExactly("i1", "i2");
    assertThat(criteria(area.indicators().get(0))).containsExactly("c1", "c2");
    assertThat(criteria(area.indicators().get(1))).containsExactly("c3");
    assertThat(area.basePoints()).isEqualByComparingTo("10");
  }

  @Test
  void theSameIndicatorNameInTwoAreasIsTwoNodes() {
    IndicatorTree<TestRow> tree =
        IndicatorTree.of(List.of(base("组织领导", "工作制度", "c1", "1"), base("制度建设", "工作制度", "c2", "2")));

    assertThat(tree.areas()).hasSize(2);
    assertThat(criteria(tree.areas().get(0).indicators().get(0))).containsExactly("c1");
    assertThat(criteria(tree.areas().get(1).indicators().get(0))).containsExactly("c2");
  }

  @Test
  void basePointsSumOnlyBaseRows() {
    IndicatorTree<TestRow> tree =
        IndicatorTree.of(
            List.of(
                base("政务服务", "i1", "c1", "2.5"),
                TestRow.of("政务服务", "i1", ItemKind.CROSS_REF, "4"),
                base("政务服务", "i1", "c2", "2"),
                TestRow.of("政务服务", "i2", ItemKind.BONUS, "1"),
                base("政务服务", "i2", "c3", "1.5"),
                TestRow.of("政务服务", "i2", ItemKind.PENALTY, "1"),
                TestRow.of("政务服务", "i2", ItemKind.ZERO_OUT, "7")));

    IndicatorTree.Area<TestRow> area = tree.areas().get(0);
    assertThat(area.indicators().get(0).basePoints()).isEqualTo(dec("4.50"));
    assertThat(area.indicators().get(1).basePoints()).isEqualTo(dec("1.50"));
    assertThat(area.basePoints()).isEqualTo(dec("6.00"));
    assertThat(tree.baseTotal()).isEqualTo(dec("6.00"));
  }

  @Test
  void basePointsAreNullWhereThereIsNoBaseRow() {
    IndicatorTree<TestRow> tree =
        IndicatorTree.of(
            List.of(
                base("制度建设", "工作制度", "c1", "1"),
                TestRow.of("制度建设", "政务服务制度", ItemKind.CROSS_REF, "0"),
                TestRow.of("特别项", "特别加分项", ItemKind.BONUS, "1"),
                TestRow.of("特别项", "特别减分项", ItemKind.PENALTY, "1"),
                TestRow.of("特别项", "直接归零项", ItemKind.ZERO_OUT, "0")));

    IndicatorTree.Area<TestRow> system = tree.areas().get(0);
    assertThat(system.basePoints()).isEqualByComparingTo("1");
    assertThat(system.indicators().get(1).basePoints()).isNull();
    IndicatorTree.Area<TestRow> special = tree.areas().get(1);
    assertThat(special.basePoints()).isNull();
    assertThat(special.indicators())
        .allSatisfy(indicator -> assertThat(indicator.basePoints()).isNull());
    assertThat(tree.baseTotal()).isEqualByComparingTo("1");
  }

  @Test
  void aBaseRowWorthZeroStillGivesZeroNotNull() {
    IndicatorTree<TestRow> tree = IndicatorTree.of(List.of(base("组织领导", "i", "c", "0")));

    assertThat(tree.areas().get(0).basePoints()).isEqualTo(dec("0.00"));
    assertThat(tree.areas().get(0).indicators().get(0).basePoints()).isEqualTo(dec("0.00"));
  }

  @Test
  void anEmptyTableHasNoAreasAndTotalsZero() {
    IndicatorTree<TestRow> tree = IndicatorTree.of(List.of());

    assertThat(tree.areas()).isEmpty();
    assertThat(tree.baseTotal()).isEqualTo(dec("0.00"));
    assertThat(tree.sumsToBaseTotal()).isFalse();
  }

  @ParameterizedTest(name = "{0} sums to 100: {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "100; true",
        "100.00; true",
        "10 10 10 20 15 10 10 15; true",
        "99.5 0.5; true",
        "50 49.5 0.5; true",
        "99.5; false",
        "100.5; false",
        "50 50 0.5; false",
        "10 10 10 20 15 10 10 14.5; false",
        "0; false",
      })
  void sumsToBaseTotalOnlyAtExactlyOneHundred(String areaPoints, boolean expected) {
    IndicatorTree<TestRow> tree = treeWithBasePoints(areaPoints.split(" "));

    assertThat(tree.sumsToBaseTotal()).isEqualTo(expected);
    BigDecimal expectedTotal =
        Arrays.stream(areaPoints.split(" "))
            .map(BigDecimal::new)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(tree.baseTotal()).isEqualByComparingTo(expectedTotal);
  }

  @Test
  void baseTotalIgnoresSpecialAndCrossReferenceRows() {
    IndicatorTree<TestRow> tree =
        IndicatorTree.of(
            List.of(
                base("组织领导", "i", "c", "100"),
                TestRow.of("组织领导", "j", ItemKind.CROSS_REF, "5"),
                TestRow.of("特别项", "加分", ItemKind.BONUS, "1"),
                TestRow.of("特别项", "减分", ItemKind.PENALTY, "1")));

    assertThat(tree.baseTotal()).isEqualTo(dec("100.00"));
    assertThat(tree.sumsToBaseTotal()).isTrue();
  }

  @Test
  void theDefaultPointsOfAWholeTableSumToOneHundred() {
    List<TestRow> layout = new ArrayList<>();
    int[] counts = {9, 13, 7, 7, 10, 8, 6, 5};
    int a = 0;
    for (String area : DefaultPoints.AREA_WEIGHTS.keySet()) {
      for (int i = 0; i < counts[a]; i++) {
        layout.add(base(area, "指标" + (i / 3), "标准" + i, "0"));
      }
      a++;
    }
    List<BigDecimal> defaults = DefaultPoints.of(layout);
    List<TestRow> rows =
        IntStream.range(0, layout.size())
            .mapToObj(
                i -> {
                  TestRow r = layout.get(i);
                  return new TestRow(
                      r.area(), r.indicator(), r.criterion(), r.kind(), defaults.get(i));
                })
            .toList();

    IndicatorTree<TestRow> tree = IndicatorTree.of(rows);

    assertThat(tree.sumsToBaseTotal()).isTrue();
    assertThat(tree.areas())
        .allSatisfy(
            area ->
                assertThat(area.basePoints())
                    .isEqualTo(DefaultPoints.AREA_WEIGHTS.get(area.name())));
  }

  @Test
  void theTreeCannotBeChangedFromOutside() {
    List<TestRow> rows = new ArrayList<>(List.of(base("组织领导", "i", "c", "1")));
    IndicatorTree<TestRow> tree = IndicatorTree.of(rows);
    rows.add(base("组织领导", "i", "c2", "1"));

    assertThat(tree.areas().get(0).indicators().get(0).rows()).hasSize(1);
    assertThatThrownBy(() -> tree.areas().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> tree.areas().get(0).indicators().get(0).rows().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
