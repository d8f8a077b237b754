package cn.zwgk.assessment.web.api;

import java.math.BigDecimal;

/** API.md: decimals are JSON numbers with at most two decimals and no needless zeros (92.5). */
final class Decimals {

  private Decimals() {}

  static BigDecimal json(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
