package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.service.assessment.AssessmentService;
import cn.zwgk.assessment.service.assessment.AssessmentSheet;
import cn.zwgk.assessment.service.evidence.EvidenceService;
import cn.zwgk.assessment.service.special.SpecialItemService;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * What the scoring and the approval pages share: one unit's assessment in a year, its special items
 * and zero-out, and the actions on those. Each action calls a service and shows its refusal as a
 * message; the services decide who may do what.
 */
public abstract class SheetPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The attribute that tells an evidence upload which special item it is for. */
  private static final String OCCURRENCE = "occurrence";

  @EJB protected AssessmentService assessments;
  @EJB private SpecialItemService specials;
  @EJB private EvidenceService evidence;
  @Inject private CurrentUser user;

  protected Integer year;
  protected String unit;
  protected SheetView view;

  private Long specialItem;
  private LocalDate occurredOn;
  private String description;
  private SpecialRow deciding;
  private String decisionReason;
  private String zeroOutReason;

  /** Called by the page's view parameters. */
  public void load() {
    if (year == null || unit == null || unit.isBlank()) {
      Pages.error("sheet.missingParams");
      return;
    }
    try {
      show(assessments.sheet(year, unit));
    } catch (RuntimeException e) {
      Pages.handleOpening(e);
    }
  }

  /** The sheet that a write returned (or a fresh one) becomes what the page shows. */
  protected void show(AssessmentSheet sheet) {
    view = SheetView.of(sheet);
  }

  /**
   * The sheet the page shows. A page whose opening was refused shows none, and its forms (posted by
   * hand) have nothing to act on.
   */
  protected SheetView shown() {
    if (view == null) {
      throw Refusal.badInput("sheet.notShown");
    }
    return view;
  }

  /** Tells the page's dialog that the action went through and it may close. */
  protected static void done() {
    PrimeFaces.current().ajax().addCallbackParam("done", true);
  }

  public void recordSpecial() {
    try {
      specials.record(year, unit, specialItem, occurredOn, description);
      shown().takeDecisions(assessments.sheet(year, unit));
      specialItem = null;
      occurredOn = null;
      description = null;
      Pages.info("specials.recorded");
      done();
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
  }

  public void uploadSpecialEvidence(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    long occurrence = (Long) event.getComponent().getAttributes().get(OCCURRENCE);
    try {
      evidence.attachToSpecialItem(year, unit, occurrence, file.getFileName(), file.getContent());
      shown().takeDecisions(assessments.sheet(year, unit));
      Pages.info("specials.evidenceAdded", file.getFileName());
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
  }

  public void approveSpecial(SpecialRow row) {
    try {
      specials.approve(year, unit, row.id(), row.version());
      shown().takeDecisions(assessments.sheet(year, unit));
      Pages.info("specials.approved", row.item());
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
  }

  /** Opens the dialog that asks why a special item is rejected. */
  public void startRejecting(SpecialRow row) {
    deciding = row;
    decisionReason = null;
  }

  public void rejectSpecial() {
    if (deciding == null) {
      return;
    }
    try {
      specials.reject(year, unit, deciding.id(), decisionReason, deciding.version());
      shown().takeDecisions(assessments.sheet(year, unit));
      Pages.info("specials.rejected", deciding.item());
      deciding = null;
      done();
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
  }

  public void recordZeroOut() {
    try {
      specials.recordZeroOut(year, unit, zeroOutReason);
      shown().takeDecisions(assessments.sheet(year, unit));
      zeroOutReason = null;
      Pages.info("zeroOutPanel.recorded");
      done();
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
  }

  public void approveZeroOut() {
    try {
      specials.approveZeroOut(year, unit, shown().getZeroOut().version());
      shown().takeDecisions(assessments.sheet(year, unit));
      Pages.info("zeroOutPanel.approved");
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
  }

  public void rejectZeroOut() {
    try {
      specials.rejectZeroOut(year, unit, zeroOutReason, shown().getZeroOut().version());
      shown().takeDecisions(assessments.sheet(year, unit));
      zeroOutReason = null;
      Pages.info("zeroOutPanel.rejected");
      done();
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
  }

  /** The caller recorded it: only the recorder adds evidence to a special item. */
  public boolean isMine(SpecialRow row) {
    return user.getAccount() != null
        && Objects.equals(user.getAccount().username(), row.recordedBy());
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public SheetView getView() {
    return view;
  }

  public Long getSpecialItem() {
    return specialItem;
  }

  public void setSpecialItem(Long specialItem) {
    this.specialItem = specialItem;
  }

  public LocalDate getOccurredOn() {
    return occurredOn;
  }

  public void setOccurredOn(LocalDate occurredOn) {
    this.occurredOn = occurredOn;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public SpecialRow getDeciding() {
    return deciding;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public void setDecisionReason(String decisionReason) {
    this.decisionReason = decisionReason;
  }

  public String getZeroOutReason() {
    return zeroOutReason;
  }

  public void setZeroOutReason(String zeroOutReason) {
    this.zeroOutReason = zeroOutReason;
  }
}
