package cn.zwgk.assessment.service.job;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.job.JobProgress;
import cn.zwgk.assessment.domain.unit.UnitImportSteps;
import cn.zwgk.assessment.service.audit.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionIsRunningException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/** What the batch jobs are doing and have done, from the job repository and the progress table. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class JobMonitor {

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;

  public JobStatus status(long executionId) {
    JobOperator operator = BatchRuntime.getJobOperator();
    JobExecution execution;
    try {
      execution = operator.getJobExecution(executionId);
    } catch (NoSuchJobExecutionException e) {
      throw Refusal.notFound("job.notFound", executionId);
    }
    JobProgress progress = em.find(JobProgress.class, executionId);
    String step =
        progress != null
            ? progress.getStepName()
            : operator.getStepExecutions(executionId).stream()
                .max(Comparator.comparing(StepExecution::getStepExecutionId))
                .map(StepExecution::getStepName)
                .orElse("");
    return new JobStatus(
        executionId,
        execution.getJobName(),
        execution.getBatchStatus(),
        execution.getExitStatus(),
        step,
        progress == null ? 0 : progress.getDone(),
        progress == null ? 0 : progress.getTotal(),
        toLocal(execution.getStartTime()),
        toLocal(execution.getEndTime()),
        progress == null ? null : progress.getUpdatedAt());
  }

  /**
   * Restarts an execution from where it stopped (its last checkpoint) and returns the new one: a
   * failed or stopped execution, or one that still says it runs but runs nowhere — its server died
   * under it. JBeret's "detect" mode refuses one that really runs on this server; in a cluster an
   * administrator first makes sure that no other node runs it.
   */
  public long restart(long executionId) {
    JobStatus status = status(executionId);
    if (status.isFinal()) {
      throw Refusal.conflict("job.notRestartable", executionId, stateKey(status));
    }
    Properties parameters = new Properties();
    parameters.setProperty("jberet.restart.mode", "detect");
    try {
      long restarted = BatchRuntime.getJobOperator().restart(executionId, parameters);
      audit.log(
          "JOB_RESTARTED", "job:" + executionId, null, status.status(), "job:" + restarted, null);
      return restarted;
    } catch (JobRestartException
        | JobExecutionIsRunningException
        | JobExecutionNotMostRecentException e) {
      throw Refusal.conflict("job.notRestartable", executionId, stateKey(status));
    }
  }

  /** The message key that names where an execution stands: its status, or a rejected import. */
  private static String stateKey(JobStatus status) {
    return status.isRejected()
        ? "job.exit." + UnitImportSteps.REJECTED
        : "job.status." + status.status().name();
  }

  /** The executions of several jobs, newest first. */
  public List<JobStatus> history(List<String> jobNames, int max) {
    return jobNames.stream()
        .flatMap(name -> history(name, max).stream())
        .sorted(Comparator.comparing(JobStatus::executionId).reversed())
        .limit(max)
        .toList();
  }

  /** The executions of a job, newest first. */
  public List<JobStatus> history(String jobName, int max) {
    JobOperator operator = BatchRuntime.getJobOperator();
    if (!operator.getJobNames().contains(jobName)) {
      return List.of();
    }
    return operator.getJobInstances(jobName, 0, max).stream()
        .flatMap(instance -> operator.getJobExecutions(instance).stream())
        .map(JobExecution::getExecutionId)
        .sorted(Comparator.reverseOrder())
        .limit(max)
        .map(this::status)
        .toList();
  }

  private static LocalDateTime toLocal(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
  }
}
