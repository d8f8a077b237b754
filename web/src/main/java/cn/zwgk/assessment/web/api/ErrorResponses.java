package cn.zwgk.assessment.web.api;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.web.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * The API's error body, {@code {"error": code, "message": text}}, worded in the language the client
 * asks for (Accept-Language), for the exception mappers and the login mechanism alike.
 */
@ApplicationScoped
public class ErrorResponses {

  private static final Map<Refusal.Kind, Response.Status> REFUSAL_STATUS =
      Map.of(
          Refusal.Kind.BAD_INPUT, Response.Status.BAD_REQUEST,
          Refusal.Kind.FORBIDDEN, Response.Status.FORBIDDEN,
          Refusal.Kind.NOT_FOUND, Response.Status.NOT_FOUND,
          Refusal.Kind.CONFLICT, Response.Status.CONFLICT,
          Refusal.Kind.UNAVAILABLE, Response.Status.SERVICE_UNAVAILABLE);

  /** Seconds a client should wait before retrying while the database is out of reach. */
  public static final String RETRY_AFTER_SECONDS = "5";

  public JsonObject body(Locale locale, String code, String key, Object... args) {
    return Json.createObjectBuilder()
        .add("error", code)
        .add("message", Texts.format(locale, key, args))
        .build();
  }

  /**
   * A refusal as a JAX-RS response: its kind gives the status, its key the code and the text, its
   * details (if any) a {@code "details"} list.
   */
  public Response response(HttpHeaders headers, Refusal refusal) {
    Locale locale = Texts.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    JsonObjectBuilder body =
        Json.createObjectBuilder(
            body(locale, refusal.key(), refusal.key(), refusal.args().toArray()));
    if (!refusal.details().isEmpty()) {
      body.add(
          "details",
          Json.createArrayBuilder(
              refusal.details().stream()
                  .map(d -> Texts.format(locale, d.key(), d.args().toArray()))
                  .toList()));
    }
    Response.ResponseBuilder response =
        Response.status(REFUSAL_STATUS.get(refusal.kind()))
            .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
            .entity(body.build().toString());
    if (refusal.kind() == Refusal.Kind.UNAVAILABLE) {
      response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }
    return response.build();
  }

  public Response response(
      HttpHeaders headers, Response.StatusType status, String code, String key, Object... args) {
    Locale locale = Texts.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(body(locale, code, key, args).toString())
        .build();
  }

  /** For the servlet layer, where JAX-RS has not started yet (the login mechanism). */
  public void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String code,
      String key,
      Object... args)
      throws IOException {
    Locale locale = Texts.fromAcceptLanguage(request.getHeader("Accept-Language"));
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(body(locale, code, key, args).toString());
    response.flushBuffer();
  }
}
