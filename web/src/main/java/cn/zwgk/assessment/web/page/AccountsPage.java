package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.account.AccountAdministration;
import cn.zwgk.assessment.domain.account.Role;
import cn.zwgk.assessment.domain.unit.AssessedUnit;
import cn.zwgk.assessment.service.account.AccountService;
import cn.zwgk.assessment.service.account.AccountService.AccountView;
import cn.zwgk.assessment.service.account.AccountService.HandedOut;
import cn.zwgk.assessment.service.reference.ReferenceData;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * 账号管理: the administrator creates the accounts of the business roles, disables, enables and resets
 * them. A generated password is shown once, on the page that generated it, and kept nowhere.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AccountService service;
  @EJB private ReferenceData reference;

  private List<AccountView> accounts = List.of();
  private List<AssessedUnit> units = List.of();

  private String username;
  private String displayName;
  private String role = Role.UNIT_USER.name();
  private String unitCode;
  private String password;

  /** The password just generated and the account it is for; gone with the next action. */
  private String handedOut;

  private String handedOutTo;

  @PostConstruct
  void load() {
    try {
      accounts = service.accounts();
      units = reference.units(null);
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
  }

  public void create() {
    forgetHandedOut();
    try {
      HandedOut created =
          service.create(username, displayName, role, blankToNull(unitCode), password);
      show(created);
      Pages.info("accounts.created", created.account().username());
      username = null;
      displayName = null;
      unitCode = null;
    } catch (RuntimeException e) {
      Pages.handle(e);
    } finally {
      password = null;
    }
    accounts = service.accounts();
  }

  public void setEnabled(String account, boolean enabled) {
    forgetHandedOut();
    try {
      service.setEnabled(account, enabled);
      Pages.info(enabled ? "accounts.enabledDone" : "accounts.disabledDone", account);
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
    accounts = service.accounts();
  }

  /** Hands out a generated password, which the next login must change. */
  public void reset(String account) {
    forgetHandedOut();
    try {
      show(service.resetPassword(account, null));
      Pages.info("accounts.resetDone", account);
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
    accounts = service.accounts();
  }

  private void show(HandedOut handed) {
    handedOut = handed.generatedPassword();
    handedOutTo = handed.account().username();
  }

  private void forgetHandedOut() {
    handedOut = null;
    handedOutTo = null;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public List<String> getRoles() {
    return AccountAdministration.MANAGED.stream().map(Role::name).sorted().toList();
  }

  public List<AccountView> getAccounts() {
    return accounts;
  }

  public List<AssessedUnit> getUnits() {
    return units;
  }

  public String getHandedOut() {
    return handedOut;
  }

  public String getHandedOutTo() {
    return handedOutTo;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public void setUnitCode(String unitCode) {
    this.unitCode = unitCode;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
