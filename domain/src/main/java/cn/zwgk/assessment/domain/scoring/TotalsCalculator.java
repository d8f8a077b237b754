package cn.zwgk.assessment.domain.scoring;

import cn.zwgk.assessment.domain.indicator.ItemKind;
import cn.zwgk.assessment.domain.indicator.Points;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The one implementation of a unit's totals, for the running totals of the year and for the
 * year-end close alike (DESIGN.md): final = base + bonus − penalty, never below 0; bonus at most
 * the per-item cap from each bonus item and the total cap in all; penalty uncapped; a zero-out
 * makes final 0.
 */
public final class TotalsCalculator {

  private TotalsCalculator() {}

  /**
   * @param baseScores the scores of the unit's BASE items; unscored items are left out (or null)
   * @param approved the approved occurrences of its special items (other kinds are ignored)
   * @param zeroedOut whether an approved zero-out stands against the unit
   */
  public static Totals compute(
      Collection<BigDecimal> baseScores,
      Collection<Occurrence> approved,
      boolean zeroedOut,
      ScoringRules rules) {
    BigDecimal base =
        baseScores.stream().filter(Objects::nonNull).reduce(Points.ZERO, BigDecimal::add);

    Map<Long, BigDecimal> bonusPerItem = new TreeMap<>();
    BigDecimal penalty = Points.ZERO;
    for (Occurrence occurrence : approved) {
      if (occurrence.kind() == ItemKind.BONUS) {
        bonusPerItem.merge(occurrence.itemId(), occurrence.points(), BigDecimal::add);
      } else if (occurrence.kind() == ItemKind.PENALTY) {
        penalty = penalty.add(occurrence.points());
      }
    }
    BigDecimal bonus =
        bonusPerItem.values().stream()
            .map(sum -> sum.min(rules.bonusItemCap()))
            .reduce(Points.ZERO, BigDecimal::add)
            .min(rules.bonusTotalCap());

    BigDecimal raw = base.add(bonus).subtract(penalty).max(Points.ZERO);
    return new Totals(
        Points.normalize(base),
        Points.normalize(bonus),
        Points.normalize(penalty),
        zeroedOut ? Points.ZERO : Points.normalize(raw),
        zeroedOut);
  }
}
