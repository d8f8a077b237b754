package cn.zwgk.assessment.domain.rectification;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much of what a unit (or the county) lost points on is rectified: items completed of the items
 * with a deduction. Nothing to rectify counts as complete.
 */
public record CompletionRate(long toRectify, long completed) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public CompletionRate {
    if (toRectify < 0 || completed < 0 || completed > toRectify) {
      throw new IllegalArgumentException(completed + " of " + toRectify);
    }
  }

  /** The rate in percent, one decimal, rounded half up. */
  public BigDecimal percent() {
    if (toRectify == 0) {
      return HUNDRED.setScale(1);
    }
    return BigDecimal.valueOf(completed)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(toRectify), 1, RoundingMode.HALF_UP);
  }

  public CompletionRate plus(CompletionRate other) {
    return new CompletionRate(toRectify + other.toRectify, completed + other.completed);
  }

  public static CompletionRate none() {
    return new CompletionRate(0, 0);
  }
}
