package cn.zwgk.assessment.web.security;

import cn.zwgk.assessment.service.account.AuthenticatedAccount;
import cn.zwgk.assessment.service.account.Authenticator;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * One login for pages and API: the login page authenticates through {@code SecurityContext} and
 * keeps the caller in the HTTP session; API clients send HTTP Basic with every request and get no
 * session. Whoever is not logged in gets the login page; under {@code /api} the API's own filter
 * answers with a JSON 401 ({@code ApiLoginFilter}).
 */
@ApplicationScoped
public class LoginMechanism implements HttpAuthenticationMechanism {

  /** The session attribute that holds the logged-in {@link AuthenticatedAccount}. */
  public static final String SESSION_CALLER = LoginMechanism.class.getName() + ".caller";

  @EJB private Authenticator authenticator;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.isAuthenticationRequest()
        && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential form) {
      Optional<AuthenticatedAccount> account = authenticate(form);
      if (account.isEmpty()) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      HttpSession session = request.getSession();
      request.changeSessionId();
      session.setAttribute(SESSION_CALLER, account.get());
      return notify(context, account.get());
    }
    Optional<UsernamePasswordCredential> basic = basicCredential(request);
    if (basic.isPresent()) {
      Optional<AuthenticatedAccount> account = authenticate(basic.get());
      return account.isPresent() ? notify(context, account.get()) : context.doNothing();
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_CALLER) instanceof AuthenticatedAccount a) {
      return notify(context, a);
    }
    return context.isProtected() ? toLoginPage(request, response, context) : context.doNothing();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  private Optional<AuthenticatedAccount> authenticate(UsernamePasswordCredential credential) {
    return authenticator.authenticate(credential.getCaller(), credential.getPassword().getValue());
  }

  private static AuthenticationStatus notify(HttpMessageContext context, AuthenticatedAccount a) {
    return context.notifyContainerAboutLogin(a.username(), Set.of(a.role().name()));
  }

  private static Optional<UsernamePasswordCredential> basicCredential(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      decoded = "";
    }
    int colon = decoded.indexOf(':');
    return Optional.of(
        colon < 0
            ? new UsernamePasswordCredential("", "")
            : new UsernamePasswordCredential(
                decoded.substring(0, colon), decoded.substring(colon + 1)));
  }

  /** Pages go to the login page; an Ajax request of an expired session is told to go there too. */
  private static AuthenticationStatus toLoginPage(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String login = request.getContextPath() + "/login.xhtml";
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      try {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login
                    + "\"/></partial-response>");
      } catch (IOException e) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      }
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.redirect(login);
  }
}
