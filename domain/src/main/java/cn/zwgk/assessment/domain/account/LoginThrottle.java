package cn.zwgk.assessment.domain.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Limits failed logins per client address: after {@link #MAX_FAILURES} failures within {@link
 * #WINDOW}, every login from that address is refused until the oldest of them leaves the window.
 * The account lockout stops guessing one account's password; this stops one address from trying a
 * few passwords on many accounts. A success does not clear the address: a guesser with one valid
 * account could otherwise reset it between guesses. Kept in memory, per server.
 */
public final class LoginThrottle {

  public static final int MAX_FAILURES = 20;
  public static final Duration WINDOW = Duration.ofMinutes(10);

  /** Bounds the memory a flood of spoofed addresses can take. */
  static final int MAX_ADDRESSES = 10_000;

  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new HashMap<>();

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** True when a login from this address may be tried now. */
  public synchronized boolean allows(String address) {
    Deque<Instant> recent = failures.get(address);
    if (recent == null) {
      return true;
    }
    forgetOld(recent, clock.instant());
    if (recent.isEmpty()) {
      failures.remove(address);
      return true;
    }
    return recent.size() < MAX_FAILURES;
  }

  public synchronized void failed(String address) {
    Instant now = clock.instant();
    if (failures.size() >= MAX_ADDRESSES && !failures.containsKey(address)) {
      failures.values().forEach(d -> forgetOld(d, now));
      failures.values().removeIf(Deque::isEmpty);
      if (failures.size() >= MAX_ADDRESSES) {
        failures.clear();
      }
    }
    Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
    forgetOld(recent, now);
    recent.addLast(now);
    while (recent.size() > MAX_FAILURES) {
      recent.removeFirst();
    }
  }

  /** How long until a login from this address is allowed again; zero if it is now. */
  public synchronized Duration retryAfter(String address) {
    if (allows(address)) {
      return Duration.ZERO;
    }
    return Duration.between(clock.instant(), failures.get(address).peekFirst().plus(WINDOW));
  }

  private static void forgetOld(Deque<Instant> recent, Instant now) {
    Instant oldest = now.minus(WINDOW);
    while (!recent.isEmpty() && !recent.peekFirst().isAfter(oldest)) {
      recent.removeFirst();
    }
  }
}
