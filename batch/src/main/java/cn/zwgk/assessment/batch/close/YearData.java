package cn.zwgk.assessment.batch.close;

import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** What the close and ranking jobs read of a year: its cycle and its assessments' ids. */
@Dependent
public class YearData {

  @PersistenceContext private EntityManager em;

  public AssessmentCycle cycle(int year) {
    return em.createNamedQuery("AssessmentCycle.byYear", AssessmentCycle.class)
        .setParameter("year", year)
        .getSingleResult();
  }

  /**
   * The ids of the year's unit assessments, in a stable order (partitions and restarts rely on it).
   */
  public List<Long> assessmentIds(int year) {
    return em.createQuery(
            "select a.id from UnitAssessment a where a.cycle.year = :year order by a.id",
            Long.class)
        .setParameter("year", year)
        .getResultList();
  }
}
