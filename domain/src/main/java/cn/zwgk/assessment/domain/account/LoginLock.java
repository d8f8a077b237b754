package cn.zwgk.assessment.domain.account;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * The lockout rule of MLPS level 3: an account is locked for {@link #LOCK_TIME} after {@link
 * #MAX_FAILURES} consecutive failed logins. While it is locked every login is refused, even with
 * the right password, and the attempts do not extend the lock (that would let anyone keep a
 * colleague locked out for ever).
 *
 * @param failures consecutive failed logins since the last success or lock
 * @param lockedUntil the end of the current or last lock; null if never locked
 */
public record LoginLock(int failures, LocalDateTime lockedUntil) {

  public static final int MAX_FAILURES = 5;
  public static final Duration LOCK_TIME = Duration.ofMinutes(15);

  /** An account that has not failed since its last success. */
  public static final LoginLock OPEN = new LoginLock(0, null);

  public LoginLock {
    if (failures < 0 || failures >= MAX_FAILURES) {
      throw new IllegalArgumentException("failures out of range: " + failures);
    }
  }

  public boolean isLockedAt(LocalDateTime now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** The state after one more failed login at {@code now}; the fifth one locks. */
  public LoginLock afterFailure(LocalDateTime now) {
    if (isLockedAt(now)) {
      return this;
    }
    int count = failures + 1;
    return count >= MAX_FAILURES
        ? new LoginLock(0, now.plus(LOCK_TIME))
        : new LoginLock(count, lockedUntil);
  }

  /** True when {@code after} is the failure that locked the account. */
  public boolean locksWith(LoginLock after, LocalDateTime now) {
    return !isLockedAt(now) && after.isLockedAt(now);
  }
}
