package cn.zwgk.assessment.service.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Credentials verified a moment ago. API clients send their password with every request (HTTP
 * Basic); checking it against its slow hash each time would cost tens of milliseconds a request. A
 * successful check is remembered for a minute under a keyed digest (the key is random per server
 * and never leaves memory), so a wrong password is never accepted and a changed one is asked again
 * at the latest a minute later.
 */
@ApplicationScoped
public class RecentLogins {

  static final Duration TTL = Duration.ofMinutes(1);
  static final int MAX_ENTRIES = 10_000;

  private record Entry(AuthenticatedAccount account, Instant expires) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final byte[] key = new byte[32];
  private final Clock clock;

  public RecentLogins() {
    this(Clock.systemUTC());
  }

  RecentLogins(Clock clock) {
    this.clock = clock;
    new SecureRandom().nextBytes(key);
  }

  public Optional<AuthenticatedAccount> find(String username, char[] password) {
    Entry entry = entries.get(digest(username, password));
    if (entry == null || entry.expires().isBefore(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(entry.account());
  }

  public void remember(String username, char[] password, AuthenticatedAccount account) {
    Instant now = clock.instant();
    if (entries.size() >= MAX_ENTRIES) {
      entries.values().removeIf(e -> e.expires().isBefore(now));
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
    }
    entries.put(digest(username, password), new Entry(account, now.plus(TTL)));
  }

  /** Forgets every remembered login of an account (its password or its rights changed). */
  public void forget(String username) {
    entries.values().removeIf(e -> e.account().username().equals(username));
  }

  private String digest(String username, char[] password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(key);
      sha.update(username.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(new String(password).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }
}
