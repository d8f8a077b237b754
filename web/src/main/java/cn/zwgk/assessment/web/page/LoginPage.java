package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.service.account.LoginOutcome;
import cn.zwgk.assessment.web.security.LoginMechanism;
import cn.zwgk.assessment.web.security.LoginRefusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The login form. The check itself is the login mechanism's, the same as for the API. */
@Named
@RequestScoped
public class LoginPage {

  @Inject private SecurityContext security;

  private String username;
  private String password;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username.strip(),
                        password == null ? "" : password)));
    password = null;
    if (status == AuthenticationStatus.SUCCESS) {
      external.redirect(external.getRequestContextPath() + "/index.xhtml");
    } else if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
    } else if (external.getRequestMap().get(LoginMechanism.REFUSED_LOGIN)
        instanceof LoginOutcome outcome) {
      LoginRefusal refusal = LoginRefusal.of(outcome);
      external.setResponseStatus(refusal.status());
      Pages.error(refusal.key(), refusal.minutes());
    } else {
      external.setResponseStatus(HttpServletResponse.SC_UNAUTHORIZED);
      Pages.error("login.failed");
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
