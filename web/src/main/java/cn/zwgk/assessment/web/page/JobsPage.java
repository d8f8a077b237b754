package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.service.close.CloseService;
import cn.zwgk.assessment.service.importing.UnitImportService;
import cn.zwgk.assessment.service.job.JobMonitor;
import cn.zwgk.assessment.service.job.JobStatus;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/** The batch jobs: every execution with its step and progress, live, and a restart for failures. */
@Named
@ViewScoped
public class JobsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final List<String> JOBS =
      List.of(CloseService.JOB, CloseService.RANKING_JOB, UnitImportService.JOB);
  private static final int SHOWN = 30;

  @EJB private JobMonitor jobs;

  private List<JobStatus> executions;

  @PostConstruct
  void load() {
    refresh();
  }

  /** Polled while anything runs. */
  public void refresh() {
    executions = jobs.history(JOBS, SHOWN);
  }

  public void restart(long executionId) {
    try {
      long restarted = jobs.restart(executionId);
      Pages.info("jobs.restarted", executionId, restarted);
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
    refresh();
  }

  public List<JobStatus> getExecutions() {
    return executions;
  }

  public boolean isAnyRunning() {
    return executions.stream().anyMatch(JobStatus::isRunning);
  }

  /** How long it ran, or has been running: m:ss. */
  public String elapsed(JobStatus job) {
    if (job.started() == null) {
      return "";
    }
    Duration d =
        Duration.between(job.started(), job.ended() == null ? LocalDateTime.now() : job.ended());
    return d.toMinutes() + ":" + String.format("%02d", d.toSecondsPart());
  }

  public boolean restartable(JobStatus job) {
    return job.isRestartable(LocalDateTime.now());
  }
}
