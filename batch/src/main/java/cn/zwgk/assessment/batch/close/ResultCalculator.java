package cn.zwgk.assessment.batch.close;

import cn.zwgk.assessment.domain.assessment.ItemEntry;
import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import cn.zwgk.assessment.domain.scoring.Totals;
import cn.zwgk.assessment.domain.scoring.TotalsCalculator;
import cn.zwgk.assessment.domain.special.SpecialOccurrence;
import cn.zwgk.assessment.domain.special.ZeroOut;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A unit's totals, by the same rules as the running totals of the year. */
@Named
@Dependent
public class ResultCalculator implements ItemProcessor {

  /** A unit assessment and its totals, on their way to the result table. */
  public record Computed(long assessmentId, Totals totals) {}

  @PersistenceContext private EntityManager em;

  @Override
  public Object processItem(Object item) {
    UnitAssessment assessment = em.find(UnitAssessment.class, item);
    Totals totals =
        TotalsCalculator.compute(
            em
                .createNamedQuery("ItemEntry.ofAssessment", ItemEntry.class)
                .setParameter("assessment", assessment)
                .getResultList()
                .stream()
                .map(ItemEntry::getScore)
                .toList(),
            em
                .createNamedQuery("SpecialOccurrence.ofAssessment", SpecialOccurrence.class)
                .setParameter("assessment", assessment)
                .getResultList()
                .stream()
                .filter(SpecialOccurrence::isApproved)
                .map(SpecialOccurrence::asOccurrence)
                .toList(),
            em
                .createNamedQuery("ZeroOut.ofAssessment", ZeroOut.class)
                .setParameter("assessment", assessment)
                .getResultList()
                .stream()
                .anyMatch(ZeroOut::isApproved),
            assessment.getCycle().getRules());
    return new Computed(assessment.getId(), totals);
  }
}
