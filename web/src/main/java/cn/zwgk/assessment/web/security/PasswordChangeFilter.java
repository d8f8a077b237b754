package cn.zwgk.assessment.web.security;

import cn.zwgk.assessment.service.account.AuthenticatedAccount;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;

/**
 * An account that must change its password sees the change-password page and nothing else until it
 * has; an Ajax request is told to go there too. (The API answers such an account 403, see {@code
 * ApiLoginFilter}.)
 */
// FORWARD too: "/" reaches the home page by a forward to the welcome file.
@WebFilter(
    urlPatterns = "*.xhtml",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class PasswordChangeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String PASSWORD_PAGE = "/password.xhtml";
  private static final Set<String> ALLOWED = Set.of(PASSWORD_PAGE, "/login.xhtml", "/error.xhtml");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    String path = request.getServletPath();
    if (session != null
        && session.getAttribute(LoginMechanism.SESSION_CALLER) instanceof AuthenticatedAccount a
        && a.mustChangePassword()
        && !ALLOWED.contains(path)
        && !path.startsWith("/jakarta.faces.resource/")) {
      String target = request.getContextPath() + PASSWORD_PAGE;
      if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target
                    + "\"/></partial-response>");
      } else {
        response.sendRedirect(target);
      }
      return;
    }
    chain.doFilter(request, response);
  }
}
