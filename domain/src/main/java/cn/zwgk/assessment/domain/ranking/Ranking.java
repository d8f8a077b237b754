package cn.zwgk.assessment.domain.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Ranks one group by final score and grades it (DESIGN.md): equal scores share a rank and the next
 * rank skips (1, 2, 2, 4); 优秀 needs the excellent marks and a rank within the quota, so units tied
 * at the line all qualify. A zeroed-out unit stays in the ranking with its final 0. The one
 * implementation for the close and any re-ranking after an appeal.
 */
public final class Ranking {

  /** A unit to rank: its code, its final score, and its place in the official list for ties. */
  public record Entry(String unit, BigDecimal finalScore, int listOrder) {
    public Entry {
      Objects.requireNonNull(unit);
      Objects.requireNonNull(finalScore);
    }
  }

  /** A unit's place: its rank and grade. */
  public record Placed(String unit, BigDecimal finalScore, int rank, Grade grade) {}

  private Ranking() {}

  /** The group's units in rank order (ties in the order of the official list). */
  public static List<Placed> rank(List<Entry> group, GradingRules rules) {
    List<Entry> ordered =
        group.stream()
            .sorted(
                Comparator.comparing(Entry::finalScore, Comparator.reverseOrder())
                    .thenComparingInt(Entry::listOrder)
                    .thenComparing(Entry::unit))
            .toList();
    int quota = rules.excellentQuota(ordered.size());
    List<Placed> placed = new ArrayList<>(ordered.size());
    int rank = 0;
    for (int i = 0; i < ordered.size(); i++) {
      Entry entry = ordered.get(i);
      if (i == 0 || entry.finalScore().compareTo(ordered.get(i - 1).finalScore()) != 0) {
        rank = i + 1;
      }
      placed.add(
          new Placed(
              entry.unit(),
              entry.finalScore(),
              rank,
              grade(entry.finalScore(), rank, quota, rules)));
    }
    return placed;
  }

  static Grade grade(BigDecimal finalScore, int rank, int quota, GradingRules rules) {
    if (finalScore.compareTo(rules.excellentMin()) >= 0) {
      return rank <= quota ? Grade.EXCELLENT : Grade.GOOD;
    }
    if (finalScore.compareTo(rules.goodMin()) >= 0) {
      return Grade.GOOD;
    }
    return finalScore.compareTo(rules.passMin()) >= 0 ? Grade.PASS : Grade.FAIL;
  }
}
