package cn.zwgk.assessment.service.account;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.account.LoginLock;
import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.account.UserAccount;
import cn.zwgk.assessment.service.audit.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * The administrator ends a lockout before its time (the clerk called the office and proved who they
 * are).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AccountLockService {

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;

  /** Returns whether the account was locked. */
  public boolean unlock(String username) {
    UserAccount account =
        em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
            .setParameter("username", username)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> Refusal.notFound("account.unknown", username));
    LoginLock before = account.getLoginLock();
    if (before.equals(LoginLock.OPEN)) {
      return false;
    }
    account.setLoginLock(LoginLock.OPEN);
    audit.log(
        "ACCOUNT_UNLOCKED",
        "account:" + username,
        null,
        before.lockedUntil() == null ? null : "until " + before.lockedUntil(),
        null,
        null);
    return true;
  }
}
