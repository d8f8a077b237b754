package cn.zwgk.assessment.domain.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Points and scores are decimals with two places, given in steps of 0.5; never floating point. */
public final class Points {

  public static final int SCALE = 2;
  public static final BigDecimal ZERO = normalize(BigDecimal.ZERO);
  public static final BigDecimal HALF = normalize(new BigDecimal("0.5"));

  private Points() {}

  /** The canonical form of a value: two decimal places (92.5 → 92.50). */
  public static BigDecimal normalize(BigDecimal value) {
    return value.setScale(SCALE, RoundingMode.UNNECESSARY);
  }

  /** True when the value is a whole number of half-points (0, 0.5, 1, 1.5 …). */
  public static boolean isHalfStep(BigDecimal value) {
    return value.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0;
  }

  /** A score for an item worth {@code max}: between 0 and max, in steps of 0.5. */
  public static boolean isValidScore(BigDecimal score, BigDecimal max) {
    return score != null && score.signum() >= 0 && score.compareTo(max) <= 0 && isHalfStep(score);
  }
}
