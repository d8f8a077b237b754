package cn.zwgk.assessment.domain.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RankingTest {

  private static final Map<Character, Grade> GRADES =
      Map.of('E', Grade.EXCELLENT, 'G', Grade.GOOD, 'P', Grade.PASS, 'F', Grade.FAIL);

  /**
   * Final scores in the order of the official list; the expected ranks and grades (E 优秀, G 良好, P
   * 合格, F 不合格) in that same order.
   */
  @ParameterizedTest(name = "{0} → {1} / {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        // all different, quota 3 of 10
        "98 96 95 93 91 89 85 80 70 50; 1 2 3 4 5 6 7 8 9 10; E E E G G G G G P F",
        // ties inside the ranking share a rank, the next rank skips
        "95 90 90 85; 1 2 2 4; E G G G",
        "85 85 70; 1 1 3; G G P",
        "70 85 85; 3 1 1; P G G",
        // ties at the quota line all qualify
        "99 98 97 97 97 85 84 83 82 81; 1 2 3 3 3 6 7 8 9 10; E E E E E G G G G G",
        "95 95 90 88; 1 1 3 4; E E G G",
        // excellent marks beyond the quota are 良好
        "99 98 97 96; 1 2 3 4; E G G G",
        // everyone equal: all first, all within the quota
        "92 92 92 92 92; 1 1 1 1 1; E E E E E",
        "75 75 75; 1 1 1; P P P",
        // a group of one: the quota is at least one
        "95; 1; E",
        "85; 1; G",
        "59.5; 1; F",
        // thresholds are inclusive
        "90 89.5 80 79.5 60 59.5 0; 1 2 3 4 5 6 7; E G G P P F F",
        // a zeroed-out unit stays in the ranking with 0
        "96 0 91; 1 3 2; E F G",
        "0 0; 1 1; F F",
        // below the excellent marks the rank does not matter
        "89.5 89.5 89.5; 1 1 1; G G G",
        // quota of 7 units is 2
        "99 98 97 96 95 94 93; 1 2 3 4 5 6 7; E E G G G G G",
        // quota of 11 units is 3
        "100 99 98 97 96 95 94 93 92 91 90; 1 2 3 4 5 6 7 8 9 10 11; E E E G G G G G G G G",
        // ties at the line when the line falls inside the tie
        "99 97 97 97 97 96 95; 1 2 2 2 2 6 7; E E E E E G G",
        // decimals: 91.25 is not on a half step but ranks exactly
        "91.25 91.5 91; 2 1 3; G E G"
      })
  void ranksAndGrades(String scores, String ranks, String grades) {
    List<Ranking.Entry> group = new ArrayList<>();
    String[] values = scores.trim().split(" +");
    for (int i = 0; i < values.length; i++) {
      group.add(new Ranking.Entry("u" + i, new BigDecimal(values[i]), i));
    }
    List<Ranking.Placed> placed = Ranking.rank(group, GradingRules.DEFAULT);

    int[] expectedRanks =
        Arrays.stream(ranks.trim().split(" +")).mapToInt(Integer::parseInt).toArray();
    String[] expectedGrades = grades.trim().split(" +");
    for (int i = 0; i < values.length; i++) {
      String unit = "u" + i;
      Ranking.Placed place =
          placed.stream().filter(p -> p.unit().equals(unit)).findFirst().orElseThrow();
      assertThat(place.rank()).as("rank of %s (%s)", unit, values[i]).isEqualTo(expectedRanks[i]);
      assertThat(place.grade())
          .as("grade of %s (%s)", unit, values[i])
          .isEqualTo(GRADES.get(expectedGrades[i].charAt(0)));
    }
  }

  @Test
  void theResultIsInRankOrderAndTiesInTheOrderOfTheList() {
    List<Ranking.Placed> placed =
        Ranking.rank(
            List.of(
                new Ranking.Entry("c", new BigDecimal("90"), 2),
                new Ranking.Entry("a", new BigDecimal("95"), 5),
                new Ranking.Entry("b", new BigDecimal("90"), 1)),
            GradingRules.DEFAULT);

    assertThat(placed).extracting(Ranking.Placed::unit).containsExactly("a", "b", "c");
  }

  @Test
  void anEmptyGroupHasNoRanking() {
    assertThat(Ranking.rank(List.of(), GradingRules.DEFAULT)).isEmpty();
  }

  @ParameterizedTest(name = "{0} units → quota {1}")
  @CsvSource({
    "1, 1",
    "2, 1",
    "3, 1",
    "4, 1",
    "6, 1",
    "7, 2",
    "10, 3",
    "11, 3",
    "13, 3",
    "42, 12",
    "53, 15",
    "100, 30",
    "15000, 4500"
  })
  void theQuotaIs30PercentRoundedDownAndAtLeastOne(int units, int quota) {
    assertThat(GradingRules.DEFAULT.excellentQuota(units)).isEqualTo(quota);
  }

  @Test
  void aCycleMaySetItsOwnThresholds() {
    GradingRules strict =
        new GradingRules(new BigDecimal("95"), new BigDecimal("85"), new BigDecimal("70"), 50);
    List<Ranking.Placed> placed =
        Ranking.rank(
            List.of(
                new Ranking.Entry("a", new BigDecimal("96"), 0),
                new Ranking.Entry("b", new BigDecimal("94"), 1),
                new Ranking.Entry("c", new BigDecimal("84"), 2),
                new Ranking.Entry("d", new BigDecimal("69.5"), 3)),
            strict);

    assertThat(placed)
        .extracting(Ranking.Placed::grade)
        .containsExactly(Grade.EXCELLENT, Grade.GOOD, Grade.PASS, Grade.FAIL);
    assertThat(strict.excellentQuota(4)).isEqualTo(2);
  }

  @Test
  void thresholdsMayNotDecreaseAndTheQuotaIsAPercentage() {
    assertThatThrownBy(
            () ->
                new GradingRules(
                    new BigDecimal("80"), new BigDecimal("90"), new BigDecimal("60"), 30))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new GradingRules(
                    new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("60"), 101))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
