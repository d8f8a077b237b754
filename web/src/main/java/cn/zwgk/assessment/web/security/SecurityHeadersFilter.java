package cn.zwgk.assessment.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser-side defences on every response, pages and API alike. Scripts and styles may be
 * inline because PrimeFaces writes its widgets' set-up and event handlers inline; everything else
 * comes from this server only, and no other site may frame the pages (clickjacking).
 */
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    // Also on the error page: a failure resets the response, headers and all.
    dispatcherTypes = {
      DispatcherType.REQUEST,
      DispatcherType.FORWARD,
      DispatcherType.ERROR,
      DispatcherType.ASYNC
    })
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String CONTENT_SECURITY_POLICY =
      String.join(
          "; ",
          "default-src 'self'",
          "script-src 'self' 'unsafe-inline'",
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data:",
          "font-src 'self' data:",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          "frame-ancestors 'none'");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    chain.doFilter(request, response);
  }
}
