package cn.zwgk.assessment.web.security;

import cn.zwgk.assessment.domain.DatabaseOutage;
import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.service.account.AuthenticatedAccount;
import cn.zwgk.assessment.service.account.Authenticator;
import cn.zwgk.assessment.service.account.LoginOutcome;
import cn.zwgk.assessment.web.api.ErrorResponses;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * session. Both go through the login policy ({@code Authenticator}): a refused Basic login is
 * answered here in JSON with its reason (wrong, locked, throttled), a refused form login by the
 * login page. Whoever is not logged in gets the login page; under {@code /api} the API's own filter
 * answers with a JSON 401 ({@code ApiLoginFilter}).
 */
@ApplicationScoped
public class LoginMechanism implements HttpAuthenticationMechanism {

  /** The session attribute that holds the logged-in {@link AuthenticatedAccount}. */
  public static final String SESSION_CALLER = LoginMechanism.class.getName() + ".caller";

  /** The request attribute that holds the caller of this request, however it logged in. */
  public static final String REQUEST_CALLER = LoginMechanism.class.getName() + ".request";

  /** The request attribute that holds the {@link LoginOutcome} of a refused form login. */
  public static final String REFUSED_LOGIN = LoginMechanism.class.getName() + ".refused";

  @EJB private Authenticator authenticator;
  @Inject private ErrorResponses errors;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.isAuthenticationRequest()
        && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential form) {
      LoginOutcome outcome = authenticate(request, form, "form");
      if (outcome.accepted().isEmpty()) {
        request.setAttribute(REFUSED_LOGIN, outcome);
        return AuthenticationStatus.SEND_FAILURE;
      }
      HttpSession session = request.getSession();
      request.changeSessionId();
      session.setAttribute(SESSION_CALLER, outcome.account());
      return notify(request, context, outcome.account());
    }
    Optional<UsernamePasswordCredential> basic = basicCredential(request);
    if (basic.isPresent()) {
      LoginOutcome outcome;
      try {
        outcome = authenticate(request, basic.get(), "api");
      } catch (RuntimeException e) {
        if (!DatabaseOutage.causedBy(e)) {
          throw e;
        }
        return unavailable(request, response);
      }
      return outcome.accepted().isPresent()
          ? notify(request, context, outcome.account())
          : refuse(request, response, outcome);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_CALLER) instanceof AuthenticatedAccount a) {
      return notify(request, context, a);
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

  private LoginOutcome authenticate(
      HttpServletRequest request, UsernamePasswordCredential credential, String channel) {
    return authenticator.authenticate(
        credential.getCaller(),
        credential.getPassword().getValue(),
        request.getRemoteAddr(),
        channel);
  }

  private static AuthenticationStatus notify(
      HttpServletRequest request, HttpMessageContext context, AuthenticatedAccount a) {
    request.setAttribute(REQUEST_CALLER, a);
    return context.notifyContainerAboutLogin(a.username(), Set.of(a.role().name()));
  }

  /**
   * A refused API login, answered here in JSON: 401 with a Basic challenge, or 429 with the time to
   * wait while the client's address is throttled.
   */
  private AuthenticationStatus refuse(
      HttpServletRequest request, HttpServletResponse response, LoginOutcome outcome) {
    LoginRefusal refusal = LoginRefusal.of(outcome);
    try {
      if (outcome.kind() == LoginOutcome.Kind.THROTTLED) {
        response.setHeader("Retry-After", Long.toString(outcome.retryAfter().toSeconds() + 1));
      } else {
        response.setHeader("WWW-Authenticate", "Basic realm=\"assessment\", charset=\"UTF-8\"");
      }
      errors.write(
          request, response, refusal.status(), refusal.code(), refusal.key(), refusal.minutes());
    } catch (IOException e) {
      response.setStatus(refusal.status());
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /**
   * The database is out of reach, so the login cannot be checked: the API client is told to retry
   * (503), as the API tells it once logged in — not a 500, not a refused login.
   */
  private AuthenticationStatus unavailable(
      HttpServletRequest request, HttpServletResponse response) {
    Refusal outage = DatabaseOutage.refusal();
    try {
      response.setHeader("Retry-After", ErrorResponses.RETRY_AFTER_SECONDS);
      errors.write(
          request,
          response,
          HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          outage.key(),
          outage.key());
    } catch (IOException e) {
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
    return AuthenticationStatus.SEND_FAILURE;
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
