package cn.zwgk.assessment.batch.unitimport;

import cn.zwgk.assessment.domain.job.ProgressRecorder;
import cn.zwgk.assessment.domain.unit.UnitImportSteps;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Creates every unit of a clean sheet in one transaction; the exit status says how many. */
@Named
@Dependent
public class UnitImportApply extends AbstractBatchlet {

  @Inject private JobContext job;

  @Inject
  @BatchProperty(name = "actor")
  private String actor;

  @EJB private UnitImportSteps steps;
  @EJB private ProgressRecorder progress;

  @Override
  public String process() {
    int imported = steps.apply(job.getInstanceId(), actor);
    progress.total(job.getExecutionId(), imported);
    progress.advance(job.getExecutionId(), imported);
    String status = "IMPORTED " + imported;
    job.setExitStatus(status);
    return status;
  }
}
