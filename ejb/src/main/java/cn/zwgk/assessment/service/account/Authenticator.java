package cn.zwgk.assessment.service.account;

import cn.zwgk.assessment.domain.account.LoginLock;
import cn.zwgk.assessment.domain.account.LoginThrottle;
import cn.zwgk.assessment.domain.account.PasswordHasher;
import cn.zwgk.assessment.domain.account.UserAccount;
import cn.zwgk.assessment.domain.account.Username;
import cn.zwgk.assessment.domain.audit.AuditRecord;
import cn.zwgk.assessment.domain.audit.AuditRecorder;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Checks a username and password against the accounts, for the login of pages and API, under the
 * login policy: the throttle per client address, the lockout per account ({@link LoginLock}). Every
 * login checked against the stored hash, every failure and every lock is an audit event; a login
 * remembered by {@link RecentLogins} is the same API client again and is not.
 */
@Stateless
@PermitAll
public class Authenticator {

  private static final PasswordHasher HASHER = new PasswordHasher();

  /** Compared against when the account does not exist, so that both cases take the same time. */
  private static final String DUMMY_HASH = HASHER.hash("not a password".toCharArray());

  /**
   * How a username that cannot exist is named in the audit trail (it may be a mistyped password).
   */
  static final String INVALID_NAME = "(invalid)";

  @PersistenceContext private EntityManager em;
  @Inject private RecentLogins recent;
  @Inject private LoginGuard guard;
  @EJB private AuditRecorder audit;

  /**
   * @param client the client's address, for the throttle and the audit trail
   * @param channel how the login came ({@code form} or {@code api}), for the audit trail
   */
  public LoginOutcome authenticate(
      String username, char[] password, String client, String channel) {
    if (!guard.throttle().allows(client)) {
      return LoginOutcome.refused(LoginOutcome.Kind.THROTTLED, guard.throttle().retryAfter(client));
    }
    Optional<AuthenticatedAccount> remembered = recent.find(username, password);
    if (remembered.isPresent()) {
      return LoginOutcome.success(remembered.get());
    }
    Optional<UserAccount> account =
        em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
            .setParameter("username", username)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst();
    LocalDateTime now = guard.now();
    LoginLock lock = account.map(UserAccount::getLoginLock).orElse(guard.unknownLock(username));
    String who = Username.isValid(username) ? username : INVALID_NAME;
    String where = channel + " " + client;
    if (lock.isLockedAt(now)) {
      failed(client, who, where, "locked");
      return LoginOutcome.refused(
          LoginOutcome.Kind.LOCKED, Duration.between(now, lock.lockedUntil()));
    }
    String hash = account.map(UserAccount::getPasswordHash).orElse(DUMMY_HASH);
    boolean matches = HASHER.matches(password, hash);
    if (matches && account.isPresent() && account.get().canLogIn()) {
      UserAccount a = account.get();
      if (!lock.equals(LoginLock.OPEN)) {
        a.setLoginLock(LoginLock.OPEN);
      }
      audit.record(new AuditRecord(who, "LOGIN", "account:" + who, null, null, null, where));
      AuthenticatedAccount caller = AuthenticatedAccount.of(a);
      recent.remember(username, password, caller);
      return LoginOutcome.success(caller);
    }
    LoginLock after = lock.afterFailure(now);
    account.ifPresentOrElse(
        a -> a.setLoginLock(after), () -> guard.setUnknownLock(username, after));
    failed(client, who, where, "wrong password");
    if (!lock.locksWith(after, now)) {
      return LoginOutcome.refused(LoginOutcome.Kind.FAILED, Duration.ZERO);
    }
    recent.forget(username);
    audit.record(
        new AuditRecord(
            who,
            "ACCOUNT_LOCKED",
            "account:" + who,
            null,
            null,
            "until " + after.lockedUntil(),
            LoginLock.MAX_FAILURES + " consecutive failed logins, " + where));
    return LoginOutcome.refused(LoginOutcome.Kind.LOCKED, LoginLock.LOCK_TIME);
  }

  private void failed(String client, String who, String where, String why) {
    boolean wasAllowed = guard.throttle().allows(client);
    guard.throttle().failed(client);
    audit.record(
        new AuditRecord(
            who, "LOGIN_FAILED", "account:" + who, null, null, null, why + ", " + where));
    if (wasAllowed && !guard.throttle().allows(client)) {
      audit.record(
          new AuditRecord(
              who,
              "CLIENT_THROTTLED",
              "client:" + client,
              null,
              null,
              "until " + guard.now().plus(guard.throttle().retryAfter(client)),
              LoginThrottle.MAX_FAILURES
                  + " failed logins within "
                  + LoginThrottle.WINDOW
                  + ", "
                  + where));
    }
  }
}
