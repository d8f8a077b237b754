package cn.zwgk.assessment.domain.assessment;

/** Where a unit's assessment stands in the year (DESIGN.md, "Unit assessment"). */
public enum AssessmentState {
  NOT_STARTED,
  /** The first self-score is saved; the unit is filling in. */
  SELF_ASSESSING,
  /** Handed in: read-only for the unit, waiting for the assessor. */
  SUBMITTED,
  /** The assessor has saved a first score. */
  SCORING,
  /** Back with the unit for more evidence; its next submit makes it SUBMITTED again. */
  RETURNED,
  /** Every BASE item scored: waiting for approval. */
  SCORED,
  APPROVED,
  /** Frozen by the year-end close. */
  FINAL,
  /** Re-opened by an accepted appeal. */
  APPEALED
}
