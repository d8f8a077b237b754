package cn.zwgk.assessment.domain.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A group's distribution of final scores in bands: below 60, then tens up to 90, then 90 to 95, 95
 * to 100, and 100 or more (bonus points take a unit above the base 100). Each band includes its
 * lower bound.
 */
public final class ScoreBands {

  /** One band: its bounds (upper null for the last) and how many units fall in it. */
  public record Band(BigDecimal from, BigDecimal to, int count) {

    public String label() {
      if (from == null) {
        return "<" + to.toPlainString();
      }
      return to == null
          ? "≥" + from.toPlainString()
          : from.toPlainString() + "–" + to.toPlainString();
    }
  }

  private static final List<BigDecimal> BOUNDS =
      List.of(60, 70, 80, 90, 95, 100).stream().map(BigDecimal::valueOf).toList();

  private ScoreBands() {}

  public static List<Band> of(Collection<BigDecimal> finals) {
    List<Band> bands = new ArrayList<>();
    BigDecimal from = null;
    for (BigDecimal to : BOUNDS) {
      bands.add(new Band(from, to, count(finals, from, to)));
      from = to;
    }
    bands.add(new Band(from, null, count(finals, from, null)));
    return bands;
  }

  private static int count(Collection<BigDecimal> finals, BigDecimal from, BigDecimal to) {
    return (int)
        finals.stream()
            .filter(f -> from == null || f.compareTo(from) >= 0)
            .filter(f -> to == null || f.compareTo(to) < 0)
            .count();
  }
}
