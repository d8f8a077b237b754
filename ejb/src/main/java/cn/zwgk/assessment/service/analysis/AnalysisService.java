package cn.zwgk.assessment.service.analysis;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.analysis.Averages;
import cn.zwgk.assessment.domain.analysis.LostPoints;
import cn.zwgk.assessment.domain.analysis.ScoreBands;
import cn.zwgk.assessment.domain.assessment.ItemEntry;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
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

  /** The unit's base score by area beside the average of its group. */
  public List<AreaComparison> areas(int year, String unitCode) {
    scope.requireVisible(unitCode);
    UnitResult own = result(year, unitCode);
    UnitGroup group = own.getUnitGroup();
    Map<Long, Map<Long, BigDecimal>> scoresByUnit = new HashMap<>();
    for (ItemEntry e :
        em.createNamedQuery("ItemEntry.ofCycle", ItemEntry.class)
            .setParameter("cycle", own.getCycle())
            .getResultList()) {
      if (e.getAssessment().getUnit().getUnitGroup() == group) {
        scoresByUnit
            .computeIfAbsent(e.getAssessment().getUnit().getId(), id -> new HashMap<>())
            .put(e.getItem().getId(), e.getScore());
      }
    }
    var items = cycles.items(year, group);
    Map<String, List<BigDecimal>> groupScores = new HashMap<>();
    List<AreaScore> unitAreas = List.of();
    for (UnitResult r : results.results(year, group)) {
      List<AreaScore> areas =
          ResultService.areasOf(items, scoresByUnit.getOrDefault(r.getUnit().getId(), Map.of()));
      areas.forEach(
          a -> groupScores.computeIfAbsent(a.area(), k -> new ArrayList<>()).add(a.score()));
      if (r.getUnit().getCode().equals(unitCode)) {
        unitAreas = areas;
      }
    }
    return unitAreas.stream()
        .map(
            a ->
                new AreaComparison(
                    a.area(), a.points(), a.score(), Averages.mean(groupScores.get(a.area()))))
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

  /** The items on which units lost most points, across both groups. */
  public List<LostPoints.Total> mostLost(int year, int limit) {
    results.results(year, null);
    AssessmentCycle cycle = cycles.cycle(year);
    List<LostPoints.Loss> losses =
        em
            .createNamedQuery("ItemEntry.ofCycle", ItemEntry.class)
            .setParameter("cycle", cycle)
            .getResultList()
            .stream()
            .filter(e -> e.getScore() != null)
            .map(
                e ->
                    new LostPoints.Loss(
                        String.valueOf(e.getItem().getId()),
                        e.getItem().getTemplate().getUnitGroup().chineseName()
                            + " · "
                            + e.getItem().getArea()
                            + " · "
                            + e.getItem().label(),
                        e.getItem().getPoints().subtract(e.getScore())))
            .collect(Collectors.toList());
    return LostPoints.top(losses, limit);
  }

  private UnitResult result(int year, String unitCode) {
    return results.results(year, null).stream()
        .filter(r -> r.getUnit().getCode().equals(unitCode))
        .findFirst()
        .orElseThrow(() -> Refusal.notFound("unit.notFound", unitCode));
  }
}
