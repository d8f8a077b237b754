package cn.zwgk.assessment.web.api;

import cn.zwgk.assessment.domain.Refusal;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused request: 400, 403, 404 or 409 with the reason in the client's language. */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

  @Context private HttpHeaders headers;
  @Inject private ErrorResponses errors;

  @Override
  public Response toResponse(Refusal refusal) {
    return errors.response(headers, refusal);
  }
}
