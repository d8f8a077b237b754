package cn.zwgk.assessment.domain.ranking;

import cn.zwgk.assessment.domain.indicator.Points;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The grade thresholds of DESIGN.md, configurable per cycle: 优秀 needs at least {@code excellentMin}
 * and a rank within the quota ({@code excellentQuotaPercent} of the group's units, rounded down, at
 * least one); 良好 at least {@code goodMin} (or excellent marks beyond the quota); 合格 at least {@code
 * passMin}; below that 不合格.
 */
public record GradingRules(
    BigDecimal excellentMin, BigDecimal goodMin, BigDecimal passMin, int excellentQuotaPercent) {

  public static final GradingRules DEFAULT =
      new GradingRules(
          Points.normalize(new BigDecimal("90")),
          Points.normalize(new BigDecimal("80")),
          Points.normalize(new BigDecimal("60")),
          30);

  public GradingRules {
    Objects.requireNonNull(excellentMin);
    Objects.requireNonNull(goodMin);
    Objects.requireNonNull(passMin);
    if (excellentMin.compareTo(goodMin) < 0 || goodMin.compareTo(passMin) < 0) {
      throw new IllegalArgumentException("thresholds must not decrease: " + this);
    }
    if (excellentQuotaPercent < 0 || excellentQuotaPercent > 100) {
      throw new IllegalArgumentException("quota must be a percentage: " + excellentQuotaPercent);
    }
  }

  /** How many places of a group of {@code units} may be excellent: rounded down, at least one. */
  public int excellentQuota(int units) {
    return Math.max(1, units * excellentQuotaPercent / 100);
  }
}
