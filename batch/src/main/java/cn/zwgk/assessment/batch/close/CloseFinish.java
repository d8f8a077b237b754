package cn.zwgk.assessment.batch.close;

import cn.zwgk.assessment.domain.result.CloseSteps;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The close's last step: every unit computed and ranked, the cycle is CLOSED. */
@Named
@Dependent
public class CloseFinish extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = "year")
  private String year;

  @Inject
  @BatchProperty(name = "actor")
  private String actor;

  @EJB private CloseSteps steps;

  @Override
  public String process() {
    steps.finish(Integer.parseInt(year), actor);
    return "CLOSED";
  }
}
