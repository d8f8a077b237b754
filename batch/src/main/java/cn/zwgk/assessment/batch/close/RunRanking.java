package cn.zwgk.assessment.batch.close;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;

/**
 * The close ranks and grades through the {@code ranking} job, the same job that ranks a group again
 * after an appeal: it starts it and waits for it to end.
 */
@Named
@Dependent
public class RunRanking extends AbstractBatchlet {

  private static final Set<BatchStatus> ENDED =
      EnumSet.of(
          BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

  @Inject
  @BatchProperty(name = "year")
  private String year;

  private volatile boolean stopping;

  @Override
  public String process() throws InterruptedException {
    JobOperator operator = BatchRuntime.getJobOperator();
    Properties parameters = new Properties();
    parameters.setProperty("year", year);
    long execution = operator.start("ranking", parameters);
    BatchStatus status;
    while (!ENDED.contains(status = operator.getJobExecution(execution).getBatchStatus())) {
      if (stopping) {
        operator.stop(execution);
      }
      Thread.sleep(50);
    }
    if (status != BatchStatus.COMPLETED) {
      throw new IllegalStateException("the ranking job " + execution + " ended " + status);
    }
    return "RANKED";
  }

  @Override
  public void stop() {
    stopping = true;
  }
}
