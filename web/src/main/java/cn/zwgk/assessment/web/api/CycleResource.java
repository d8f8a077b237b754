package cn.zwgk.assessment.web.api;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.result.UnitResult;
import cn.zwgk.assessment.domain.scoring.ScoringRules;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import cn.zwgk.assessment.service.close.CloseService;
import cn.zwgk.assessment.service.close.ResultService;
import cn.zwgk.assessment.service.cycle.CycleService;
import jakarta.ejb.EJB;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Cycles (API.md, "One year's assessment"): list, create, read, deadlines, points, open; the
 * year-end close and the results of a closed year.
 */
@Path("cycles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CycleResource {

  public record CreateBody(Integer year) {}

  public record DeadlinesBody(String selfAssessmentDue, String scoringDue, Long version) {}

  public record PointsBody(BigDecimal points, Long version) {}

  public record VersionBody(Long version) {}

  public record SettingsBody(
      BigDecimal bonusItemCap,
      BigDecimal bonusTotalCap,
      BigDecimal excellentMin,
      BigDecimal goodMin,
      BigDecimal passMin,
      Integer excellentQuotaPercent,
      Long version) {}

  public record CycleItemJson(
      long id,
      String area,
      String indicator,
      String criterion,
      String kind,
      BigDecimal points,
      String note,
      long version) {}

  public record ResultJson(
      Integer rank,
      String unit,
      String name,
      String group,
      BigDecimal base,
      BigDecimal bonus,
      BigDecimal penalty,
      @JsonbProperty("final") BigDecimal finalScore,
      String grade,
      boolean zeroedOut) {}

  @EJB private CycleService cycles;
  @EJB private CloseService close;
  @EJB private ResultService results;

  @GET
  public List<Json.CycleJson> list() {
    return cycles.cycles().stream().map(Json::cycle).toList();
  }

  @POST
  public Response create(String body) {
    CreateBody request = JsonBodies.read(body, CreateBody.class);
    if (request.year() == null) {
      throw Refusal.badInput(
          "cycle.yearInvalid", AssessmentCycle.FIRST_YEAR, AssessmentCycle.LAST_YEAR);
    }
    return Response.status(Response.Status.CREATED)
        .entity(Json.cycle(cycles.create(request.year())))
        .build();
  }

  @GET
  @Path("{year}")
  public Json.CycleJson cycle(@PathParam("year") int year) {
    return Json.cycle(cycles.cycle(year));
  }

  @PUT
  @Path("{year}/deadlines")
  public Json.CycleJson deadlines(@PathParam("year") int year, String body) {
    DeadlinesBody request = JsonBodies.read(body, DeadlinesBody.class);
    return Json.cycle(
        cycles.setDeadlines(
            year,
            JsonBodies.date(request.selfAssessmentDue()),
            JsonBodies.date(request.scoringDue()),
            request.version()));
  }

  /** The year's bonus caps and grading, while it is a draft. */
  @PUT
  @Path("{year}/settings")
  public Json.CycleJson settings(@PathParam("year") int year, String body) {
    SettingsBody r = JsonBodies.read(body, SettingsBody.class);
    if (r.bonusItemCap() == null || r.bonusTotalCap() == null) {
      throw Refusal.badInput("cycle.settingsInvalid");
    }
    return Json.cycle(
        cycles.changeSettings(
            year,
            new ScoringRules(r.bonusItemCap(), r.bonusTotalCap()),
            r.excellentMin(),
            r.goodMin(),
            r.passMin(),
            r.excellentQuotaPercent(),
            r.version()));
  }

  /** The cycle's frozen table of a group, with each item's id and version for editing. */
  @GET
  @Path("{year}/items")
  public List<CycleItemJson> items(@PathParam("year") int year, @QueryParam("group") String group) {
    UnitGroup unitGroup =
        UnitGroup.parse(group)
            .orElseThrow(() -> Refusal.badInput("unit.groupUnknown", String.valueOf(group)));
    return cycles.items(year, unitGroup).stream().map(CycleResource::item).toList();
  }

  @PUT
  @Path("{year}/items/{item}/points")
  public CycleItemJson points(
      @PathParam("year") int year, @PathParam("item") long itemId, String body) {
    PointsBody request = JsonBodies.read(body, PointsBody.class);
    return item(cycles.setPoints(year, itemId, request.points(), request.version()));
  }

  @POST
  @Path("{year}/open")
  public Json.CycleJson open(@PathParam("year") int year, String body) {
    return Json.cycle(cycles.open(year, JsonBodies.read(body, VersionBody.class).version()));
  }

  @POST
  @Path("{year}/close")
  public Response close(@PathParam("year") int year) {
    return Response.accepted(Map.of("executionId", close.start(year))).build();
  }

  @GET
  @Path("{year}/results")
  public List<ResultJson> results(@PathParam("year") int year, @QueryParam("group") String group) {
    UnitGroup unitGroup =
        group == null
            ? null
            : UnitGroup.parse(group)
                .orElseThrow(() -> Refusal.badInput("unit.groupUnknown", group));
    return results.results(year, unitGroup).stream().map(CycleResource::result).toList();
  }

  private static ResultJson result(UnitResult r) {
    return new ResultJson(
        r.getRank(),
        r.getUnit().getCode(),
        r.getUnit().getName(),
        r.getUnitGroup().name(),
        Decimals.json(r.getBase()),
        Decimals.json(r.getBonus()),
        Decimals.json(r.getPenalty()),
        Decimals.json(r.getFinalScore()),
        r.getGrade() == null ? null : r.getGrade().name(),
        r.isZeroedOut());
  }

  private static CycleItemJson item(CycleItem i) {
    return new CycleItemJson(
        i.getId(),
        i.getArea(),
        i.getIndicator(),
        i.getCriterion(),
        i.getKind().name(),
        Decimals.json(i.getPoints()),
        i.getNote(),
        i.getVersion());
  }
}
