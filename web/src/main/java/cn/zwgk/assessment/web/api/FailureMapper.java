package cn.zwgk.assessment.web.api;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.web.Failures;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every other failure as a JSON error: the status that JAX-RS chose (404 for an unknown path …),
 * 403 for a role the caller lacks, 500 for the unexpected. Never a stack trace.
 */
@Provider
public class FailureMapper implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(FailureMapper.class.getName());

  @Context private HttpHeaders headers;
  @Inject private ErrorResponses errors;

  @Override
  public Response toResponse(Exception exception) {
    Optional<Refusal> refusal = Failures.refusal(exception);
    if (refusal.isPresent()) {
      return errors.response(headers, refusal.get());
    }
    Throwable cause = exception;
    while (cause instanceof EJBException && cause.getCause() != null && cause != cause.getCause()) {
      cause = cause.getCause();
    }
    if (cause instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      return switch (status) {
        case 400 -> json(Response.Status.BAD_REQUEST, "bad_request", "error.badRequest");
        case 401 -> json(Response.Status.UNAUTHORIZED, "unauthorized", "auth.required");
        case 403 -> json(Response.Status.FORBIDDEN, "forbidden", "error.forbidden");
        case 404 -> json(Response.Status.NOT_FOUND, "not_found", "error.notFound");
        case 405 -> json(Response.Status.METHOD_NOT_ALLOWED, "method_not_allowed", "error.method");
        case 406, 415 ->
            json(Response.Status.fromStatusCode(status), "unsupported_media", "error.media");
        default -> json(Response.Status.fromStatusCode(status), "error", "error.unexpected");
      };
    }
    LOG.log(Level.SEVERE, "Unexpected failure of an API request", exception);
    return json(Response.Status.INTERNAL_SERVER_ERROR, "internal", "error.unexpected");
  }

  private Response json(Response.StatusType status, String code, String key) {
    return errors.response(headers, status, code, key);
  }
}
