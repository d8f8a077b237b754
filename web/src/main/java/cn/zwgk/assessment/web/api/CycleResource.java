package cn.zwgk.assessment.web.api;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.result.UnitResult;
import cn.zwgk.assessment.domain.scoring.ScoringRules;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import cn.zwgk.assessment.service.appeal.PublicationService;
import cn.zwgk.assessment.service.close.CloseService;
import cn.zwgk.assessment.service.close.ResultService;
import cn.zwgk.assessment.service.cycle.CycleService;
import cn.zwgk.assessment.service.report.ReportService;
import cn.zwgk.assessment.service.report.YearResults;
import cn.zwgk.assessment.web.Texts;
import cn.zwgk.assessment.web.report.ResultsReport;
import cn.zwgk.assessment.web.report.ResultsWorkbook;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Cycles (API.md, "One year's assessment"): list, create, read, deadlines, points, open; the
 * year-end close and the results of a closed year.
 */
@Path("cycles")
@Produces(MediaType.APPLICATION_JSON)
public class CycleResource {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String PDF = "application/pdf";

  public record CreateBody(Integer year) {}

  public record DeadlinesBody(String selfAssessmentDue, String scoringDue, Long version) {}

  public record PointsBody(BigDecimal points, Long version) {}

  public record VersionBody(Long version) {}

  public record AppealWindowBody(Integer workingDays, Long version) {}

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
  @Inject private ResultsCache resultsCache;
  @EJB private PublicationService publication;
  @EJB private ReportService reports;

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

  /** 公示: units see the results, and the appeal window opens. */
  @POST
  @Path("{year}/publish")
  public Json.CycleJson publish(@PathParam("year") int year, String body) {
    return Json.cycle(
        publication.publish(year, JsonBodies.read(body, VersionBody.class).version()));
  }

  @PUT
  @Path("{year}/appeal-window")
  public Json.CycleJson appealWindow(@PathParam("year") int year, String body) {
    AppealWindowBody request = JsonBodies.read(body, AppealWindowBody.class);
    return Json.cycle(
        publication.setAppealWorkingDays(year, request.workingDays(), request.version()));
  }

  /** Final and read-only for good: after the window, with every appeal settled. */
  @POST
  @Path("{year}/archive")
  public Json.CycleJson archive(@PathParam("year") int year, String body) {
    return Json.cycle(
        publication.archive(year, JsonBodies.read(body, VersionBody.class).version()));
  }

  /** 考核结果汇总表: the rankings, every unit's score sheet and the special items. */
  @GET
  @Path("{year}/export.xlsx")
  @Produces(XLSX)
  public Response export(@PathParam("year") int year) throws IOException {
    YearResults data = reports.yearResults(year);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsWorkbook.write(data, out);
    return attachment(
        out.toByteArray(), XLSX, Texts.format(Texts.CHINESE, "export.fileName", year));
  }

  /** 考核结果通报 with both groups' rankings, and a one-page score sheet (成绩单) per unit. */
  @GET
  @Path("{year}/report.pdf")
  @Produces(PDF)
  public Response report(@PathParam("year") int year) throws IOException {
    YearResults data = reports.yearResults(year);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsReport.write(data, reports.reportFont(), out);
    return attachment(out.toByteArray(), PDF, Texts.format(Texts.CHINESE, "report.fileName", year));
  }

  private static Response attachment(byte[] content, String type, String fileName) {
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(content, type)
        .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  /**
   * A closed year's results, served from {@link ResultsCache} while their version stands, gzipped
   * to clients that accept it, with an entity tag: a client that sends it back in {@code
   * If-None-Match} gets 304 and no body.
   */
  @GET
  @Path("{year}/results")
  public Response results(
      @PathParam("year") int year,
      @QueryParam("group") String group,
      @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding,
      @Context Request request) {
    UnitGroup unitGroup =
        group == null
            ? null
            : UnitGroup.parse(group)
                .orElseThrow(() -> Refusal.badInput("unit.groupUnknown", group));
    long version = results.resultsVersion(year);
    boolean gzip = ResultsCache.acceptsGzip(acceptEncoding);
    EntityTag tag = new EntityTag(ResultsCache.tag(year, unitGroup, version, gzip));
    CacheControl revalidate = new CacheControl();
    revalidate.setPrivate(true);
    revalidate.setNoCache(true);
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      return notModified
          .cacheControl(revalidate)
          .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
          .build();
    }
    ResultsCache.Results cached =
        resultsCache.results(
            year,
            unitGroup,
            version,
            () ->
                JsonConfig.JSONB
                    .toJson(
                        results.results(year, unitGroup).stream()
                            .map(CycleResource::result)
                            .toList())
                    .getBytes(StandardCharsets.UTF_8));
    Response.ResponseBuilder ok =
        Response.ok(gzip ? cached.gzip() : cached.json(), MediaType.APPLICATION_JSON_TYPE)
            .tag(tag)
            .cacheControl(revalidate)
            .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    return (gzip ? ok.header(HttpHeaders.CONTENT_ENCODING, "gzip") : ok).build();
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
