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
    if (values.isEmpty()) {
      return Points.ZERO;
    }
    return values.stream()
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
  }
}
