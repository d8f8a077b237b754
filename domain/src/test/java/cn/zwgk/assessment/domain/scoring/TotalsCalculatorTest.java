package cn.zwgk.assessment.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.assessment.domain.indicator.ItemKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TotalsCalculatorTest {

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  /** Scores separated by ';', "null" for an unscored item; null or blank for none. */
  private static List<BigDecimal> scores(String text) {
    List<BigDecimal> scores = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return scores;
    }
    for (String s : text.split(";")) {
      scores.add(s.strip().equals("null") ? null : dec(s.strip()));
    }
    return scores;
  }

  /**
   * Occurrences as {@code KIND#itemId=points*count}, separated by spaces: "BONUS#1=1*2" is two
   * occurrences of bonus item 1 worth 1 each.
   */
  private static List<Occurrence> occurrences(String text) {
    List<Occurrence> occurrences = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return occurrences;
    }
    for (String token : text.strip().split("\\s+")) {
      String[] kindRest = token.split("#");
      String[] idRest = kindRest[1].split("=");
      String[] pointsCount = idRest[1].split("\\*");
      ItemKind kind = ItemKind.valueOf(kindRest[0]);
      long itemId = Long.parseLong(idRest[0]);
      int count = pointsCount.length > 1 ? Integer.parseInt(pointsCount[1]) : 1;
      for (int i = 0; i < count; i++) {
        occurrences.add(new Occurrence(itemId, kind, dec(pointsCount[0])));
      }
    }
    return occurrences;
  }

  private static void assertTotals(
      Totals totals,
      String base,
      String bonus,
      String penalty,
      String finalScore,
      boolean zeroedOut) {
    assertThat(totals.base()).isEqualTo(dec(base).setScale(2));
    assertThat(totals.bonus()).isEqualTo(dec(bonus).setScale(2));
    assertThat(totals.penalty()).isEqualTo(dec(penalty).setScale(2));
    assertThat(totals.finalScore()).isEqualTo(dec(finalScore).setScale(2));
    assertThat(totals.zeroedOut()).isEqualTo(zeroedOut);
    assertScaleTwo(totals);
  }

  private static void assertScaleTwo(Totals totals) {
    assertThat(
            List.of(totals.base(), totals.bonus(), totals.penalty(), totals.finalScore()).stream()
                .map(BigDecimal::scale))
        .containsOnly(2);
  }

  @ParameterizedTest(name = "[{index}] base {0}; occurrences {1}; zero-out {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // base only
        "                 |                                   | false | 0     | 0 | 0    | 0",
        "10;20;30.5       |                                   | false | 60.5  | 0 | 0    | 60.5",
        "10;null;5.5;null |                                   | false | 15.5  | 0 | 0    | 15.5",
        "null;null        |                                   | false | 0     | 0 | 0    | 0",
        "100              |                                   | false | 100   | 0 | 0    | 100",
        "1.50;2.500;3     |                                   | false | 7     | 0 | 0    | 7",
        // bonus: at most 2 per item, at most 5 in all
        "80               | BONUS#1=1                         | false | 80    | 1 | 0    | 81",
        "80               | BONUS#1=1*2                       | false | 80    | 2 | 0    | 82",
        "80               | BONUS#1=1*3                       | false | 80    | 2 | 0    | 82",
        "80               | BONUS#1=1*5                       | false | 80    | 2 | 0    | 82",
        "80               | BONUS#1=1*2 BONUS#2=1*2           | false | 80    | 4 | 0    | 84",
        "80               | BONUS#1=1*2 BONUS#2=1*2 BONUS#3=1*2 | false | 80  | 5 | 0    | 85",
        "80               | BONUS#1=1*2 BONUS#2=1*2 BONUS#3=1 | false | 80    | 5 | 0    | 85",
        "80               | BONUS#1=1 BONUS#2=1 BONUS#3=1 BONUS#4=1 | false | 80 | 4 | 0 | 84",
        "80               | BONUS#1=1 BONUS#2=1 BONUS#3=1 BONUS#4=1 BONUS#5=1 BONUS#6=1 | false | 80 | 5 | 0 | 85",
        "80               | BONUS#1=0.5*3                     | false | 80    | 1.5 | 0  | 81.5",
        "80               | BONUS#1=1.5*2                     | false | 80    | 2 | 0    | 82",
        "80               | BONUS#1=1 BONUS#2=1 BONUS#1=1 BONUS#2=1 BONUS#1=1 | false | 80 | 4 | 0 | 84",
        "100              | BONUS#1=1*2 BONUS#2=1*2 BONUS#3=1*2 | false | 100 | 5 | 0    | 105",
        "99.5             | BONUS#7=0.5                       | false | 99.5  | 0.5 | 0  | 100",
        // penalty: no cap, 1 and 0.5 values
        "80               | PENALTY#1=1                       | false | 80    | 0 | 1    | 79",
        "80               | PENALTY#1=1*3                     | false | 80    | 0 | 3    | 77",
        "80               | PENALTY#1=0.5*3                   | false | 80    | 0 | 1.5  | 78.5",
        "80               | PENALTY#1=1*2 PENALTY#2=0.5       | false | 80    | 0 | 2.5  | 77.5",
        "80               | PENALTY#1=1*10 PENALTY#2=0.5*10   | false | 80    | 0 | 15   | 65",
        "60               | PENALTY#1=1*30 PENALTY#2=0.5*20   | false | 60    | 0 | 40   | 20",
        // final never below 0
        "2                | PENALTY#1=1*3                     | false | 2     | 0 | 3    | 0",
        "                 | PENALTY#1=0.5                     | false | 0     | 0 | 0.5  | 0",
        "1                | BONUS#1=1 PENALTY#2=1*3           | false | 1     | 1 | 3    | 0",
        "1                | BONUS#1=1 PENALTY#2=1*2           | false | 1     | 1 | 2    | 0",
        // bonus and penalty together
        "90               | BONUS#1=1*2 BONUS#2=1*2 BONUS#3=1*2 PENALTY#4=1 | false | 90 | 5 | 1 | 94",
        "85.5             | BONUS#1=1 PENALTY#2=0.5           | false | 85.5  | 1 | 0.5  | 86",
        "80               | BONUS#1=1*2 PENALTY#1=1           | false | 80    | 2 | 1    | 81",
        // other kinds are ignored
        "80               | BASE#1=1 CROSS_REF#2=1 ZERO_OUT#3=1 | false | 80  | 0 | 0    | 80",
        "80               | ZERO_OUT#3=0 BONUS#1=1 CROSS_REF#2=5 | false | 80 | 1 | 0    | 81",
        // zero-out: final 0, the rest real
        "95               | BONUS#1=1*2 PENALTY#2=1           | true  | 95    | 2 | 1    | 0",
        "                 |                                   | true  | 0     | 0 | 0    | 0",
        "100              | BONUS#1=1*2 BONUS#2=1*2 BONUS#3=1*2 | true | 100  | 5 | 0    | 0",
        "10               | PENALTY#1=1*20                    | true  | 10    | 0 | 20   | 0",
      })
  void computesWithDefaultRules(
      String base,
      String approved,
      boolean zeroedOut,
      String expectedBase,
      String expectedBonus,
      String expectedPenalty,
      String expectedFinal) {
    Totals totals =
        TotalsCalculator.compute(
            scores(base), occurrences(approved), zeroedOut, ScoringRules.defaults());

    assertTotals(totals, expectedBase, expectedBonus, expectedPenalty, expectedFinal, zeroedOut);
  }

  @ParameterizedTest(name = "[{index}] caps {0}/{1}; occurrences {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "3   | 4   | BONUS#1=1*5                       | 3",
        "3   | 4   | BONUS#1=1*5 BONUS#2=1*5           | 4",
        "3   | 10  | BONUS#1=1*5 BONUS#2=1*5           | 6",
        "1   | 10  | BONUS#1=1*2 BONUS#2=1*2 BONUS#3=1*2 BONUS#4=1*2 BONUS#5=1*2 | 5",
        "0   | 5   | BONUS#1=1*2                       | 0",
        "2   | 0   | BONUS#1=1*2                       | 0",
        "0.5 | 1.5 | BONUS#1=1 BONUS#2=1 BONUS#3=1 BONUS#4=1 | 1.5",
        "10  | 100 | BONUS#1=1*7                       | 7",
      })
  void honoursTheCyclesOwnCaps(
      String itemCap, String totalCap, String approved, String expectedBonus) {
    ScoringRules rules = new ScoringRules(dec(itemCap), dec(totalCap));

    Totals totals =
        TotalsCalculator.compute(List.of(dec("50")), occurrences(approved), false, rules);

    assertTotals(
        totals, "50", expectedBonus, "0", dec("50").add(dec(expectedBonus)).toPlainString(), false);
  }

  @Test
  void customCapsDoNotCapPenalties() {
    ScoringRules rules = new ScoringRules(dec("1"), dec("1"));

    Totals totals =
        TotalsCalculator.compute(
            List.of(dec("50")), occurrences("PENALTY#1=1*8 PENALTY#2=0.5*2"), false, rules);

    assertTotals(totals, "50", "0", "9", "41", false);
  }

  @Test
  void halfPointScoresSumExactlyTo99Point5() {
    List<BigDecimal> halves = Collections.nCopies(199, dec("0.5"));

    Totals totals = TotalsCalculator.compute(halves, List.of(), false, ScoringRules.defaults());

    assertTotals(totals, "99.5", "0", "0", "99.5", false);
    assertThat(totals.base().toPlainString()).isEqualTo("99.50");
  }

  @Test
  void manySmallScoresSumWithoutDrift() {
    List<BigDecimal> scores = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      scores.add(dec(i % 2 == 0 ? "2.5" : "0.5")); // 20 × 2.5 + 20 × 0.5 = 60
    }
    scores.add(dec("39.5"));

    Totals totals =
        TotalsCalculator.compute(
            scores, occurrences("PENALTY#1=0.5*3"), false, ScoringRules.defaults());

    assertTotals(totals, "99.5", "0", "1.5", "98", false);
  }

  @Test
  void threeBonusItemsTwiceEachAreCappedAtFive() {
    Totals totals =
        TotalsCalculator.compute(
            List.of(dec("70")),
            occurrences("BONUS#11=1*2 BONUS#12=1*2 BONUS#13=1*2"),
            false,
            ScoringRules.defaults());

    assertThat(totals.bonus()).isEqualByComparingTo("5").hasToString("5.00");
    assertThat(totals.finalScore()).hasToString("75.00");
  }

  @Test
  void oneBonusItemFiveTimesIsCappedAtTwo() {
    Totals totals =
        TotalsCalculator.compute(
            List.of(dec("70")), occurrences("BONUS#11=1*5"), false, ScoringRules.defaults());

    assertThat(totals.bonus()).hasToString("2.00");
    assertThat(totals.finalScore()).hasToString("72.00");
  }

  @Test
  void penaltiesBelowZeroGiveZeroButKeepThePenalty() {
    Totals totals =
        TotalsCalculator.compute(
            List.of(dec("1"), dec("1")),
            occurrences("PENALTY#1=1*3"),
            false,
            ScoringRules.defaults());

    assertThat(totals.finalScore()).hasToString("0.00");
    assertThat(totals.penalty()).hasToString("3.00");
    assertThat(totals.base()).hasToString("2.00");
  }

  @Test
  void emptyEverythingIsZero() {
    Totals totals = TotalsCalculator.compute(List.of(), List.of(), false, ScoringRules.defaults());

    assertThat(totals)
        .isEqualTo(new Totals(dec("0.00"), dec("0.00"), dec("0.00"), dec("0.00"), false));
  }

  @Test
  void zeroOutKeepsTheRealNumbersForTheRecord() {
    Totals totals =
        TotalsCalculator.compute(
            Arrays.asList(dec("40"), null, dec("52.5")),
            occurrences("BONUS#1=1*3 BONUS#2=1 PENALTY#3=0.5"),
            true,
            ScoringRules.defaults());

    assertThat(totals)
        .isEqualTo(new Totals(dec("92.50"), dec("3.00"), dec("0.50"), dec("0.00"), true));
  }

  @Test
  void theSameInputWithoutZeroOutGivesTheRealFinal() {
    Totals totals =
        TotalsCalculator.compute(
            Arrays.asList(dec("40"), null, dec("52.5")),
            occurrences("BONUS#1=1*3 BONUS#2=1 PENALTY#3=0.5"),
            false,
            ScoringRules.defaults());

    assertThat(totals)
        .isEqualTo(new Totals(dec("92.50"), dec("3.00"), dec("0.50"), dec("95.00"), false));
  }

  @ParameterizedTest
  @EnumSource(
      value = ItemKind.class,
      names = {"BASE", "CROSS_REF", "ZERO_OUT"})
  void occurrencesOfOtherKindsCountForNothing(ItemKind kind) {
    List<Occurrence> approved =
        List.of(new Occurrence(1, kind, dec("1")), new Occurrence(2, kind, dec("3")));

    Totals totals =
        TotalsCalculator.compute(List.of(dec("60")), approved, false, ScoringRules.defaults());

    assertTotals(totals, "60", "0", "0", "60", false);
  }

  @Test
  void theInputsAreNotChanged() {
    List<BigDecimal> scores = new ArrayList<>(List.of(dec("10"), dec("5.5")));
    List<Occurrence> approved = new ArrayList<>(occurrences("BONUS#1=1*3"));

    TotalsCalculator.compute(scores, approved, false, ScoringRules.defaults());

    assertThat(scores).containsExactly(dec("10"), dec("5.5"));
    assertThat(approved).hasSize(3);
  }

  @Test
  void defaultRulesAreTwoAndFiveWithTwoDecimals() {
    ScoringRules rules = ScoringRules.defaults();

    assertThat(rules.bonusItemCap()).hasToString("2.00");
    assertThat(rules.bonusTotalCap()).hasToString("5.00");
  }
}
