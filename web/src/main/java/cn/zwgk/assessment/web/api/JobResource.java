package cn.zwgk.assessment.web.api;

import cn.zwgk.assessment.service.job.JobMonitor;
import cn.zwgk.assessment.service.job.JobStatus;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * {@code GET /api/jobs/{executionId}}: a batch job execution's status and progress; {@code POST
 * …/restart} restarts a failed or stopped one from its last checkpoint.
 */
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

  public record JobJson(
      long executionId,
      String job,
      String status,
      String exitStatus,
      String step,
      long done,
      long total) {}

  @EJB private JobMonitor jobs;

  /** Restarts a failed or stopped execution; answers the new execution's id. */
  @POST
  @Path("{executionId}/restart")
  public Response restart(@PathParam("executionId") long executionId) {
    return Response.accepted(Map.of("executionId", jobs.restart(executionId))).build();
  }

  @GET
  @Path("{executionId}")
  public JobJson job(@PathParam("executionId") long executionId) {
    JobStatus s = jobs.status(executionId);
    return new JobJson(
        s.executionId(), s.job(), s.status().name(), s.exitStatus(), s.step(), s.done(), s.total());
  }
}
