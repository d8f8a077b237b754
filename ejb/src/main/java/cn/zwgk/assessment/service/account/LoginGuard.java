package cn.zwgk.assessment.service.account;

import cn.zwgk.assessment.domain.account.LoginLock;
import cn.zwgk.assessment.domain.account.LoginThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory side of the login policy: the throttle per client address, and the lockout of
 * usernames that have no account (they lock like real ones, so that a locked answer does not prove
 * that an account exists). Accounts keep their own lock in the database.
 */
@ApplicationScoped
public class LoginGuard {

  static final int MAX_UNKNOWN = 10_000;

  private final Clock clock;
  private final LoginThrottle throttle;
  private final Map<String, LoginLock> unknown = new ConcurrentHashMap<>();

  public LoginGuard() {
    this(Clock.systemDefaultZone());
  }

  LoginGuard(Clock clock) {
    this.clock = clock;
    this.throttle = new LoginThrottle(clock);
  }

  public LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  public LoginThrottle throttle() {
    return throttle;
  }

  public LoginLock unknownLock(String username) {
    return unknown.getOrDefault(username, LoginLock.OPEN);
  }

  public void setUnknownLock(String username, LoginLock lock) {
    if (unknown.size() >= MAX_UNKNOWN) {
      LocalDateTime now = now();
      unknown.values().removeIf(l -> !l.isLockedAt(now));
      if (unknown.size() >= MAX_UNKNOWN) {
        unknown.clear();
      }
    }
    unknown.put(username, lock);
  }
}
