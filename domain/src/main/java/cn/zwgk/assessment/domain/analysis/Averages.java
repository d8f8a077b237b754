package cn.zwgk.assessment.domain.analysis;

import cn.zwgk.assessment.domain.indicator.Points;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/** Averages of scores: two decimals, rounded half up, as every figure the office publishes. */
public final class Averages {

  private Averages() {}

  /** The mean of the values; zero for none. */
  public static BigDecimal mean(Collection<BigDecimal> values) {
    return mean(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add), values.size());
  }

  /** The mean of {@code count} values that add up to {@code total}; zero for none. */
  public static BigDecimal mean(BigDecimal total, long count) {
    if (count == 0) {
      return Points.ZERO;
    }
    return total.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
  }
}
