package cn.zwgk.assessment.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Arrays;
import java.util.Set;

/**
 * CSRF defence of the API. A browser logged in to the pages sends its session cookie with any
 * request, also one that another site's page makes it send. Such a request is refused when it
 * changes something and the browser says it comes from another site ({@code Origin}, {@code
 * Sec-Fetch-Site}), or when it has a content type that a plain HTML form can send without asking
 * the server first (CORS "simple" requests) — except the multipart uploads that the upload
 * endpoints take. Scripts and other systems send JSON and no such headers, and are not affected.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class CrossSiteFilter implements ContainerRequestFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Context private ResourceInfo resource;
  @Context private HttpHeaders headers;
  @Inject private ErrorResponses errors;

  @Override
  public void filter(ContainerRequestContext request) {
    if (SAFE_METHODS.contains(request.getMethod())) {
      return;
    }
    if (crossSite(request) || formContent(request.getMediaType())) {
      request.abortWith(
          errors.response(headers, Response.Status.FORBIDDEN, "cross_site", "error.crossSite"));
    }
  }

  private static boolean crossSite(ContainerRequestContext request) {
    if ("cross-site".equalsIgnoreCase(request.getHeaderString("Sec-Fetch-Site"))) {
      return true;
    }
    String origin = request.getHeaderString("Origin");
    if (origin == null) {
      return false;
    }
    URI self = request.getUriInfo().getBaseUri();
    try {
      URI from = URI.create(origin.strip());
      return !(self.getScheme().equalsIgnoreCase(from.getScheme())
          && self.getHost().equalsIgnoreCase(from.getHost())
          && port(self) == port(from));
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  private boolean formContent(MediaType type) {
    if (type == null) {
      return false;
    }
    if (type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
      return !takesUploads();
    }
    return type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
        || type.isCompatible(MediaType.TEXT_PLAIN_TYPE);
  }

  private boolean takesUploads() {
    Consumes consumes =
        resource.getResourceMethod() == null
            ? null
            : resource.getResourceMethod().getAnnotation(Consumes.class);
    return consumes != null
        && Arrays.asList(consumes.value()).contains(MediaType.MULTIPART_FORM_DATA);
  }
}
