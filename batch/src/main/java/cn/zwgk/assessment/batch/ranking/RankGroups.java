package cn.zwgk.assessment.batch.ranking;

import cn.zwgk.assessment.batch.close.YearData;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.job.ProgressRecorder;
import cn.zwgk.assessment.domain.ranking.Ranking;
import cn.zwgk.assessment.domain.result.UnitResult;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Ranks and grades every group of a year from its results, by the rules of the domain. */
@Named
@Dependent
public class RankGroups extends AbstractBatchlet {

  @PersistenceContext private EntityManager em;
  @Inject private YearData data;
  @Inject private JobContext job;
  @EJB private ProgressRecorder progress;

  @Inject
  @BatchProperty(name = "year")
  private String year;

  @Override
  @Transactional
  public String process() {
    AssessmentCycle cycle = data.cycle(Integer.parseInt(year));
    List<UnitResult> results =
        em.createNamedQuery("UnitResult.ofCycle", UnitResult.class)
            .setParameter("cycle", cycle)
            .getResultList();
    progress.total(job.getExecutionId(), results.size());
    Map<String, UnitResult> byUnit =
        results.stream().collect(Collectors.toMap(r -> r.getUnit().getCode(), Function.identity()));
    for (UnitGroup group : UnitGroup.values()) {
      List<Ranking.Entry> entries =
          results.stream()
              .filter(r -> r.getUnitGroup() == group)
              .map(
                  r ->
                      new Ranking.Entry(
                          r.getUnit().getCode(), r.getFinalScore(), r.getUnit().getPosition()))
              .toList();
      for (Ranking.Placed placed : Ranking.rank(entries, cycle.getGrading())) {
        byUnit.get(placed.unit()).place(placed.rank(), placed.grade());
      }
    }
    progress.advance(job.getExecutionId(), results.size());
    return "RANKED " + results.size();
  }
}
