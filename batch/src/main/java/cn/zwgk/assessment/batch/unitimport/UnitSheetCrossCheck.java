package cn.zwgk.assessment.batch.unitimport;

import cn.zwgk.assessment.domain.unit.UnitImportSteps;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Finds rows that clash with other rows of the same sheet, then decides: REJECTED when any row has
 * a problem (the job fails and nothing is imported), CLEAN otherwise.
 */
@Named
@Dependent
public class UnitSheetCrossCheck extends AbstractBatchlet {

  @Inject private JobContext job;
  @EJB private UnitImportSteps steps;

  @Override
  public String process() {
    return steps.markDuplicates(job.getInstanceId()) > 0 ? UnitImportSteps.REJECTED : "CLEAN";
  }
}
