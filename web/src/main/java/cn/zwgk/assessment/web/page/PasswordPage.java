package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.account.PasswordPolicy;
import cn.zwgk.assessment.service.account.AuthenticatedAccount;
import cn.zwgk.assessment.service.account.PasswordService;
import cn.zwgk.assessment.web.security.LoginMechanism;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Objects;

/**
 * 修改密码: everyone's own password; the first page of an account that must change it (the filter sends
 * it here from every other page until it is done).
 */
@Named
@RequestScoped
public class PasswordPage {

  @EJB private PasswordService passwords;

  private String current;
  private String password;
  private String confirmation;

  public void change() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    boolean forced = isForced();
    try {
      if (!Objects.equals(password, confirmation)) {
        Pages.error("password.mismatch");
        return;
      }
      AuthenticatedAccount account = passwords.change(chars(current), chars(password));
      external.getSessionMap().put(LoginMechanism.SESSION_CALLER, account);
      if (forced) {
        external.getFlash().setKeepMessages(true);
        Pages.info("password.changed");
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
      } else {
        Pages.info("password.changed");
      }
    } catch (RuntimeException e) {
      Pages.handle(e);
    } finally {
      current = null;
      password = null;
      confirmation = null;
    }
  }

  public boolean isForced() {
    return FacesContext.getCurrentInstance()
                .getExternalContext()
                .getSessionMap()
                .get(LoginMechanism.SESSION_CALLER)
            instanceof AuthenticatedAccount a
        && a.mustChangePassword();
  }

  public int getMinLength() {
    return PasswordPolicy.MIN_LENGTH;
  }

  public int getMinClasses() {
    return PasswordPolicy.MIN_CLASSES;
  }

  private static char[] chars(String text) {
    return text == null ? null : text.toCharArray();
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
