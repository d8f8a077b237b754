package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.account.Role;
import cn.zwgk.assessment.service.account.AuthenticatedAccount;
import cn.zwgk.assessment.web.security.LoginMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The logged-in user as the pages see it: name, role, unit; and the logout. */
@Named
@RequestScoped
public class CurrentUser {

  public AuthenticatedAccount getAccount() {
    Object account =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getSessionMap()
            .get(LoginMechanism.SESSION_CALLER);
    return account instanceof AuthenticatedAccount a ? a : null;
  }

  public String getDisplayName() {
    AuthenticatedAccount account = getAccount();
    return account == null ? "" : account.displayName();
  }

  /** The code of a unit user's unit; null for the other roles. */
  public String getUnitCode() {
    AuthenticatedAccount account = getAccount();
    return account == null ? null : account.unitCode();
  }

  /** The role name (ADMIN …), or an empty string. */
  public String getRole() {
    AuthenticatedAccount account = getAccount();
    return account == null ? "" : account.role().name();
  }

  /** The role in the page's language, e.g. 系统管理员. */
  public String getRoleLabel() {
    AuthenticatedAccount account = getAccount();
    return account == null ? "" : Pages.text("role." + account.role().name());
  }

  public boolean isLoggedIn() {
    return getAccount() != null;
  }

  public boolean hasRole(String role) {
    AuthenticatedAccount account = getAccount();
    return account != null && account.role() == Role.valueOf(role);
  }

  public boolean isAdmin() {
    return hasRole("ADMIN");
  }

  public boolean isUnitUser() {
    return hasRole("UNIT_USER");
  }

  public void logout() throws ServletException, IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
  }
}
