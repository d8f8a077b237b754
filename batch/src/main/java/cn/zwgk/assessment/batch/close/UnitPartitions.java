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
import java.util.List;
import java.util.Properties;

/**
 * Splits the year's units into as many partitions as the server has processors (at least two), so
 * that every core computes; each partition takes a contiguous range of assessment ids, so that its
 * reads follow the indexes instead of scanning the whole year. The ranges depend only on the frozen
 * year's assessments: a restart gets the same ones.
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
    List<Long> ids = data.assessmentIds(Integer.parseInt(year));
    int partitions = Math.max(2, Runtime.getRuntime().availableProcessors());
    progress.total(job.getExecutionId(), ids.size());
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(partitions);
    plan.setThreads(partitions);
    Properties[] properties = new Properties[partitions];
    for (int i = 0; i < partitions; i++) {
      int from = ids.size() * i / partitions;
      int to = ids.size() * (i + 1) / partitions;
      properties[i] = new Properties();
      properties[i].setProperty("firstId", from < to ? String.valueOf(ids.get(from)) : "0");
      properties[i].setProperty("lastId", from < to ? String.valueOf(ids.get(to - 1)) : "-1");
    }
    plan.setPartitionProperties(properties);
    return plan;
  }
}
