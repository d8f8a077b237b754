package cn.zwgk.assessment.domain.appeal;

/** Where a unit's appeal stands: filed, then decided by the office. */
public enum AppealState {
  FILED,
  /** The unit's assessment re-opened for the assessor. */
  ACCEPTED,
  REJECTED
}
