package cn.zwgk.assessment.batch.progress;

import cn.zwgk.assessment.domain.job.ProgressRecorder;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Records which step an execution is in, so that the jobs page can show it while it runs; and why a
 * step failed, as the execution's exit status, so that the page can say it.
 */
@Named
@Dependent
public class StepProgressListener extends AbstractStepListener {

  /** Exit statuses are short texts in the job repository. */
  static final int MAX_REASON = 200;

  @Inject private JobContext job;
  @Inject private StepContext step;
  @EJB private ProgressRecorder progress;

  @Override
  public void beforeStep() {
    progress.startStep(job.getExecutionId(), job.getJobName(), step.getStepName());
  }

  @Override
  public void afterStep() {
    Exception failure = step.getException();
    if (failure != null) {
      Throwable root = failure;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      String reason =
          step.getStepName() + ": " + root.getClass().getSimpleName() + ": " + root.getMessage();
      job.setExitStatus(reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason);
    }
  }
}
