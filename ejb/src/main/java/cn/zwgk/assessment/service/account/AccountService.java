package cn.zwgk.assessment.service.account;

import cn.zwgk.assessment.domain.FreeText;
import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.account.AccountAdministration;
import cn.zwgk.assessment.domain.account.PasswordHasher;
import cn.zwgk.assessment.domain.account.Role;
import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.account.UserAccount;
import cn.zwgk.assessment.domain.unit.AssessedUnit;
import cn.zwgk.assessment.service.audit.AuditTrail;
import cn.zwgk.assessment.service.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.List;

/**
 * The administrator's accounts (账号管理): creates the accounts of the business roles, disables and
 * enables them, hands out new passwords — within {@link AccountAdministration}'s separation of
 * duties. A password handed out (given by the administrator, or generated and shown once) must be
 * changed at the account's first login. Every change is audited; no password ever is.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AccountService {

  /** An account as the administrator sees it. */
  public record AccountView(
      String username,
      String displayName,
      Role role,
      String unitCode,
      boolean enabled,
      boolean mustChangePassword,
      boolean managed)
      implements Serializable {

    static AccountView of(UserAccount a) {
      return new AccountView(
          a.getUsername(),
          a.getDisplayName(),
          a.getRole(),
          a.getUnit() == null ? null : a.getUnit().getCode(),
          a.isEnabled(),
          a.isMustChangePassword(),
          AccountAdministration.MANAGED.contains(a.getRole()));
    }
  }

  /**
   * An account and the password handed out with it: the one generated (to be shown once and never
   * again), or null where the administrator gave it.
   */
  public record HandedOut(AccountView account, String generatedPassword) implements Serializable {}

  private static final PasswordHasher HASHER = new PasswordHasher();
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @EJB private Caller caller;
  @EJB private AuditTrail audit;
  @Inject private RecentLogins recent;

  public List<AccountView> accounts() {
    return em
        .createQuery("select a from UserAccount a order by a.username", UserAccount.class)
        .getResultList()
        .stream()
        .map(AccountView::of)
        .toList();
  }

  /**
   * A new account. Refused: a role the administrator does not hand out (403), a malformed or taken
   * username, a unit that does not exist, a weak password (400).
   *
   * @param password the initial password; null or blank for one generated
   */
  public HandedOut create(
      String username, String displayName, String roleName, String unitCode, String password) {
    Role role = AccountAdministration.role(roleName);
    AccountAdministration.requireManaged(role);
    AccountAdministration.checkNew(username, role, unitCode);
    String name =
        FreeText.required(displayName, UserAccount.MAX_DISPLAY_NAME_LENGTH, "field.displayName");
    String initial = initialPassword(password);
    if (find(username) != null) {
      throw Refusal.badInput("account.usernameTaken", username);
    }
    String hash = HASHER.hash(initial.toCharArray());
    UserAccount account =
        (role == Role.UNIT_USER
                ? UserAccount.ofUnit(username, name, unit(unitCode), hash)
                : UserAccount.staff(username, name, role, hash))
            .requirePasswordChange();
    em.persist(account);
    audit.log(
        "ACCOUNT_CREATED",
        "account:" + username,
        account.getUnit() == null ? null : account.getUnit().getCode(),
        null,
        role.name() + " " + name,
        null);
    return new HandedOut(AccountView.of(account), generatedOrNull(password, initial));
  }

  /** Disables or enables an account; returns it as it now stands. */
  public AccountView setEnabled(String username, boolean enabled) {
    UserAccount account = managed(username);
    if (account.isEnabled() != enabled) {
      account.setEnabled(enabled);
      recent.forget(username);
      audit.log(
          enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED",
          "account:" + username,
          unitCodeOf(account),
          enabled ? "disabled" : "enabled",
          enabled ? "enabled" : "disabled",
          null);
    }
    return AccountView.of(account);
  }

  /**
   * Hands out a new password, which the next login must change.
   *
   * @param password the new password; null or blank for one generated
   */
  public HandedOut resetPassword(String username, String password) {
    UserAccount account = managed(username);
    String given = initialPassword(password);
    account.resetPassword(HASHER.hash(given.toCharArray()));
    recent.forget(username);
    audit.log(
        "ACCOUNT_PASSWORD_RESET",
        "account:" + username,
        unitCodeOf(account),
        null,
        null,
        generatedOrNull(password, given) == null ? "given by the administrator" : "generated");
    return new HandedOut(AccountView.of(account), generatedOrNull(password, given));
  }

  /** An existing account that the caller may manage, locked for the change. */
  private UserAccount managed(String username) {
    AccountAdministration.requireNotOwn(caller.name(), username);
    UserAccount account = find(username);
    if (account == null) {
      throw Refusal.notFound("account.unknown", username);
    }
    AccountAdministration.requireManaged(account.getRole());
    em.lock(account, LockModeType.PESSIMISTIC_WRITE);
    return account;
  }

  private UserAccount find(String username) {
    return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private AssessedUnit unit(String code) {
    return em.createNamedQuery("AssessedUnit.byCode", AssessedUnit.class)
        .setParameter("code", code.strip())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> Refusal.badInput("account.unitUnknown", code));
  }

  private static String initialPassword(String given) {
    if (given == null || given.isEmpty()) {
      return AccountAdministration.generatePassword(RANDOM);
    }
    AccountAdministration.checkInitialPassword(given);
    return given;
  }

  private static String generatedOrNull(String given, String used) {
    return given == null || given.isEmpty() ? used : null;
  }

  private static String unitCodeOf(UserAccount account) {
    return account.getUnit() == null ? null : account.getUnit().getCode();
  }
}
