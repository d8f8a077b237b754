package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.audit.AuditChainCheck;
import cn.zwgk.assessment.domain.unit.AssessedUnit;
import cn.zwgk.assessment.service.audit.AuditTrail;
import cn.zwgk.assessment.service.reference.ReferenceData;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * 审计日志: the audit trail, newest first, filtered by dates, actor and unit; and for the auditor, the
 * check that no event was changed, deleted or inserted behind the application's back.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many events one search may list: the choices offered, and the default. */
  private static final List<Integer> LIMITS = List.of(100, 500, 2000);

  /** The result of the chain check, as the page shows it. */
  public record Verification(boolean valid, long checked, Long firstBroken)
      implements Serializable {}

  /** A unit offered as a filter. */
  public record UnitOption(String code, String name) implements Serializable {}

  @EJB private AuditTrail audit;
  @EJB private ReferenceData reference;

  private LocalDate from;
  private LocalDate to;
  private String actor;
  private String unit;
  private int max = LIMITS.get(0);
  private List<AuditRow> events = List.of();
  private List<UnitOption> units = List.of();
  private Verification verification;

  /** Called by the view parameters: lists the newest events, of a unit if one is asked for. */
  public void load() {
    units =
        reference.units(null).stream()
            .sorted(AssessedUnit.OFFICIAL_ORDER)
            .map(u -> new UnitOption(u.getCode(), u.getName()))
            .toList();
    search();
  }

  public void search() {
    try {
      events =
          audit
              .events(
                  from == null ? null : from.atStartOfDay(),
                  to == null ? null : to.plusDays(1).atStartOfDay(),
                  blankToNull(actor),
                  blankToNull(unit),
                  max)
              .stream()
              .map(AuditRow::of)
              .toList();
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
  }

  public void verify() {
    try {
      AuditChainCheck check = audit.verify();
      verification = new Verification(check.isValid(), check.checked(), check.firstBroken());
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
  }

  /**
   * The auditor takes the period's events away: the browser is sent to the API's export, which the
   * page's session may call.
   */
  public void export(String format) throws IOException {
    if (from == null || to == null) {
      Pages.error("audit.periodRequired");
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath()
            + "/api/audit/export?from="
            + from
            + "&to="
            + to
            + "&format="
            + ("xlsx".equals(format) ? "xlsx" : "csv"));
  }

  /** The action in the page's words, or its code where the bundle has none. */
  public String action(String code) {
    String key = "audit.action." + code;
    String text = Pages.text(key);
    return text.equals(key) ? code : text;
  }

  /** The search reached its limit: older events may match too. */
  public boolean isTruncated() {
    return events.size() >= max;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public List<Integer> getLimits() {
    return LIMITS;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public int getMax() {
    return max;
  }

  public void setMax(int max) {
    this.max = max;
  }

  public List<AuditRow> getEvents() {
    return events;
  }

  public List<UnitOption> getUnits() {
    return units;
  }

  public Verification getVerification() {
    return verification;
  }
}
