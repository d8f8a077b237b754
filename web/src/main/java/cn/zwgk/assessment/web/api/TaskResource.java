package cn.zwgk.assessment.web.api;

import cn.zwgk.assessment.service.home.TaskService;
import cn.zwgk.assessment.web.Texts;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/** {@code GET /api/tasks}: what waits for the caller, as its home page lists it. */
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

  public record TaskJson(String task, String label, long count) {}

  @EJB private TaskService tasks;
  @Context private HttpHeaders headers;

  @GET
  public List<TaskJson> tasks() {
    Locale locale = Texts.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    return tasks.tasks().stream()
        .map(t -> new TaskJson(t.key(), Texts.format(locale, t.key(), t.count()), t.count()))
        .toList();
  }
}
