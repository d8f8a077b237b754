package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.appeal.Appeal;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.service.appeal.AppealService;
import cn.zwgk.assessment.service.appeal.PublicationService;
import cn.zwgk.assessment.service.cycle.CycleService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 公示与申诉 for the office: publish a closed year, set the appeal window, decide each appeal (accept
 * with an optional note, reject with a reason), and archive the year.
 */
@Named
@ViewScoped
public class PublicationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CycleService cycles;
  @EJB private PublicationService publication;
  @EJB private AppealService appealService;

  private Integer year;
  private AssessmentCycle cycle;
  private List<Appeal> appeals = List.of();
  private Integer workingDays;
  private final Map<Long, String> notes = new HashMap<>();

  /** The view action: the latest year with results unless a year is given. */
  public void load() {
    try {
      cycle =
          year != null
              ? cycles.cycle(year)
              : cycles.cycles().stream()
                  .filter(AssessmentCycle::hasResults)
                  .findFirst()
                  .orElse(null);
      if (cycle == null) {
        return;
      }
      year = cycle.getYear();
      workingDays = cycle.getAppealWorkingDays();
      appeals = appealService.appeals(year);
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
  }

  public void publish() {
    act(() -> publication.publish(year, cycle.getVersion()), "publication.published");
  }

  public void changeWindow() {
    act(
        () -> publication.setAppealWorkingDays(year, workingDays, cycle.getVersion()),
        "publication.windowChanged");
  }

  public void archive() {
    act(() -> publication.archive(year, cycle.getVersion()), "publication.archived");
  }

  public void accept(Appeal appeal) {
    act(
        () ->
            appealService.accept(
                year, appeal.getId(), notes.get(appeal.getId()), appeal.getVersion()),
        "appeal.acceptedMessage");
  }

  public void reject(Appeal appeal) {
    act(
        () ->
            appealService.reject(
                year, appeal.getId(), notes.get(appeal.getId()), appeal.getVersion()),
        "appeal.rejectedMessage");
  }

  private void act(Runnable action, String done) {
    try {
      action.run();
      Pages.info(done, year);
      notes.clear();
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
    load();
  }

  public boolean isWindowOpen() {
    return cycle != null && cycle.isAppealWindowOpen(LocalDate.now());
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

  public List<Appeal> getAppeals() {
    return appeals;
  }

  public Integer getWorkingDays() {
    return workingDays;
  }

  public void setWorkingDays(Integer workingDays) {
    this.workingDays = workingDays;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }
}
