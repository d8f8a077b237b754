package cn.zwgk.assessment.service.job;

import jakarta.batch.runtime.BatchStatus;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One job execution as the jobs page and {@code GET /api/jobs/{id}} show it: its Jakarta Batch
 * status, the step it is in and its items done of total.
 */
public record JobStatus(
    long executionId,
    String job,
    BatchStatus status,
    String exitStatus,
    String step,
    long done,
    long total,
    LocalDateTime started,
    LocalDateTime ended,
    LocalDateTime progressed)
    implements Serializable {

  public boolean isRunning() {
    return status == BatchStatus.STARTING
        || status == BatchStatus.STARTED
        || status == BatchStatus.STOPPING;
  }

  /** Nothing has moved since {@code moment}: no progress written, or none after it. */
  public boolean quietSince(LocalDateTime moment) {
    LocalDateTime last = progressed != null ? progressed : started;
    return last == null || last.isBefore(moment);
  }

  /** Whole percent done, for the progress bar. */
  public int percent() {
    if (status == BatchStatus.COMPLETED) {
      return 100;
    }
    return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
  }
}
