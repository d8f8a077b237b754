package cn.zwgk.assessment.domain.evidence;

import cn.zwgk.assessment.domain.Refusal;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Each unit's share of the file store (ASVS 12.1): the evidence files that its assessments hold,
 * each counted once however many items it supports, may not grow beyond the quota. The shared store
 * keeps one unit from filling the disk for every other.
 */
public record StorageQuota(long bytes) {

  /** 500 MB, the default quota of a unit. */
  public static final long DEFAULT_BYTES = 500L * 1024 * 1024;

  private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024L * 1024);

  public StorageQuota {
    if (bytes <= 0) {
      throw new IllegalArgumentException("A storage quota is a positive number of bytes: " + bytes);
    }
  }

  /**
   * Refuses (400) a file that would take the unit beyond its quota.
   *
   * @param used what the unit's files take now
   * @param adding what the new file adds: 0 for content the unit holds already
   */
  public void check(long used, long adding) {
    if (used < 0 || adding < 0) {
      throw new IllegalArgumentException("Sizes are not negative: " + used + ", " + adding);
    }
    if (adding > 0 && adding > bytes - used) {
      throw Refusal.badInput("evidence.quota", megabytes(bytes), megabytes(used));
    }
  }

  /** Whole megabytes for the quota, one decimal for what is used: "500", "499.9". */
  static String megabytes(long size) {
    return BigDecimal.valueOf(size)
        .divide(MEGABYTE, 1, RoundingMode.DOWN)
        .stripTrailingZeros()
        .toPlainString();
  }
}
