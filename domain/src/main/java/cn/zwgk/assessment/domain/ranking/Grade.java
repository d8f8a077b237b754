package cn.zwgk.assessment.domain.ranking;

/** 等次: the grade a unit earns for the year. */
public enum Grade {
  /** 优秀 */
  EXCELLENT,
  /** 良好 */
  GOOD,
  /** 合格 */
  PASS,
  /** 不合格 */
  FAIL
}
