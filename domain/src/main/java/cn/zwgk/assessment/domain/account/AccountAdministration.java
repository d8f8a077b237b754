package cn.zwgk.assessment.domain.account;

import cn.zwgk.assessment.domain.Refusal;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;

/**
 * What the administrator may do to accounts under the separation of duties (三员分立). Each account has
 * one role, so nobody holds two; the administrator hands out the business roles only — a clerk of a
 * unit, an assessor, an approver. The other administrators and the auditors are the 三员 themselves:
 * an administrator who could create, disable or reset one of them could make an auditor of
 * themself, or take over the auditor who watches them. Nor does the administrator change their own
 * account here (their own password they change as everybody does).
 */
public final class AccountAdministration {

  /** The roles whose accounts the administrator creates, disables, enables and resets. */
  public static final Set<Role> MANAGED = Set.of(Role.UNIT_USER, Role.ASSESSOR, Role.APPROVER);

  /** Length of a generated password: far beyond the policy's minimum, easy to read out. */
  static final int GENERATED_LENGTH = 14;

  private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String DIGITS = "23456789";
  private static final String OTHER = "@#%+=?!";
  private static final String ALL = LOWER + UPPER + DIGITS + OTHER;

  private AccountAdministration() {}

  /** The role named in a request: one of the roles, or a clear 400. */
  public static Role role(String name) {
    if (name == null || name.isBlank()) {
      throw Refusal.badInput("account.roleRequired");
    }
    try {
      return Role.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Refusal.badInput("account.roleUnknown", name);
    }
  }

  /** Refuses (403) an account of a role that the administrator does not hand out. */
  public static void requireManaged(Role role) {
    if (!MANAGED.contains(role)) {
      throw Refusal.forbidden("account.roleNotManaged", role.name());
    }
  }

  /** Refuses (403) the administrator's own account. */
  public static void requireNotOwn(String caller, String username) {
    if (caller != null && caller.equals(username)) {
      throw Refusal.forbidden("account.notOwn");
    }
  }

  /**
   * Checks a username for a new account (400 if malformed); a unit code is given for a unit's clerk
   * and for nobody else.
   */
  public static void checkNew(String username, Role role, String unitCode) {
    if (username == null || !Username.isValid(username)) {
      throw Refusal.badInput("account.usernameInvalid", username == null ? "" : username);
    }
    boolean hasUnit = unitCode != null && !unitCode.isBlank();
    if (role == Role.UNIT_USER && !hasUnit) {
      throw Refusal.badInput("account.unitRequired");
    }
    if (role != Role.UNIT_USER && hasUnit) {
      throw Refusal.badInput("account.unitOnlyForClerks");
    }
  }

  /** Refuses (400) an initial password that the policy would refuse to its owner. */
  public static void checkInitialPassword(String password) {
    if (!PasswordPolicy.isAcceptable(password)) {
      throw Refusal.badInput(
          "password.weak", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MIN_CLASSES);
    }
  }

  /**
   * A random password that meets the policy: one character of each class, the rest from all of
   * them, shuffled; no characters that read alike (0/O, 1/l/I).
   */
  public static String generatePassword(SecureRandom random) {
    char[] chars = new char[GENERATED_LENGTH];
    chars[0] = pick(LOWER, random);
    chars[1] = pick(UPPER, random);
    chars[2] = pick(DIGITS, random);
    chars[3] = pick(OTHER, random);
    for (int i = 4; i < chars.length; i++) {
      chars[i] = pick(ALL, random);
    }
    for (int i = chars.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      char swap = chars[i];
      chars[i] = chars[j];
      chars[j] = swap;
    }
    return new String(chars);
  }

  private static char pick(String from, SecureRandom random) {
    return from.charAt(random.nextInt(from.length()));
  }
}
