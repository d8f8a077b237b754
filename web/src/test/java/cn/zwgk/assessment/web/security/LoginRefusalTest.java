package cn.zwgk.assessment.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.assessment.service.account.LoginOutcome;
import cn.zwgk.assessment.web.Texts;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginRefusalTest {

  @ParameterizedTest(name = "{0} with {1} s to wait: {2} {3}, {4} minutes")
  @CsvSource({
    "FAILED,    0,   401, unauthorized, 0",
    "LOCKED,    900, 401, locked,       15",
    "LOCKED,    899, 401, locked,       15",
    "LOCKED,    61,  401, locked,       2",
    "LOCKED,    1,   401, locked,       1",
    "LOCKED,    0,   401, locked,       1",
    "THROTTLED, 600, 429, throttled,    10",
    "THROTTLED, 59,  429, throttled,    1",
  })
  void eachRefusalHasItsStatusCodeAndMinutesRoundedUp(
      LoginOutcome.Kind kind, long seconds, int status, String code, long minutes) {
    LoginRefusal refusal =
        LoginRefusal.of(new LoginOutcome(kind, null, Duration.ofSeconds(seconds)));
    assertThat(refusal.status()).isEqualTo(status);
    assertThat(refusal.code()).isEqualTo(code);
    assertThat(refusal.minutes()).isEqualTo(minutes);
    assertThat(Texts.format(Texts.CHINESE, refusal.key(), refusal.minutes()))
        .doesNotContain(refusal.key());
    assertThat(Texts.format(Texts.ENGLISH, refusal.key(), refusal.minutes()))
        .doesNotContain(refusal.key());
  }
}
