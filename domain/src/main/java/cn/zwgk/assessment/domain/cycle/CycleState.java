package cn.zwgk.assessment.domain.cycle;

/** The life cycle of a year's assessment (DESIGN.md). Deadlines are dates, not states. */
public enum CycleState {
  /** Being set up: points and deadlines may change. */
  DRAFT,
  /** Units self-assess; assessors score each unit as it is submitted. */
  OPEN,
  /** The year-end close is running: frozen already, results not complete yet. */
  CLOSING,
  /** The year-end close is done: frozen, ranked, graded. */
  CLOSED,
  /** Results shown (公示), appeal window open. */
  PUBLISHED,
  /** Final for good. */
  ARCHIVED
}
