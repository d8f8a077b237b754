package cn.zwgk.assessment.batch.close;

import cn.zwgk.assessment.domain.job.ProgressRecorder;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/**
 * Splits the year's units into as many partitions as the server has processors (at least two), so
 * that every core computes; each partition takes the assessments whose ids leave its remainder.
 */
@Named
@Dependent
public class UnitPartitions implements PartitionMapper {

  @Inject private JobContext job;
  @Inject private YearData data;
  @EJB private ProgressRecorder progress;

  @Inject
  @BatchProperty(name = "year")
  private String year;

  @Override
  public PartitionPlan mapPartitions() {
    int partitions = Math.max(2, Runtime.getRuntime().availableProcessors());
    progress.total(job.getExecutionId(), data.assessmentCount(Integer.parseInt(year)));
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(partitions);
    plan.setThreads(partitions);
    Properties[] properties = new Properties[partitions];
    for (int i = 0; i < partitions; i++) {
      properties[i] = new Properties();
      properties[i].setProperty("partition", String.valueOf(i));
      properties[i].setProperty("partitions", String.valueOf(partitions));
    }
    plan.setPartitionProperties(properties);
    return plan;
  }
}
