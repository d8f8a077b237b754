package cn.zwgk.assessment.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final String ADDRESS = "10.1.2.3";

  private final MovableClock clock = new MovableClock();
  private final LoginThrottle throttle = new LoginThrottle(clock);

  private void fail(String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(address);
    }
  }

  @Test
  void theRuleIsTwentyFailuresInTenMinutes() {
    assertThat(LoginThrottle.MAX_FAILURES).isEqualTo(20);
    assertThat(LoginThrottle.WINDOW).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void anUnknownAddressIsAllowed() {
    assertThat(throttle.allows(ADDRESS)).isTrue();
    assertThat(throttle.retryAfter(ADDRESS)).isZero();
  }

  @Test
  void nineteenFailuresStillAllowTheTwentiethStops() {
    fail(ADDRESS, 19);
    assertThat(throttle.allows(ADDRESS)).isTrue();
    throttle.failed(ADDRESS);
    assertThat(throttle.allows(ADDRESS)).isFalse();
  }

  @Test
  void otherAddressesAreNotAffected() {
    fail(ADDRESS, 25);
    assertThat(throttle.allows(ADDRESS)).isFalse();
    assertThat(throttle.allows("10.1.2.4")).isTrue();
    assertThat(throttle.allows("::1")).isTrue();
  }

  @Test
  void theAddressIsAllowedAgainWhenItsOldestFailureLeavesTheWindow() {
    throttle.failed(ADDRESS);
    clock.advance(Duration.ofMinutes(3));
    fail(ADDRESS, 19);
    assertThat(throttle.allows(ADDRESS)).isFalse();
    assertThat(throttle.retryAfter(ADDRESS)).isEqualTo(Duration.ofMinutes(7));

    clock.advance(Duration.ofMinutes(7).minusSeconds(1));
    assertThat(throttle.allows(ADDRESS)).isFalse();
    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.allows(ADDRESS)).isTrue();
    // one failure more and it is full again: the other 19 are still inside the window
    throttle.failed(ADDRESS);
    assertThat(throttle.allows(ADDRESS)).isFalse();
  }

  @Test
  void failuresSpreadOverMoreThanTheWindowNeverStopTheAddress() {
    for (int i = 0; i < 100; i++) {
      throttle.failed(ADDRESS);
      clock.advance(Duration.ofSeconds(31));
      assertThat(throttle.allows(ADDRESS)).as("failure %d", i).isTrue();
    }
  }

  @Test
  void aStoppedAddressStaysStoppedWhateverItTries() {
    fail(ADDRESS, 20);
    clock.advance(Duration.ofMinutes(5));
    fail(ADDRESS, 50);
    assertThat(throttle.allows(ADDRESS)).isFalse();
    assertThat(throttle.retryAfter(ADDRESS))
        .isPositive()
        .isLessThanOrEqualTo(Duration.ofMinutes(10));
    clock.advance(Duration.ofMinutes(10));
    assertThat(throttle.allows(ADDRESS)).isTrue();
  }

  @Test
  void manyAddressesDoNotGrowWithoutBound() {
    for (int i = 0; i < LoginThrottle.MAX_ADDRESSES + 10; i++) {
      throttle.failed("addr-" + i);
    }
    fail(ADDRESS, 20);
    assertThat(throttle.allows(ADDRESS)).isFalse();
    clock.advance(LoginThrottle.WINDOW);
    throttle.failed("one more");
    assertThat(throttle.allows("addr-0")).isTrue();
    assertThat(throttle.allows("one more")).isTrue();
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-12-05T01:00:00Z");

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
