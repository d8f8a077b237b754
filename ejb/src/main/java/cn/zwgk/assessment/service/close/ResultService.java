package cn.zwgk.assessment.service.close;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.assessment.ItemEntry;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.indicator.IndicatorTree;
import cn.zwgk.assessment.domain.indicator.Points;
import cn.zwgk.assessment.domain.result.UnitResult;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import cn.zwgk.assessment.service.assessment.AssessmentService;
import cn.zwgk.assessment.service.cycle.CycleService;
import cn.zwgk.assessment.service.security.Caller;
import cn.zwgk.assessment.service.security.UnitScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
  @EJB private UnitScope scope;

  /** One area of a unit's result: the points it carries and what the unit scored in it. */
  public record AreaScore(String area, BigDecimal points, BigDecimal score)
      implements Serializable {}

  /** A unit's base score area by area, in the order of its table (the results page's detail). */
  public List<AreaScore> areas(int year, String unitCode) {
    scope.requireVisible(unitCode);
    return areas(
        results(year, null).stream()
            .filter(r -> r.getUnit().getCode().equals(unitCode))
            .findFirst()
            .orElseThrow(() -> Refusal.notFound("unit.notFound", unitCode)));
  }

  /** A result's base score area by area, for a caller that has found it among those it may see. */
  public List<AreaScore> areas(UnitResult result) {
    Map<Long, BigDecimal> scores = new HashMap<>();
    em.createQuery(
            "select e from ItemEntry e where e.assessment.cycle = :cycle and e.assessment.unit = :unit",
            ItemEntry.class)
        .setParameter("cycle", result.getCycle())
        .setParameter("unit", result.getUnit())
        .getResultList()
        .forEach(e -> scores.put(e.getItem().getId(), e.getScore()));
    return areasOf(cycles.items(result.getCycle().getYear(), result.getUnitGroup()), scores);
  }

  /** A table's base points and the scores of its items, area by area, in the table's order. */
  public static List<AreaScore> areasOf(List<CycleItem> items, Map<Long, BigDecimal> scores) {
    List<AreaScore> areas = new ArrayList<>();
    for (IndicatorTree.Area<CycleItem> area : IndicatorTree.of(items).areas()) {
      if (area.basePoints() == null) {
        continue;
      }
      BigDecimal score =
          area.indicators().stream()
              .flatMap(i -> i.rows().stream())
              .filter(CycleItem::isScored)
              .map(i -> scores.getOrDefault(i.getId(), Points.ZERO))
              .filter(Objects::nonNull)
              .reduce(Points.ZERO, BigDecimal::add);
      areas.add(new AreaScore(area.name(), area.basePoints(), score));
    }
    return areas;
  }

  public List<UnitResult> results(int year, UnitGroup group) {
    AssessmentCycle cycle = readable(year);
    // Read-only: nothing here changes a result, and EclipseLink then neither copies each of the
    // year's results and units for change tracking nor ties them to the transaction's unit of
    // work, which halves the time of the results API and keeps the results page's session small.
    return em
        .createNamedQuery("UnitResult.ofCycle", UnitResult.class)
        .setParameter("cycle", cycle)
        .setHint("eclipselink.read-only", true)
        .getResultList()
        .stream()
        .filter(r -> group == null || r.getUnitGroup() == group)
        .sorted(
            Comparator.comparing(UnitResult::getUnitGroup)
                .thenComparing(UnitResult::getRank, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.getUnit().getPosition()))
        .toList();
  }

  /**
   * The version of a year's results, which the caller may read: the ranking job bumps it each time
   * it places the units (the close, an appeal's re-rank), so that what was read at one version can
   * be served again until then. An appeal's new totals count from their re-rank on: until then the
   * year's previous, consistent ranking is what is served.
   */
  public long resultsVersion(int year) {
    return readable(year).getResultsVersion();
  }

  private AssessmentCycle readable(int year) {
    AssessmentCycle cycle = cycles.cycle(year);
    if (caller.hasRole(Roles.UNIT_USER) && !AssessmentService.isPublished(cycle)) {
      throw Refusal.forbidden("results.notPublished", year);
    }
    if (!cycle.hasResults()) {
      throw Refusal.conflict("results.notClosed", year);
    }
    return cycle;
  }
}
