package cn.zwgk.assessment.web.api;

import cn.zwgk.assessment.service.account.AuthenticatedAccount;
import cn.zwgk.assessment.service.account.PasswordService;
import cn.zwgk.assessment.web.security.LoginMechanism;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * The caller's own account: {@code PUT /api/account/password} {@code {"current","password"}}. The
 * one thing an account that must change its password may do through the API.
 */
@Path("account")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

  public record PasswordBody(String current, String password) {}

  public record AccountJson(String username, String role, boolean mustChangePassword) {}

  @EJB private PasswordService passwords;
  @Context private HttpServletRequest request;

  @PUT
  @Path("password")
  public AccountJson changePassword(String body) {
    PasswordBody given = JsonBodies.read(body, PasswordBody.class);
    AuthenticatedAccount account =
        passwords.change(chars(given.current()), chars(given.password()));
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(LoginMechanism.SESSION_CALLER) != null) {
      session.setAttribute(LoginMechanism.SESSION_CALLER, account);
    }
    return new AccountJson(account.username(), account.role().name(), account.mustChangePassword());
  }

  private static char[] chars(String text) {
    return text == null ? null : text.toCharArray();
  }
}
