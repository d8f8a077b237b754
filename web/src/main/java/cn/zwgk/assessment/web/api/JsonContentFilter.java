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
import java.util.Set;

/**
 * The API's bodies are JSON: a request that changes something and declares any other content type
 * (XML, YAML, octet-stream …) is refused with 415, whatever its body holds, as the resources read
 * their bodies as text and would otherwise parse them as JSON. A request without a content type (an
 * action with no body) passes, and so do the uploads, whose methods declare what they take. Runs
 * after {@link CrossSiteFilter}, which refuses the types another site's form can send (403).
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class JsonContentFilter implements ContainerRequestFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Context private ResourceInfo resource;
  @Context private HttpHeaders headers;
  @Inject private ErrorResponses errors;

  @Override
  public void filter(ContainerRequestContext request) {
    if (SAFE_METHODS.contains(request.getMethod()) || declaresWhatItTakes()) {
      return;
    }
    MediaType type = request.getMediaType();
    if (type != null && !isJson(type)) {
      request.abortWith(
          errors.response(
              headers, Response.Status.UNSUPPORTED_MEDIA_TYPE, "unsupported_media", "error.json"));
    }
  }

  /** application/json exactly (any charset): no suffixed types, which the API does not speak. */
  private static boolean isJson(MediaType type) {
    return type.getType().equalsIgnoreCase("application")
        && type.getSubtype().equalsIgnoreCase("json");
  }

  private boolean declaresWhatItTakes() {
    return resource.getResourceMethod() != null
        && resource.getResourceMethod().isAnnotationPresent(Consumes.class);
  }
}
