package cn.zwgk.assessment.web.api;

import cn.zwgk.assessment.service.account.AuthenticatedAccount;
import cn.zwgk.assessment.web.security.LoginMechanism;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Every API resource needs a logged-in caller (HTTP Basic, or the pages' session) unless it is
 * marked {@code @PermitAll}; the others get a JSON 401 with a Basic challenge. An account that must
 * change its password first may only do that ({@link AccountResource}); anything else is a 403.
 * What each caller may see and do is then the services' decision.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiLoginFilter implements ContainerRequestFilter {

  @Context private ResourceInfo resource;
  @Context private HttpHeaders headers;
  @Context private HttpServletRequest servletRequest;
  @Inject private ErrorResponses errors;

  @Override
  public void filter(ContainerRequestContext request) {
    boolean open =
        resource.getResourceMethod() != null
            && (resource.getResourceMethod().isAnnotationPresent(PermitAll.class)
                || resource.getResourceClass().isAnnotationPresent(PermitAll.class));
    if (!open && request.getSecurityContext().getUserPrincipal() == null) {
      request.abortWith(
          Response.fromResponse(
                  errors.response(
                      headers, Response.Status.UNAUTHORIZED, "unauthorized", "auth.required"))
              .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"assessment\", charset=\"UTF-8\"")
              .build());
      return;
    }
    if (servletRequest.getAttribute(LoginMechanism.REQUEST_CALLER)
            instanceof AuthenticatedAccount caller
        && caller.mustChangePassword()
        && resource.getResourceClass() != AccountResource.class) {
      request.abortWith(
          errors.response(
              headers,
              Response.Status.FORBIDDEN,
              "password_change_required",
              "auth.changePassword"));
    }
  }
}
