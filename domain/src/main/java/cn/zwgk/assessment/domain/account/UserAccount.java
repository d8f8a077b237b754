package cn.zwgk.assessment.domain.account;

import cn.zwgk.assessment.domain.unit.AssessedUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** A person who logs in. A UNIT_USER is bound to exactly one unit; no other role is. */
@Entity
@Table(name = "user_account")
@NamedQuery(
    name = "UserAccount.byUsername",
    query = "select a from UserAccount a where a.username = :username")
@NamedQuery(name = "UserAccount.count", query = "select count(a) from UserAccount a")
public class UserAccount implements Serializable {

  public static final int MAX_DISPLAY_NAME_LENGTH = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
  private Long id;

  @Column(nullable = false, unique = true, length = Username.MAX_LENGTH)
  private String username;

  @Column(name = "display_name", nullable = false, length = MAX_DISPLAY_NAME_LENGTH)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Role role;

  @ManyToOne
  @JoinColumn(name = "unit_id")
  private AssessedUnit unit;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  /** Set for accounts created by an administrator or an import: the first login must change it. */
  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(nullable = false)
  private boolean enabled = true;

  /** Consecutive failed logins, see {@link LoginLock}. */
  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private LocalDateTime lockedUntil;

  @Version private long version;

  protected UserAccount() {}

  private UserAccount(
      String username, String displayName, Role role, AssessedUnit unit, String passwordHash) {
    if (!Username.isValid(username)) {
      throw new IllegalArgumentException("invalid username: " + username);
    }
    this.username = username;
    this.displayName = Objects.requireNonNull(displayName);
    this.role = Objects.requireNonNull(role);
    this.unit = unit;
    this.passwordHash = Objects.requireNonNull(passwordHash);
  }

  /** An account of the assessment office or the assessment team: not bound to a unit. */
  public static UserAccount staff(
      String username, String displayName, Role role, String passwordHash) {
    if (role == Role.UNIT_USER) {
      throw new IllegalArgumentException("a unit user needs its unit");
    }
    return new UserAccount(username, displayName, role, null, passwordHash);
  }

  /** The clerk account of one unit, under the unit's name. */
  public static UserAccount ofUnit(String username, AssessedUnit unit, String passwordHash) {
    return ofUnit(username, unit.getName(), unit, passwordHash);
  }

  /** The clerk account of one unit, under the clerk's name. */
  public static UserAccount ofUnit(
      String username, String displayName, AssessedUnit unit, String passwordHash) {
    return new UserAccount(
        username, displayName, Role.UNIT_USER, Objects.requireNonNull(unit), passwordHash);
  }

  /** The next login must set a new password (accounts handed out by the office). */
  public UserAccount requirePasswordChange() {
    this.mustChangePassword = true;
    return this;
  }

  /** Sets a new password (already checked against the policy and hashed); the change is done. */
  public void changePassword(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash);
    this.mustChangePassword = false;
  }

  /**
   * The office hands out a new password (already checked and hashed): the next login must change
   * it, as for a new account.
   */
  public void resetPassword(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash);
    this.mustChangePassword = true;
  }

  /** A disabled account cannot log in; it stays, with its history, and may be enabled again. */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public LoginLock getLoginLock() {
    return new LoginLock(failedLogins, lockedUntil);
  }

  public void setLoginLock(LoginLock lock) {
    this.failedLogins = lock.failures();
    this.lockedUntil = lock.lockedUntil();
  }

  public boolean canLogIn() {
    return enabled;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Role getRole() {
    return role;
  }

  public AssessedUnit getUnit() {
    return unit;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public boolean isEnabled() {
    return enabled;
  }
}
