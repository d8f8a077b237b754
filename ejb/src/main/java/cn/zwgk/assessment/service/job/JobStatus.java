package cn.zwgk.assessment.service.job;

import cn.zwgk.assessment.domain.unit.UnitImportSteps;
import jakarta.batch.runtime.BatchStatus;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /**
   * How long a running execution may make no progress before it is offered for restart: its server
   * may have died under it (restarting one that really runs is refused).
   */
  public static final Duration STALLED_AFTER = Duration.ofMinutes(2);

  /** How the jobs set their exit statuses: a code word, and a count where there is one. */
  private static final Pattern CODED_EXIT = Pattern.compile("([A-Z][A-Z_]*)(?: (\\d{1,12}))?");

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

  /** An import rejected for its rows: a verdict on the sheet, which a restart cannot change. */
  public boolean isRejected() {
    return UnitImportSteps.REJECTED.equals(exitStatus);
  }

  /** Done for good: completed, abandoned, or rejected. */
  public boolean isFinal() {
    return status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED || isRejected();
  }

  /** Failed or stopped and not final, or running with no progress for {@link #STALLED_AFTER}. */
  public boolean isRestartable(LocalDateTime now) {
    if (isFinal()) {
      return false;
    }
    return status == BatchStatus.FAILED
        || status == BatchStatus.STOPPED
        || isRunning() && quietSince(now.minus(STALLED_AFTER));
  }

  /** An exit status as the jobs code it: a word, and a count where there is one. */
  public record CodedExit(String word, Long count) implements Serializable {}

  /**
   * The exit status read as its code word and count — COMPLETED, IMPORTED 12, INCOMPLETE 3,
   * REJECTED — so that a page can word it; null where it is free text, such as a failed step's
   * reason.
   */
  public CodedExit codedExit() {
    Matcher coded = CODED_EXIT.matcher(exitStatus == null ? "" : exitStatus);
    if (!coded.matches()) {
      return null;
    }
    return new CodedExit(
        coded.group(1), coded.group(2) == null ? null : Long.valueOf(coded.group(2)));
  }

  /** Whole percent done, for the progress bar. */
  public int percent() {
    if (status == BatchStatus.COMPLETED) {
      return 100;
    }
    return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
  }
}
