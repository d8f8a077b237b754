package cn.zwgk.assessment.domain.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * How far a batch job execution has come: the step it is in and its items done of total. Written by
 * the job as it goes, in its own transactions, so that any server can show it.
 */
@Entity
@Table(name = "job_progress")
public class JobProgress implements Serializable {

  @Id
  @Column(name = "execution_id")
  private long executionId;

  @Column(name = "job_name", nullable = false, length = 64)
  private String jobName;

  @Column(name = "step_name", nullable = false, length = 64)
  private String stepName;

  @Column(nullable = false)
  private long done;

  @Column(nullable = false)
  private long total;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  protected JobProgress() {}

  public JobProgress(long executionId, String jobName) {
    this.executionId = executionId;
    this.jobName = jobName;
    this.stepName = "";
  }

  /**
   * A step starts. The counts stay those of the step before until this one knows its total: a step
   * that counts nothing (a check, the close's finish) shows what the job has done so far rather
   * than 0 of 0.
   */
  public void startStep(String step, LocalDateTime now) {
    this.stepName = step;
    this.updatedAt = now;
  }

  /** The step knows how many items it has: its count starts from none. */
  public void total(long total, LocalDateTime now) {
    this.total = total;
    this.done = 0;
    this.updatedAt = now;
  }

  public void advance(long done, LocalDateTime now) {
    this.done = done;
    this.updatedAt = now;
  }

  public long getExecutionId() {
    return executionId;
  }

  public String getJobName() {
    return jobName;
  }

  public String getStepName() {
    return stepName;
  }

  public long getDone() {
    return done;
  }

  public long getTotal() {
    return total;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }
}
