package cn.zwgk.assessment.service.account;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.account.PasswordHasher;
import cn.zwgk.assessment.domain.account.PasswordPolicy;
import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.account.UserAccount;
import cn.zwgk.assessment.service.audit.AuditTrail;
import cn.zwgk.assessment.service.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Everyone changes their own password: at the first login of an account that the office handed out
 * (until then it can do nothing else), and whenever they like. Neither password is ever logged.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.UNIT_USER, Roles.ASSESSOR, Roles.APPROVER, Roles.AUDITOR})
public class PasswordService {

  private static final PasswordHasher HASHER = new PasswordHasher();

  @PersistenceContext private EntityManager em;
  @EJB private Caller caller;
  @EJB private AuditTrail audit;
  @Inject private RecentLogins recent;

  /** Returns the caller as a login would now establish it (no longer bound to change it). */
  public AuthenticatedAccount change(char[] current, char[] replacement) {
    UserAccount account = caller.account().orElseThrow(() -> Refusal.forbidden("error.forbidden"));
    em.lock(account, LockModeType.PESSIMISTIC_WRITE);
    if (current == null || !HASHER.matches(current, account.getPasswordHash())) {
      throw Refusal.badInput("password.currentWrong");
    }
    String text = replacement == null ? null : new String(replacement);
    if (!PasswordPolicy.isAcceptable(text)) {
      throw Refusal.badInput(
          "password.weak", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MIN_CLASSES);
    }
    if (HASHER.matches(replacement, account.getPasswordHash())) {
      throw Refusal.badInput("password.unchanged");
    }
    boolean forced = account.isMustChangePassword();
    account.changePassword(HASHER.hash(replacement));
    audit.log(
        "PASSWORD_CHANGED",
        "account:" + account.getUsername(),
        null,
        null,
        null,
        forced ? "first login" : "by its owner");
    recent.forget(account.getUsername());
    return AuthenticatedAccount.of(account);
  }
}
