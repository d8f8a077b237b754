package cn.zwgk.assessment.web.api;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.audit.AuditChainCheck;
import cn.zwgk.assessment.domain.audit.AuditEvent;
import cn.zwgk.assessment.service.audit.AuditTrail;
import cn.zwgk.assessment.web.Texts;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The audit trail (API.md, "Audit"): events, filtered, and the check of its hash chain. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  static final int DEFAULT_LIMIT = 500;

  public record EventJson(
      long id,
      LocalDateTime time,
      String actor,
      String action,
      String target,
      String unit,
      String oldValue,
      String newValue,
      String reason,
      String hash) {}

  public record VerifyJson(boolean valid, long events, Long firstBroken) {}

  @EJB private AuditTrail audit;

  /**
   * {@code from} and {@code to} are dates (yyyy-MM-dd, {@code to} inclusive) or date-times; {@code
   * limit} at most {@link AuditTrail#MAX_EVENTS}.
   */
  @GET
  public List<EventJson> events(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("actor") String actor,
      @QueryParam("unit") String unit,
      @QueryParam("limit") Integer limit) {
    int max = limit == null ? DEFAULT_LIMIT : limit;
    return audit
        .events(time(from, false), time(to, true), blankToNull(actor), blankToNull(unit), max)
        .stream()
        .map(AuditResource::json)
        .toList();
  }

  /**
   * {@code GET /api/audit/export?from=&to=&format=csv|xlsx}: the auditor takes a period's events
   * away (dates as for the list; both needed).
   */
  @GET
  @Path("export")
  @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
  public Response export(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("format") String format,
      @Context HttpHeaders headers) {
    AuditExport export = exportFormat(format);
    LocalDateTime start = time(from, false);
    LocalDateTime end = time(to, true);
    byte[] file =
        export.write(
            audit.export(start, end),
            Texts.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    String name = "audit-" + from + "-" + to + "." + export.extension();
    return Response.ok(file, export.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }

  private static AuditExport exportFormat(String format) {
    if (format == null || format.isBlank() || format.equalsIgnoreCase("csv")) {
      return AuditExport.CSV;
    }
    if (format.equalsIgnoreCase("xlsx")) {
      return AuditExport.XLSX;
    }
    throw Refusal.badInput("audit.format", format);
  }

  @GET
  @Path("verify")
  public VerifyJson verify() {
    AuditChainCheck check = audit.verify();
    return new VerifyJson(check.isValid(), check.checked(), check.firstBroken());
  }

  private static EventJson json(AuditEvent e) {
    return new EventJson(
        e.getSeq(),
        e.getOccurredAt(),
        e.getActor(),
        e.getAction(),
        e.getTarget(),
        e.getUnitCode(),
        e.getOldValue(),
        e.getNewValue(),
        e.getReason(),
        e.getHash());
  }

  /** A date means its whole day: from its start, or to the start of the next day. */
  private static LocalDateTime time(String text, boolean end) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      if (text.length() <= 10) {
        LocalDate date = LocalDate.parse(text);
        return (end ? date.plusDays(1) : date).atStartOfDay();
      }
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw Refusal.badInput("date.invalid", text);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
