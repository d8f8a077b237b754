package cn.zwgk.assessment.web.api;

import cn.zwgk.assessment.domain.appeal.Appeal;
import cn.zwgk.assessment.service.appeal.AppealService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A published year's appeals: the list (a unit sees its own), and the office's decision. Units file
 * them through {@code POST /api/cycles/{year}/assessments/{unit}/appeal}.
 */
@Path("cycles/{year}/appeals")
@Produces(MediaType.APPLICATION_JSON)
public class AppealResource {

  public record DecisionBody(String reason, Long version) {}

  public record AppealJson(
      long id,
      String unit,
      String name,
      String group,
      String reason,
      String evidence,
      List<Json.EvidenceJson> files,
      String state,
      String filedBy,
      LocalDateTime filedAt,
      String decidedBy,
      LocalDateTime decidedAt,
      String decisionReason,
      String assessmentState,
      long version) {}

  @EJB private AppealService appeals;

  @GET
  public List<AppealJson> list(@PathParam("year") int year) {
    return appeals.appeals(year).stream().map(AppealResource::json).toList();
  }

  /** Accepts it: the unit's assessment re-opens for its assessor. */
  @POST
  @Path("{id}/accept")
  public AppealJson accept(@PathParam("year") int year, @PathParam("id") long id, String body) {
    DecisionBody request = JsonBodies.read(body, DecisionBody.class);
    return json(appeals.accept(year, id, request.reason(), request.version()));
  }

  @POST
  @Path("{id}/reject")
  public AppealJson reject(@PathParam("year") int year, @PathParam("id") long id, String body) {
    DecisionBody request = JsonBodies.read(body, DecisionBody.class);
    return json(appeals.reject(year, id, request.reason(), request.version()));
  }

  static AppealJson json(Appeal a) {
    var assessment = a.getAssessment();
    return new AppealJson(
        a.getId(),
        assessment.getUnit().getCode(),
        assessment.getUnit().getName(),
        assessment.getUnit().getUnitGroup().name(),
        a.getReason(),
        a.getEvidence(),
        a.getFiles().stream().map(Json::evidence).toList(),
        a.getState().name(),
        a.getFiledBy(),
        a.getFiledAt(),
        a.getDecidedBy(),
        a.getDecidedAt(),
        a.getDecisionReason(),
        assessment.getState().name(),
        a.getVersion());
  }
}
