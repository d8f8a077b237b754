package cn.zwgk.assessment.domain.indicator;

/** How an item of the indicator table counts. */
public enum ItemKind {
  /** Scored; counts toward the base 100. */
  BASE,
  /** 备注 见“…”: scored under another area, so it carries no points of its own. */
  CROSS_REF,
  /** 特别加分项: {@code points} is the value of one occurrence, outside the 100. */
  BONUS,
  /** 特别减分项: {@code points} is the value of one occurrence, outside the 100. */
  PENALTY,
  /** 直接归零项: fraud; the unit's final score becomes 0. */
  ZERO_OUT;

  /**
   * Cross-references are scored elsewhere and a zero-out is all or nothing: they carry no points.
   */
  public boolean carriesPoints() {
    return this == BASE || this == BONUS || this == PENALTY;
  }

  public boolean isSpecial() {
    return this == BONUS || this == PENALTY || this == ZERO_OUT;
  }
}
