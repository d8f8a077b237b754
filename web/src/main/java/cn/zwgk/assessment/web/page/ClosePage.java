package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.service.close.CloseService;
import cn.zwgk.assessment.service.cycle.CycleService;
import cn.zwgk.assessment.service.job.JobMonitor;
import cn.zwgk.assessment.service.job.JobStatus;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * 年度结算: what still stands in the way of closing the year, the button that starts the close, and the
 * close running, step by step.
 */
@Named
@ViewScoped
public class ClosePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CycleService cycles;
  @EJB private CloseService close;
  @EJB private JobMonitor jobs;

  private Integer year;
  private AssessmentCycle cycle;
  private List<String> missing = List.of();
  private Long executionId;
  private JobStatus job;

  /** The view action: the current cycle unless a year is given. */
  public void load() {
    try {
      cycle = year == null ? cycles.current() : cycles.cycle(year);
    } catch (RuntimeException e) {
      Pages.handle(e);
      return;
    }
    if (cycle == null) {
      return;
    }
    year = cycle.getYear();
    missing =
        close.missing(year).stream().map(d -> Pages.text(d.key(), d.args().toArray())).toList();
  }

  public void start() {
    try {
      executionId = close.start(year);
      refresh();
    } catch (RuntimeException e) {
      Pages.handle(e);
      load();
    }
  }

  /** Polled while the close runs. */
  public void refresh() {
    if (executionId != null) {
      job = jobs.status(executionId);
      cycle = cycles.cycle(year);
    }
  }

  public boolean isRunning() {
    return job != null && job.isRunning();
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

  public List<String> getMissing() {
    return missing;
  }

  public JobStatus getJob() {
    return job;
  }
}
