package cn.zwgk.assessment.service.analysis;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.analysis.Averages;
import cn.zwgk.assessment.domain.analysis.LostPoints;
import cn.zwgk.assessment.domain.analysis.ScoreBands;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.result.UnitResult;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import cn.zwgk.assessment.service.assessment.AssessmentService;
import cn.zwgk.assessment.service.close.ResultService;
import cn.zwgk.assessment.service.close.ResultService.AreaScore;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The analysis of results: a unit's areas against its group's average, its final score and rank
 * year by year, a group's distribution of final scores, and the items where units lost most points
 * across the county. Units see their own unit, and only published years.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.UNIT_USER, Roles.ASSESSOR, Roles.APPROVER, Roles.AUDITOR})
public class AnalysisService {

  /** One area: its points, the unit's score and the group's average. */
  public record AreaComparison(String area, BigDecimal points, BigDecimal unit, BigDecimal group)
      implements Serializable {}

  /** A unit's result in one year, with the size of its group. */
  public record YearResult(
      int year, BigDecimal finalScore, Integer rank, int groupSize, String grade)
      implements Serializable {}

  @PersistenceContext private EntityManager em;
  @EJB private CycleService cycles;
  @EJB private ResultService results;
  @EJB private UnitScope scope;
  @EJB private Caller caller;

  /**
   * The unit's base score by area beside the average of its group. The database adds the group's
   * scores item by item over the units with a result (a province's group has half a million
   * entries: not worth loading); an area's average is its sum over the number of results, as the
   * mean of the units' area scores would be.
   */
  public List<AreaComparison> areas(int year, String unitCode) {
    scope.requireVisible(unitCode);
    List<UnitResult> ofYear = results.results(year, null);
    UnitResult own =
        ofYear.stream()
            .filter(r -> r.getUnit().getCode().equals(unitCode))
            .findFirst()
            .orElseThrow(() -> Refusal.notFound("unit.notFound", unitCode));
    UnitGroup group = own.getUnitGroup();
    Map<Long, BigDecimal> groupScores = new HashMap<>();
    em.createQuery(
            "select e.item.id, sum(e.score) from ItemEntry e, UnitResult r"
                + " where r.cycle = :cycle and r.unitGroup = :group"
                + " and e.assessment.cycle = :cycle and e.assessment.unit = r.unit"
                + " group by e.item.id",
            Object[].class)
        .setParameter("cycle", own.getCycle())
        .setParameter("group", group)
        .getResultStream()
        .forEach(row -> groupScores.put((Long) row[0], (BigDecimal) row[1]));
    long members = ofYear.stream().filter(r -> r.getUnitGroup() == group).count();
    Map<String, BigDecimal> groupAreas =
        ResultService.areasOf(cycles.items(year, group), groupScores).stream()
            .collect(Collectors.toMap(AreaScore::area, AreaScore::score));
    return results.areas(own).stream()
        .map(
            a ->
                new AreaComparison(
                    a.area(),
                    a.points(),
                    a.score(),
                    Averages.mean(groupAreas.get(a.area()), members)))
        .toList();
  }

  /**
   * The unit's result in every year with results (for a unit: every published year), oldest first.
   */
  public List<YearResult> history(String unitCode) {
    scope.requireVisible(unitCode);
    List<YearResult> history = new ArrayList<>();
    for (AssessmentCycle cycle : cycles.cycles()) {
      if (!cycle.hasResults()
          || caller.hasRole(Roles.UNIT_USER) && !AssessmentService.isPublished(cycle)) {
        continue;
      }
      List<UnitResult> all = results.results(cycle.getYear(), null);
      all.stream()
          .filter(r -> r.getUnit().getCode().equals(unitCode))
          .findFirst()
          .ifPresent(
              r ->
                  history.add(
                      new YearResult(
                          cycle.getYear(),
                          r.getFinalScore(),
                          r.getRank(),
                          (int)
                              all.stream()
                                  .filter(o -> o.getUnitGroup() == r.getUnitGroup())
                                  .count(),
                          r.getGrade() == null ? null : r.getGrade().name())));
    }
    history.sort((a, b) -> Integer.compare(a.year(), b.year()));
    return history;
  }

  /** How a group's final scores spread over the bands. */
  public List<ScoreBands.Band> distribution(int year, UnitGroup group) {
    return ScoreBands.of(
        results.results(year, group).stream().map(UnitResult::getFinalScore).toList());
  }

  /**
   * The items on which units lost most points, across both groups: the database adds the points
   * lost and counts the units that lost any, item by item.
   */
  public List<LostPoints.Total> mostLost(int year, int limit) {
    results.results(year, null);
    AssessmentCycle cycle = cycles.cycle(year);
    List<LostPoints.Total> totals = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "select i, sum(i.points - e.score), count(e) from ItemEntry e join e.item i"
                    + " where e.assessment.cycle = :cycle and e.score < i.points"
                    + " group by i order by i.id",
                Object[].class)
            .setParameter("cycle", cycle)
            .getResultList()) {
      CycleItem item = (CycleItem) row[0];
      totals.add(
          new LostPoints.Total(
              item.getTemplate().getUnitGroup().chineseName()
                  + " · "
                  + item.getArea()
                  + " · "
                  + item.label(),
              (BigDecimal) row[1],
              ((Number) row[2]).intValue()));
    }
    return LostPoints.largest(totals, limit);
  }
}
