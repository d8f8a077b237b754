package cn.zwgk.assessment.web.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
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
 * marked {@code @PermitAll}; the others get a JSON 401 with a Basic challenge. What each caller may
 * see and do is then the services' decision.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiLoginFilter implements ContainerRequestFilter {

  @Context private ResourceInfo resource;
  @Context private HttpHeaders headers;
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
    }
  }
}
