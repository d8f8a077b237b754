package cn.zwgk.assessment.batch.progress;

import cn.zwgk.assessment.domain.job.ProgressRecorder;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Records which step an execution is in, so that the jobs page can show it while it runs. */
@Named
@Dependent
public class StepProgressListener extends AbstractStepListener {

  @Inject private JobContext job;
  @Inject private StepContext step;
  @EJB private ProgressRecorder progress;

  @Override
  public void beforeStep() {
    progress.startStep(job.getExecutionId(), job.getJobName(), step.getStepName());
  }
}
