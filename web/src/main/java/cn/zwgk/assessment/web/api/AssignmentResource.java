package cn.zwgk.assessment.web.api;

import cn.zwgk.assessment.service.assignment.AssignmentService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;

/** Which units each assessor scores (an administrator's setting; it holds for every cycle). */
@Path("assignments")
@Produces(MediaType.APPLICATION_JSON)
public class AssignmentResource {

  public record AssignmentJson(String assessor, String name, Set<String> units) {}

  /** The units wanted, and the units as the caller read them (what it changes). */
  public record UnitsBody(List<String> units, List<String> previous) {}

  @EJB private AssignmentService assignments;

  @GET
  public List<AssignmentJson> list() {
    return assignments.assessors().stream()
        .map(
            a ->
                new AssignmentJson(
                    a.getUsername(), a.getDisplayName(), assignments.unitsOf(a.getUsername())))
        .toList();
  }

  @PUT
  @Path("{assessor}")
  public AssignmentJson assign(@PathParam("assessor") String assessor, String body) {
    UnitsBody request = JsonBodies.read(body, UnitsBody.class);
    Set<String> units = assignments.assign(assessor, request.previous(), request.units());
    return new AssignmentJson(assessor, null, units);
  }
}
