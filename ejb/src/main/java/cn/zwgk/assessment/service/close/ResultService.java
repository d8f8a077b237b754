package cn.zwgk.assessment.service.close;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.result.UnitResult;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import cn.zwgk.assessment.service.assessment.AssessmentService;
import cn.zwgk.assessment.service.cycle.CycleService;
import cn.zwgk.assessment.service.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;

/**
 * A closed year's results, group by group in rank order. The office, the assessors, the approvers
 * and the auditor see them once the close is done; units once they are published.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.UNIT_USER, Roles.ASSESSOR, Roles.APPROVER, Roles.AUDITOR})
public class ResultService {

  @PersistenceContext private EntityManager em;
  @EJB private CycleService cycles;
  @EJB private Caller caller;

  public List<UnitResult> results(int year, UnitGroup group) {
    AssessmentCycle cycle = cycles.cycle(year);
    if (caller.hasRole(Roles.UNIT_USER) && !AssessmentService.isPublished(cycle)) {
      throw Refusal.forbidden("results.notPublished", year);
    }
    if (!cycle.hasResults()) {
      throw Refusal.conflict("results.notClosed", year);
    }
    return em
        .createNamedQuery("UnitResult.ofCycle", UnitResult.class)
        .setParameter("cycle", cycle)
        .getResultList()
        .stream()
        .filter(r -> group == null || r.getUnitGroup() == group)
        .sorted(
            Comparator.comparing(UnitResult::getUnitGroup)
                .thenComparing(UnitResult::getRank, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.getUnit().getPosition()))
        .toList();
  }
}
