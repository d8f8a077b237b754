package cn.zwgk.assessment.batch.close;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.result.CloseSteps;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Logger;

/**
 * The close's first step checks again what the request checked (something may have changed since)
 * and freezes the year; with anything missing it stops the job and changes nothing.
 */
@Named
@Dependent
public class CloseValidate extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(CloseValidate.class.getName());

  @Inject private JobContext job;

  @Inject
  @BatchProperty(name = "year")
  private String year;

  @Inject
  @BatchProperty(name = "actor")
  private String actor;

  @EJB private CloseSteps steps;

  @Override
  public String process() {
    List<Refusal.Detail> missing = steps.checkAndFreeze(Integer.parseInt(year), actor);
    if (missing.isEmpty()) {
      return "FROZEN";
    }
    LOG.warning(
        () -> "Close of " + year + " stopped: " + missing.size() + " things missing " + missing);
    job.setExitStatus("INCOMPLETE " + missing.size());
    return "INCOMPLETE";
  }
}
