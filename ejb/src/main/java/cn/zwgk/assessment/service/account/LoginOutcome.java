package cn.zwgk.assessment.service.account;

import java.time.Duration;
import java.util.Optional;

/**
 * The answer to a login. A locked account and a throttled address are told apart from a wrong
 * password so that the person knows to wait; an unknown username locks like a real one, so that the
 * answer never tells whether an account exists.
 */
public record LoginOutcome(Kind kind, AuthenticatedAccount account, Duration retryAfter) {

  public enum Kind {
    SUCCESS,
    FAILED,
    LOCKED,
    THROTTLED
  }

  static LoginOutcome success(AuthenticatedAccount account) {
    return new LoginOutcome(Kind.SUCCESS, account, Duration.ZERO);
  }

  static LoginOutcome refused(Kind kind, Duration retryAfter) {
    return new LoginOutcome(kind, null, retryAfter);
  }

  public Optional<AuthenticatedAccount> accepted() {
    return Optional.ofNullable(account);
  }
}
