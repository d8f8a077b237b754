package cn.zwgk.assessment.domain.analysis;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where units lost most points across the county: each item's points lost, summed over the units,
 * with how many units lost points on it; the largest first.
 */
public final class LostPoints {

  /**
   * One unit's loss on one item: the item's key (its group and text), label and the points lost.
   */
  public record Loss(String key, String label, BigDecimal lost) {}

  /** An item's total: the points lost over all units and how many units lost any. */
  public record Total(String label, BigDecimal lost, int units) {}

  private LostPoints() {}

  /** The {@code limit} items with the most points lost; ties in the order first seen. */
  public static List<Total> top(Collection<Loss> losses, int limit) {
    Map<String, Total> totals = new LinkedHashMap<>();
    for (Loss loss : losses) {
      if (loss.lost().signum() <= 0) {
        continue;
      }
      totals.merge(
          loss.key(),
          new Total(loss.label(), loss.lost(), 1),
          (a, b) -> new Total(a.label(), a.lost().add(b.lost()), a.units() + b.units()));
    }
    return largest(totals.values(), limit);
  }

  /**
   * The {@code limit} items with the most points lost, from totals already made item by item (by
   * the database); ties in the order given.
   */
  public static List<Total> largest(Collection<Total> totals, int limit) {
    return totals.stream()
        .sorted(
            Comparator.comparing(Total::lost)
                .reversed()
                .thenComparing(Total::units, Comparator.reverseOrder()))
        .limit(limit)
        .toList();
  }
}
