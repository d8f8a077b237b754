package cn.zwgk.assessment.bench;

import java.util.Arrays;

/**
 * The durations of one kind of request, and how many of them failed; safe to record from many
 * threads.
 */
final class Latencies {

  private long[] nanos = new long[1024];
  private int count;
  private int errors;

  synchronized void record(long elapsedNanos, boolean ok) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = elapsedNanos;
    if (!ok) {
      errors++;
    }
  }

  synchronized int count() {
    return count;
  }

  synchronized int errors() {
    return errors;
  }

  /** The nearest-rank percentile in milliseconds (0 when nothing was recorded). */
  synchronized double percentileMs(double percent) {
    if (count == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percent / 100 * count);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  synchronized double errorPercent() {
    return count == 0 ? 0 : 100.0 * errors / count;
  }

  /** {@code p50 … p95 … p99 … (n requests, e errors)} for the report. */
  String summary() {
    return String.format(
        "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%d requests, %d errors)",
        percentileMs(50), percentileMs(95), percentileMs(99), count(), errors());
  }
}
