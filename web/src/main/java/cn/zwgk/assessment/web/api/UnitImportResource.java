package cn.zwgk.assessment.web.api;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.service.importing.ImportOutcome;
import cn.zwgk.assessment.service.importing.UnitImportService;
import cn.zwgk.assessment.web.Texts;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The unit import for scripts: {@code POST /api/units/import} (multipart {@code file}) starts the
 * job; {@code GET /api/units/import/{executionId}} tells how it went and which rows it refused.
 */
@Path("units/import")
@Produces(MediaType.APPLICATION_JSON)
public class UnitImportResource {

  public record ProblemRowJson(
      int row, String code, String name, List<String> problems, List<String> messages) {}

  public record ImportJson(
      long executionId,
      String status,
      String exitStatus,
      String step,
      long done,
      long total,
      List<ProblemRowJson> problemRows) {}

  /** Read at most one byte more than the service accepts, so that it can say "too large". */
  private static final int READ_LIMIT = 64 * 1024 * 1024;

  @EJB private UnitImportService imports;
  @Context private HttpHeaders headers;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response start(@FormParam("file") EntityPart file) throws IOException {
    if (file == null) {
      throw Refusal.badInput("import.empty");
    }
    byte[] content;
    try (InputStream in = file.getContent()) {
      content = in.readNBytes(READ_LIMIT);
    }
    long executionId = imports.start(file.getFileName().orElse(""), content);
    return Response.accepted(Map.of("executionId", executionId)).build();
  }

  @GET
  @Path("{executionId}")
  public ImportJson outcome(@PathParam("executionId") long executionId) {
    ImportOutcome outcome = imports.outcome(executionId);
    Locale locale = Texts.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    var job = outcome.job();
    return new ImportJson(
        executionId,
        job.status().name(),
        job.exitStatus(),
        job.step(),
        job.done(),
        job.total(),
        outcome.problemRows().stream()
            .map(
                r ->
                    new ProblemRowJson(
                        r.getRowNumber(),
                        r.getCode(),
                        r.getName(),
                        r.getProblems().stream().map(Enum::name).toList(),
                        r.getProblems().stream()
                            .map(p -> Texts.format(locale, "problem." + p.name()))
                            .toList()))
            .toList());
  }
}
