package cn.zwgk.assessment.web.api;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.assessment.ItemEntry;
import cn.zwgk.assessment.domain.evidence.EvidenceType;
import cn.zwgk.assessment.domain.rectification.Rectification;
import cn.zwgk.assessment.service.appeal.AppealService;
import cn.zwgk.assessment.service.assessment.AssessmentService;
import cn.zwgk.assessment.service.evidence.EvidenceFile;
import cn.zwgk.assessment.service.evidence.EvidenceService;
import cn.zwgk.assessment.service.rectification.RectificationService;
import cn.zwgk.assessment.service.special.SpecialItemService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A unit's assessment in a cycle (API.md): self-assessment and evidence, submit, scores, return,
 * scored, approve and reject, special items and zero-out. The services decide who may do what.
 */
@Path("cycles/{year}/assessments")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

  public record SelfBody(BigDecimal score, String remark, Long version) {}

  public record ScoreBody(BigDecimal score, String reason, Long version) {}

  public record CommentBody(String comment, Long version) {}

  public record ReasonBody(String reason, Long version) {}

  public record VersionBody(Long version) {}

  public record AppealBody(String reason, String evidence) {}

  public record RectificationBody(String measures, String completedOn, Long version) {}

  public record RectificationJson(
      long item,
      String area,
      String label,
      BigDecimal points,
      BigDecimal score,
      String reason,
      String measures,
      LocalDate completedOn,
      Long version) {}

  public record SpecialBody(Long item, String occurredOn, String description) {}

  public record AttachedJson(Json.EvidenceJson evidence, boolean duplicate) {}

  /** Read at most one byte more than an evidence file may have, so that the service can say so. */
  private static final int READ_LIMIT = (int) EvidenceType.MAX_BYTES + 1;

  @EJB private AssessmentService assessments;
  @EJB private EvidenceService evidence;
  @EJB private SpecialItemService specials;
  @EJB private AppealService appeals;
  @EJB private RectificationService rectification;

  @GET
  public List<Json.SummaryJson> list(@PathParam("year") int year) {
    return assessments.visible(year).stream().map(Json::summary).toList();
  }

  @GET
  @Path("{unit}")
  public Json.SheetJson sheet(@PathParam("year") int year, @PathParam("unit") String unit) {
    return Json.sheet(assessments.sheet(year, unit));
  }

  @PUT
  @Path("{unit}/self/{item}")
  public Json.SheetJson self(
      @PathParam("year") int year,
      @PathParam("unit") String unit,
      @PathParam("item") long item,
      String body) {
    SelfBody request = JsonBodies.read(body, SelfBody.class);
    return Json.sheet(
        assessments.saveSelf(
            year, unit, item, request.score(), request.remark(), request.version()));
  }

  @POST
  @Path("{unit}/evidence/{item}")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response attach(
      @PathParam("year") int year,
      @PathParam("unit") String unit,
      @PathParam("item") long item,
      @FormParam("file") EntityPart file,
      @FormParam("version") String version)
      throws IOException {
    EvidenceService.Attached attached =
        evidence.attachToItem(year, unit, item, fileName(file), content(file), versionOf(version));
    return attachedResponse(attached);
  }

  @GET
  @Path("{unit}/evidence/{item}/{evidence}")
  @Produces(MediaType.WILDCARD)
  public Response download(
      @PathParam("year") int year,
      @PathParam("unit") String unit,
      @PathParam("item") long item,
      @PathParam("evidence") long evidenceId,
      @QueryParam("inline") boolean inline) {
    EvidenceFile file = evidence.file(year, unit, evidenceId);
    var e = file.evidence();
    if (e.getItem() == null || e.getItem().getId() != item) {
      throw Refusal.notFound("evidence.notFound", evidenceId);
    }
    return send(file, inline);
  }

  @POST
  @Path("{unit}/submit")
  public Json.SheetJson submit(
      @PathParam("year") int year, @PathParam("unit") String unit, String body) {
    return Json.sheet(
        assessments.submit(year, unit, JsonBodies.read(body, VersionBody.class).version()));
  }

  @PUT
  @Path("{unit}/scores/{item}")
  public Json.SheetJson score(
      @PathParam("year") int year,
      @PathParam("unit") String unit,
      @PathParam("item") long item,
      String body) {
    ScoreBody request = JsonBodies.read(body, ScoreBody.class);
    return Json.sheet(
        assessments.saveScore(
            year, unit, item, request.score(), request.reason(), request.version()));
  }

  @POST
  @Path("{unit}/return")
  public Json.SheetJson returnToUnit(
      @PathParam("year") int year, @PathParam("unit") String unit, String body) {
    CommentBody request = JsonBodies.read(body, CommentBody.class);
    return Json.sheet(assessments.returnToUnit(year, unit, request.comment(), request.version()));
  }

  @POST
  @Path("{unit}/scored")
  public Json.SheetJson scored(
      @PathParam("year") int year, @PathParam("unit") String unit, String body) {
    return Json.sheet(
        assessments.markScored(year, unit, JsonBodies.read(body, VersionBody.class).version()));
  }

  @POST
  @Path("{unit}/approve")
  public Json.SheetJson approve(
      @PathParam("year") int year, @PathParam("unit") String unit, String body) {
    return Json.sheet(
        assessments.approve(year, unit, JsonBodies.read(body, VersionBody.class).version()));
  }

  /** 申诉: the unit's clerk, inside the appeal window of a published year. */
  @POST
  @Path("{unit}/appeal")
  public Response appeal(@PathParam("year") int year, @PathParam("unit") String unit, String body) {
    AppealBody request = JsonBodies.read(body, AppealBody.class);
    return Response.status(Response.Status.CREATED)
        .entity(AppealResource.json(appeals.file(year, unit, request.reason(), request.evidence())))
        .build();
  }

  /** A file in support of the unit's appeal, while it waits for a decision inside the window. */
  @POST
  @Path("{unit}/appeal/evidence")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response attachToAppeal(
      @PathParam("year") int year,
      @PathParam("unit") String unit,
      @FormParam("file") EntityPart file)
      throws IOException {
    return attachedResponse(evidence.attachToAppeal(year, unit, fileName(file), content(file)));
  }

  @GET
  @Path("{unit}/appeal/evidence/{evidence}")
  @Produces(MediaType.WILDCARD)
  public Response downloadAppealEvidence(
      @PathParam("year") int year,
      @PathParam("unit") String unit,
      @PathParam("evidence") long evidenceId,
      @QueryParam("inline") boolean inline) {
    EvidenceFile file = evidence.file(year, unit, evidenceId);
    if (file.evidence().getAppeal() == null) {
      throw Refusal.notFound("evidence.notFound", evidenceId);
    }
    return send(file, inline);
  }

  /** 整改: each item where the unit lost points, with its measures and completion so far. */
  @GET
  @Path("{unit}/rectification")
  public List<RectificationJson> rectification(
      @PathParam("year") int year, @PathParam("unit") String unit) {
    return rectification.items(year, unit).stream()
        .map(i -> rectificationJson(i.entry(), i.rectification()))
        .toList();
  }

  @PUT
  @Path("{unit}/rectification/{item}")
  public RectificationJson rectify(
      @PathParam("year") int year,
      @PathParam("unit") String unit,
      @PathParam("item") long item,
      String body) {
    RectificationBody request = JsonBodies.read(body, RectificationBody.class);
    Rectification saved =
        rectification.save(
            year,
            unit,
            item,
            request.measures(),
            JsonBodies.date(request.completedOn()),
            request.version());
    return rectificationJson(saved.getEntry(), saved);
  }

  private static RectificationJson rectificationJson(ItemEntry e, Rectification r) {
    return new RectificationJson(
        e.getItem().getId(),
        e.getItem().getArea(),
        e.getItem().label(),
        Decimals.json(e.getItem().getPoints()),
        Decimals.json(e.getScore()),
        e.getReason(),
        r == null ? null : r.getMeasures(),
        r == null ? null : r.getCompletedOn(),
        r == null ? null : r.getVersion());
  }

  @POST
  @Path("{unit}/reject")
  public Json.SheetJson reject(
      @PathParam("year") int year, @PathParam("unit") String unit, String body) {
    ReasonBody request = JsonBodies.read(body, ReasonBody.class);
    return Json.sheet(assessments.reject(year, unit, request.reason(), request.version()));
  }

  @POST
  @Path("{unit}/special-items")
  public Response recordSpecial(
      @PathParam("year") int year, @PathParam("unit") String unit, String body) {
    SpecialBody request = JsonBodies.read(body, SpecialBody.class);
    if (request.item() == null) {
      throw Refusal.badInput("special.notSpecial");
    }
    var occurrence =
        specials.record(
            year,
            unit,
            request.item(),
            JsonBodies.date(request.occurredOn()),
            request.description());
    return Response.status(Response.Status.CREATED)
        .entity(Map.of("id", occurrence.getId()))
        .build();
  }

  @POST
  @Path("{unit}/special-items/{id}/evidence")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response attachToSpecial(
      @PathParam("year") int year,
      @PathParam("unit") String unit,
      @PathParam("id") long id,
      @FormParam("file") EntityPart file)
      throws IOException {
    return attachedResponse(
        evidence.attachToSpecialItem(year, unit, id, fileName(file), content(file)));
  }

  @GET
  @Path("{unit}/special-items/{id}/evidence/{evidence}")
  @Produces(MediaType.WILDCARD)
  public Response downloadSpecial(
      @PathParam("year") int year,
      @PathParam("unit") String unit,
      @PathParam("id") long id,
      @PathParam("evidence") long evidenceId,
      @QueryParam("inline") boolean inline) {
    EvidenceFile file = evidence.file(year, unit, evidenceId);
    var e = file.evidence();
    if (e.getOccurrence() == null || e.getOccurrence().getId() != id) {
      throw Refusal.notFound("evidence.notFound", evidenceId);
    }
    return send(file, inline);
  }

  @POST
  @Path("{unit}/special-items/{id}/approve")
  public Json.SpecialJson approveSpecial(
      @PathParam("year") int year,
      @PathParam("unit") String unit,
      @PathParam("id") long id,
      String body) {
    return Json.special(
        specials.approve(year, unit, id, JsonBodies.read(body, VersionBody.class).version()),
        List.of());
  }

  @POST
  @Path("{unit}/special-items/{id}/reject")
  public Json.SpecialJson rejectSpecial(
      @PathParam("year") int year,
      @PathParam("unit") String unit,
      @PathParam("id") long id,
      String body) {
    ReasonBody request = JsonBodies.read(body, ReasonBody.class);
    return Json.special(
        specials.reject(year, unit, id, request.reason(), request.version()), List.of());
  }

  @POST
  @Path("{unit}/zero-out")
  public Response zeroOut(
      @PathParam("year") int year, @PathParam("unit") String unit, String body) {
    ReasonBody request = JsonBodies.read(body, ReasonBody.class);
    return Response.status(Response.Status.CREATED)
        .entity(Json.zeroOut(specials.recordZeroOut(year, unit, request.reason())))
        .build();
  }

  @POST
  @Path("{unit}/zero-out/approve")
  public Json.ZeroOutJson approveZeroOut(
      @PathParam("year") int year, @PathParam("unit") String unit, String body) {
    return Json.zeroOut(
        specials.approveZeroOut(year, unit, JsonBodies.read(body, VersionBody.class).version()));
  }

  @POST
  @Path("{unit}/zero-out/reject")
  public Json.ZeroOutJson rejectZeroOut(
      @PathParam("year") int year, @PathParam("unit") String unit, String body) {
    ReasonBody request = JsonBodies.read(body, ReasonBody.class);
    return Json.zeroOut(specials.rejectZeroOut(year, unit, request.reason(), request.version()));
  }

  private static Response attachedResponse(EvidenceService.Attached attached) {
    return Response.status(attached.duplicate() ? Response.Status.OK : Response.Status.CREATED)
        .entity(new AttachedJson(Json.evidence(attached.evidence()), attached.duplicate()))
        .build();
  }

  /**
   * The file under its uploaded name with its checked type: an attachment, or shown in the browser
   * ({@code ?inline=true}) where the browser shows that type itself (PDF and images).
   */
  private static Response send(EvidenceFile file, boolean inline) {
    var e = file.evidence();
    String encoded = URLEncoder.encode(e.getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
    boolean viewable =
        e.getFile().getType() != EvidenceType.DOCX && e.getFile().getType() != EvidenceType.XLSX;
    return Response.ok(file.path().toFile(), e.getFile().getType().contentType())
        .header(
            "Content-Disposition",
            (inline && viewable ? "inline" : "attachment") + "; filename*=UTF-8''" + encoded)
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  /** The optional {@code version} field of a multipart upload. */
  private static Long versionOf(String version) {
    if (version == null || version.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(version.strip());
    } catch (NumberFormatException e) {
      throw Refusal.badInput("json.malformed");
    }
  }

  private static String fileName(EntityPart file) {
    if (file == null) {
      throw Refusal.badInput("evidence.empty");
    }
    return file.getFileName().orElse("");
  }

  private static byte[] content(EntityPart file) throws IOException {
    try (InputStream in = file.getContent()) {
      return in.readNBytes(READ_LIMIT);
    }
  }
}
