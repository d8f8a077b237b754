package cn.zwgk.assessment.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnalysisRulesTest {

  private static List<BigDecimal> decimals(String... values) {
    return Stream.of(values).map(BigDecimal::new).toList();
  }

  @ParameterizedTest(name = "mean of {0} is {1}")
  @CsvSource({
    "'10', 10.00",
    "'10 9.5', 9.75",
    "'1 1 2', 1.33",
    "'1 2 2', 1.67",
    "'0.5 0 0', 0.17",
    "'100 99.5 98', 99.17",
    "'0.005', 0.01"
  })
  void meansHaveTwoDecimalsRoundedHalfUp(String values, String mean) {
    assertThat(Averages.mean(decimals(values.split(" ")))).isEqualByComparingTo(mean);
    assertThat(Averages.mean(decimals(values.split(" "))).scale()).isEqualTo(2);
  }

  @ParameterizedTest(name = "mean of {0} over {1} is {2}")
  @CsvSource({
    "10, 1, 10.00",
    "19.5, 2, 9.75",
    "4, 3, 1.33",
    "5, 3, 1.67",
    "0.5, 3, 0.17",
    "297.5, 3, 99.17",
    "0.005, 1, 0.01",
    "1414634.50, 15052, 93.98"
  })
  void aTotalOverItsCountIsTheMeanOfItsValues(String total, long count, String mean) {
    assertThat(Averages.mean(new BigDecimal(total), count))
        .isEqualByComparingTo(mean)
        .hasScaleOf(2);
  }

  @Test
  void aTotalOfNoValuesHasAMeanOfZero() {
    assertThat(Averages.mean(BigDecimal.ZERO, 0)).isEqualByComparingTo("0");
  }

  @Test
  void theMeanOfNothingIsZero() {
    assertThat(Averages.mean(List.of())).isEqualByComparingTo("0");
  }

  @Test
  void everyFinalFallsInExactlyOneBand() {
    List<BigDecimal> finals =
        decimals(
            "0", "59.5", "60", "69.5", "70", "80", "89.5", "90", "94.5", "95", "99.5", "100",
            "105");

    List<ScoreBands.Band> bands = ScoreBands.of(finals);

    assertThat(bands).extracting(ScoreBands.Band::count).containsExactly(2, 2, 1, 2, 2, 2, 2);
    assertThat(bands.stream().mapToInt(ScoreBands.Band::count).sum()).isEqualTo(finals.size());
    assertThat(bands)
        .extracting(ScoreBands.Band::label)
        .containsExactly("<60", "60–70", "70–80", "80–90", "90–95", "95–100", "≥100");
  }

  @Test
  void noFinalsGiveEmptyBands() {
    assertThat(ScoreBands.of(List.of())).hasSize(7).allMatch(b -> b.count() == 0);
  }

  @Test
  void lostPointsAddUpPerItemLargestFirst() {
    List<LostPoints.Total> top =
        LostPoints.top(
            List.of(
                new LostPoints.Loss("T/a", "会议记录", new BigDecimal("0.5")),
                new LostPoints.Loss("T/b", "网站更新", new BigDecimal("1")),
                new LostPoints.Loss("T/a", "会议记录", new BigDecimal("0.5")),
                new LostPoints.Loss("T/a", "会议记录", new BigDecimal("0.5")),
                new LostPoints.Loss("D/a", "会议记录", new BigDecimal("2")),
                new LostPoints.Loss("T/c", "满分", BigDecimal.ZERO)),
            10);

    assertThat(top)
        .containsExactly(
            new LostPoints.Total("会议记录", new BigDecimal("2"), 1),
            new LostPoints.Total("会议记录", new BigDecimal("1.5"), 3),
            new LostPoints.Total("网站更新", new BigDecimal("1"), 1));
  }

  @Test
  void equalLossesRankTheItemMoreUnitsLostFirst() {
    List<LostPoints.Total> top =
        LostPoints.top(
            List.of(
                new LostPoints.Loss("a", "甲", new BigDecimal("1")),
                new LostPoints.Loss("b", "乙", new BigDecimal("0.5")),
                new LostPoints.Loss("b", "乙", new BigDecimal("0.5"))),
            10);

    assertThat(top).extracting(LostPoints.Total::label).containsExactly("乙", "甲");
  }

  @Test
  void onlyTheLimitIsKept() {
    List<LostPoints.Loss> losses =
        Stream.iterate(1, i -> i + 1)
            .limit(20)
            .map(i -> new LostPoints.Loss("k" + i, "项" + i, BigDecimal.valueOf(i)))
            .toList();

    List<LostPoints.Total> top = LostPoints.top(losses, 5);

    assertThat(top)
        .hasSize(5)
        .extracting(LostPoints.Total::label)
        .containsExactly("项20", "项19", "项18", "项17", "项16");
  }

  @Test
  void totalsMadeByTheDatabaseRankAsLossesDo() {
    List<LostPoints.Total> totals =
        List.of(
            new LostPoints.Total("甲", new BigDecimal("1.0"), 2),
            new LostPoints.Total("乙", new BigDecimal("3.0"), 1),
            new LostPoints.Total("丙", new BigDecimal("1.00"), 4),
            new LostPoints.Total("丁", new BigDecimal("0.5"), 1));
    assertThat(LostPoints.largest(totals, 3))
        .extracting(LostPoints.Total::label)
        .containsExactly("乙", "丙", "甲");
    assertThat(LostPoints.largest(totals, 3))
        .isEqualTo(
            LostPoints.top(
                List.of(
                    new LostPoints.Loss("a", "甲", new BigDecimal("0.5")),
                    new LostPoints.Loss("b", "乙", new BigDecimal("3.0")),
                    new LostPoints.Loss("c", "丙", new BigDecimal("0.25")),
                    new LostPoints.Loss("a", "甲", new BigDecimal("0.5")),
                    new LostPoints.Loss("c", "丙", new BigDecimal("0.25")),
                    new LostPoints.Loss("d", "丁", new BigDecimal("0.5")),
                    new LostPoints.Loss("c", "丙", new BigDecimal("0.25")),
                    new LostPoints.Loss("c", "丙", new BigDecimal("0.25"))),
                3));
  }

  @Test
  void nothingLostGivesNothing() {
    assertThat(LostPoints.top(List.of(new LostPoints.Loss("a", "甲", BigDecimal.ZERO)), 10))
        .isEmpty();
  }
}
