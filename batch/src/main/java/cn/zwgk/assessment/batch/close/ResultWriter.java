package cn.zwgk.assessment.batch.close;

import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.job.ProgressRecorder;
import cn.zwgk.assessment.domain.result.UnitResult;
import cn.zwgk.assessment.domain.unit.AssessedUnit;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a chunk of results in the chunk's transaction, with one read of the chunk's units and
 * results and batched inserts. A unit that has a result already (a chunk done again after a
 * restart) gets it replaced, so a restarted close ends as an uninterrupted one.
 */
@Named
@Dependent
public class ResultWriter extends AbstractItemWriter {

  @PersistenceContext private EntityManager em;
  @Inject private JobContext job;
  @Inject private YearData data;
  @EJB private ProgressRecorder progress;

  @Inject
  @BatchProperty(name = "year")
  private String year;

  @Override
  public void writeItems(List<Object> items) {
    LocalDateTime now = LocalDateTime.now();
    AssessmentCycle cycle = data.cycle(Integer.parseInt(year));
    List<Long> unitIds =
        items.stream().map(item -> ((ResultCalculator.Computed) item).unitId()).toList();
    Map<Long, AssessedUnit> units =
        em.createQuery("select u from AssessedUnit u where u.id in :ids", AssessedUnit.class)
            .setParameter("ids", unitIds)
            .getResultStream()
            .collect(Collectors.toMap(AssessedUnit::getId, Function.identity()));
    Map<Long, UnitResult> existing =
        em.createQuery(
                "select r from UnitResult r where r.cycle = :cycle and r.unit.id in :ids",
                UnitResult.class)
            .setParameter("cycle", cycle)
            .setParameter("ids", unitIds)
            .getResultStream()
            .collect(Collectors.toMap(r -> r.getUnit().getId(), Function.identity()));
    for (Object item : items) {
      ResultCalculator.Computed computed = (ResultCalculator.Computed) item;
      UnitResult result = existing.get(computed.unitId());
      if (result != null) {
        result.record(computed.totals(), now);
      } else {
        em.persist(new UnitResult(cycle, units.get(computed.unitId()), computed.totals(), now));
      }
    }
    progress.add(job.getExecutionId(), items.size());
  }
}
