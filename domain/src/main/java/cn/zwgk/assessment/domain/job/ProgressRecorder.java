package cn.zwgk.assessment.domain.job;

/**
 * Records a job execution's progress in transactions of its own, so that it is visible while the
 * step's transaction is still open. Implemented by the services, called by the jobs.
 */
public interface ProgressRecorder {

  /** A step begins; its total is not known yet. */
  void startStep(long executionId, String jobName, String stepName);

  /** The step now knows how many items it will process. */
  void total(long executionId, long total);

  /** The step has processed {@code done} items so far. */
  void advance(long executionId, long done);

  /** A partition of the step has processed {@code more} items: partitions add up. */
  void add(long executionId, long more);
}
