package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import cn.zwgk.assessment.service.cycle.CycleService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One cycle's set-up for the administrator: its deadlines, the points of its two frozen tables
 * while it is a draft, and its opening. The service decides what may change and when.
 */
@Named
@ViewScoped
public class CyclePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CycleService cycleService;

  private Integer year;
  private AssessmentCycle cycle;
  private LocalDate selfAssessmentDue;
  private LocalDate scoringDue;
  private List<PointsTable> tables = List.of();

  /** Called by the page's view parameter. */
  public void load() {
    if (year == null) {
      Pages.error("cycleSetup.noYear");
      return;
    }
    try {
      cycle = cycleService.cycle(year);
      List<PointsTable> loaded = new ArrayList<>();
      for (UnitGroup group : UnitGroup.values()) {
        loaded.add(new PointsTable(group, cycleService.items(year, group)));
      }
      tables = loaded;
    } catch (RuntimeException e) {
      cycle = null;
      Pages.handle(e);
      return;
    }
    selfAssessmentDue = cycle.getSelfAssessmentDue();
    scoringDue = cycle.getScoringDue();
  }

  public void saveDeadlines() {
    try {
      cycle = cycleService.setDeadlines(year, selfAssessmentDue, scoringDue, cycle.getVersion());
      Pages.info("cycleSetup.deadlinesSaved");
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
  }

  /** Saves an item's points as typed; a refused change shows the saved points again. */
  public void savePoints(PointsRow row) {
    PointsTable table = tables.stream().filter(t -> t.holds(row)).findFirst().orElseThrow();
    try {
      CycleItem saved =
          cycleService.setPoints(year, row.getItemId(), row.getPoints(), row.getVersion());
      table.saved(saved);
    } catch (RuntimeException e) {
      Pages.handle(e);
      row.revert();
    }
  }

  /** Opens self-assessment; the page is then read again with its points frozen. */
  public String open() {
    try {
      cycle = cycleService.open(year, cycle.getVersion());
    } catch (RuntimeException e) {
      Pages.handle(e);
      return null;
    }
    Pages.info("cycleSetup.opened", year);
    return Redirect.to("/admin/cycle", "year=" + year);
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  /** Null when there is nothing to show (no such cycle). */
  public AssessmentCycle getCycle() {
    return cycle;
  }

  public boolean isDraft() {
    return cycle != null && cycle.arePointsEditable();
  }

  public LocalDate getSelfAssessmentDue() {
    return selfAssessmentDue;
  }

  public void setSelfAssessmentDue(LocalDate selfAssessmentDue) {
    this.selfAssessmentDue = selfAssessmentDue;
  }

  public LocalDate getScoringDue() {
    return scoringDue;
  }

  public void setScoringDue(LocalDate scoringDue) {
    this.scoringDue = scoringDue;
  }

  public List<PointsTable> getTables() {
    return tables;
  }

  public PointsTable getTown() {
    return table(UnitGroup.TOWN);
  }

  public PointsTable getDepartment() {
    return table(UnitGroup.DEPARTMENT);
  }

  private PointsTable table(UnitGroup group) {
    return tables.stream().filter(t -> t.getGroup() == group).findFirst().orElse(null);
  }
}
