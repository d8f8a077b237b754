package cn.zwgk.assessment.batch.close;

import cn.zwgk.assessment.domain.job.ProgressRecorder;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Reads one partition's unit figures, all at once when it opens (a few numbers a unit). Its
 * checkpoint is how many it has handed on, so a restarted close goes on after the last committed
 * chunk.
 */
@Named
@Dependent
public class ResultReader extends AbstractItemReader {

  @Inject private JobContext job;
  @Inject private YearData data;
  @EJB private ProgressRecorder progress;

  @Inject
  @BatchProperty(name = "year")
  private String year;

  @Inject
  @BatchProperty(name = "firstId")
  private String firstId;

  @Inject
  @BatchProperty(name = "lastId")
  private String lastId;

  private List<UnitFigures> figures;
  private int next;

  @Override
  public void open(Serializable checkpoint) {
    figures = data.figures(Integer.parseInt(year), Long.parseLong(firstId), Long.parseLong(lastId));
    next = checkpoint == null ? 0 : (Integer) checkpoint;
    if (next > 0) {
      progress.add(job.getExecutionId(), next);
    }
  }

  @Override
  public Object readItem() {
    return next < figures.size() ? figures.get(next++) : null;
  }

  @Override
  public Serializable checkpointInfo() {
    return next;
  }
}
