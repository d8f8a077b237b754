package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.appeal.Appeal;
import cn.zwgk.assessment.domain.appeal.AppealState;
import cn.zwgk.assessment.domain.assessment.ItemEntry;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.result.UnitResult;
import cn.zwgk.assessment.service.appeal.AppealService;
import cn.zwgk.assessment.service.assessment.AssessmentService;
import cn.zwgk.assessment.service.assessment.AssessmentSheet;
import cn.zwgk.assessment.service.close.ResultService;
import cn.zwgk.assessment.service.cycle.CycleService;
import cn.zwgk.assessment.service.evidence.EvidenceService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * 结果与申诉 for a unit's clerk, once the year is published: its result and rank, every point it lost
 * with the reason, its group's ranking, the appeal form while the window is open, and its appeals
 * with their files and outcome; files are added to the appeal that waits for a decision.
 */
@Named
@ViewScoped
public class AppealPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CycleService cycles;
  @EJB private AssessmentService assessments;
  @EJB private ResultService results;
  @EJB private AppealService appealService;
  @EJB private EvidenceService evidenceService;
  @Inject private CurrentUser user;

  private Integer year;
  private AssessmentCycle cycle;
  private AssessmentSheet sheet;
  private List<UnitResult> ranking = List.of();
  private List<Appeal> appeals = List.of();
  private String reason;
  private String evidence;

  /** The view action: the latest published year unless a year is given. */
  public void load() {
    try {
      cycle =
          year != null
              ? cycles.cycle(year)
              : cycles.cycles().stream()
                  .filter(AssessmentService::isPublished)
                  .findFirst()
                  .orElse(null);
      if (cycle == null || !AssessmentService.isPublished(cycle)) {
        return;
      }
      year = cycle.getYear();
      sheet = assessments.sheet(year, user.getUnitCode());
      ranking = results.results(year, sheet.assessment().getUnit().getUnitGroup());
      appeals = appealService.appeals(year);
    } catch (RuntimeException e) {
      Pages.handle(e);
      sheet = null;
    }
  }

  public void file() {
    try {
      appealService.file(year, user.getUnitCode(), reason, evidence);
      Pages.info("appeal.filedMessage");
      reason = null;
      evidence = null;
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
    load();
  }

  public void upload(FileUploadEvent event) {
    try {
      EvidenceService.Attached attached =
          evidenceService.attachToAppeal(
              year,
              user.getUnitCode(),
              event.getFile().getFileName(),
              event.getFile().getContent());
      Pages.info(
          attached.duplicate() ? "appeal.duplicateFile" : "self.uploaded",
          attached.evidence().getFileName());
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
    load();
  }

  /** The appeal that waits for the office's decision, which files are added to; null if none. */
  public Appeal getPending() {
    return appeals.stream()
        .filter(a -> a.getState() == AppealState.FILED)
        .reduce((earlier, later) -> later)
        .orElse(null);
  }

  /** The unit's own row of the ranking. */
  public UnitResult getOwn() {
    return ranking.stream()
        .filter(r -> r.getUnit().getCode().equals(user.getUnitCode()))
        .findFirst()
        .orElse(null);
  }

  public List<ItemEntry> getDeductions() {
    return sheet == null ? List.of() : sheet.deductions();
  }

  public boolean isWindowOpen() {
    return cycle != null && cycle.isAppealWindowOpen(LocalDate.now());
  }

  public boolean isPublished() {
    return sheet != null;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public AssessmentCycle getCycle() {
    return cycle;
  }

  public List<UnitResult> getRanking() {
    return ranking;
  }

  public List<Appeal> getAppeals() {
    return appeals;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getEvidence() {
    return evidence;
  }

  public void setEvidence(String evidence) {
    this.evidence = evidence;
  }
}
