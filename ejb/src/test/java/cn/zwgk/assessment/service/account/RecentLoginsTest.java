package cn.zwgk.assessment.service.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.assessment.domain.account.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RecentLoginsTest {

  private static final AuthenticatedAccount ADMIN =
      new AuthenticatedAccount("admin", "管理员", Role.ADMIN, null, false);

  private final MovableClock clock = new MovableClock();
  private final RecentLogins logins = new RecentLogins(clock);

  @Test
  void aRememberedLoginIsFoundWithTheSamePasswordOnly() {
    logins.remember("admin", "Demo@2026".toCharArray(), ADMIN);

    assertThat(logins.find("admin", "Demo@2026".toCharArray())).contains(ADMIN);
    assertThat(logins.find("admin", "Demo@2027".toCharArray())).isEmpty();
    assertThat(logins.find("admin", "".toCharArray())).isEmpty();
    assertThat(logins.find("Admin", "Demo@2026".toCharArray())).isEmpty();
  }

  @Test
  void usernameAndPasswordCannotTradeCharacters() {
    logins.remember("ab", "c".toCharArray(), ADMIN);

    assertThat(logins.find("a", "bc".toCharArray())).isEmpty();
  }

  @Test
  void aLoginIsForgottenAfterAMinute() {
    logins.remember("admin", "Demo@2026".toCharArray(), ADMIN);

    clock.advance(RecentLogins.TTL.minusSeconds(1));
    assertThat(logins.find("admin", "Demo@2026".toCharArray())).isPresent();
    clock.advance(Duration.ofSeconds(2));
    assertThat(logins.find("admin", "Demo@2026".toCharArray())).isEmpty();
  }

  @Test
  void forgettingAnAccountForgetsAllItsLogins() {
    AuthenticatedAccount unit =
        new AuthenticatedAccount("gongan", "公安局", Role.UNIT_USER, "gongan", false);
    logins.remember("admin", "Demo@2026".toCharArray(), ADMIN);
    logins.remember("gongan", "Demo@2026".toCharArray(), unit);

    logins.forget("admin");

    assertThat(logins.find("admin", "Demo@2026".toCharArray())).isEmpty();
    assertThat(logins.find("gongan", "Demo@2026".toCharArray())).contains(unit);
  }

  @Test
  void itNeverHoldsMoreThanItsLimit() {
    for (int i = 0; i <= RecentLogins.MAX_ENTRIES; i++) {
      logins.remember("user" + i, "pw".toCharArray(), ADMIN);
    }

    assertThat(logins.find("user0", "pw".toCharArray())).isEmpty();
    assertThat(logins.find("user" + RecentLogins.MAX_ENTRIES, "pw".toCharArray())).isPresent();
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-12-04T08:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
