package cn.zwgk.assessment.domain.special;

/** Where a recorded special item or zero-out stands: it counts only once approved. */
public enum Decision {
  PENDING,
  APPROVED,
  REJECTED
}
