package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.service.cycle.CycleService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The cycles for the administrator: every year's state and deadlines, and a new year's cycle. */
@Named
@ViewScoped
public class CyclesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CycleService cycleService;

  private List<AssessmentCycle> cycles = List.of();
  private Integer newYear = LocalDate.now().getYear() + 1;

  @PostConstruct
  void load() {
    try {
      cycles = cycleService.cycles();
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
  }

  /** Creates the year's cycle as a draft and goes on to set it up. */
  public String create() {
    AssessmentCycle created;
    try {
      created = cycleService.create(newYear);
    } catch (RuntimeException e) {
      Pages.handle(e);
      return null;
    }
    Pages.info("cycles.created", created.getYear());
    return Redirect.to("/admin/cycle", "year=" + created.getYear());
  }

  public List<AssessmentCycle> getCycles() {
    return cycles;
  }

  public Integer getNewYear() {
    return newYear;
  }

  public void setNewYear(Integer newYear) {
    this.newYear = newYear;
  }
}
