package cn.zwgk.assessment.batch.close;

import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import cn.zwgk.assessment.domain.job.ProgressRecorder;
import cn.zwgk.assessment.domain.result.UnitResult;
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

/**
 * Writes a chunk of results in the chunk's transaction. A unit that has a result already (a chunk
 * done again after a restart) gets it replaced, so a restarted close ends as an uninterrupted one.
 */
@Named
@Dependent
public class ResultWriter extends AbstractItemWriter {

  @PersistenceContext private EntityManager em;
  @Inject private JobContext job;
  @EJB private ProgressRecorder progress;

  @Override
  public void writeItems(List<Object> items) {
    LocalDateTime now = LocalDateTime.now();
    for (Object item : items) {
      ResultCalculator.Computed computed = (ResultCalculator.Computed) item;
      UnitAssessment assessment = em.find(UnitAssessment.class, computed.assessmentId());
      em.createNamedQuery("UnitResult.ofUnit", UnitResult.class)
          .setParameter("cycle", assessment.getCycle())
          .setParameter("unit", assessment.getUnit())
          .getResultStream()
          .findFirst()
          .ifPresentOrElse(
              existing -> existing.record(computed.totals(), now),
              () ->
                  em.persist(
                      new UnitResult(
                          assessment.getCycle(), assessment.getUnit(), computed.totals(), now)));
    }
    progress.add(job.getExecutionId(), items.size());
  }
}
