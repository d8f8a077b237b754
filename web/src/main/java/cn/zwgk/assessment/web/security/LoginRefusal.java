package cn.zwgk.assessment.web.security;

import cn.zwgk.assessment.service.account.LoginOutcome;

/**
 * How a refused login is told, on the login page and by the API alike: the status, the error code
 * and the message (with the minutes to wait where there is a wait).
 */
public record LoginRefusal(int status, String code, String key, long minutes) {

  public static LoginRefusal of(LoginOutcome outcome) {
    long minutes = Math.max(1, (outcome.retryAfter().toSeconds() + 59) / 60);
    return switch (outcome.kind()) {
      case LOCKED -> new LoginRefusal(401, "locked", "auth.locked", minutes);
      case THROTTLED -> new LoginRefusal(429, "throttled", "auth.throttled", minutes);
      default -> new LoginRefusal(401, "unauthorized", "auth.failed", 0);
    };
  }
}
