package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.ranking.Grade;
import cn.zwgk.assessment.domain.result.UnitResult;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import cn.zwgk.assessment.service.close.ResultService;
import cn.zwgk.assessment.service.cycle.CycleService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A closed year's results, one group at a time: the ranking with each unit's areas on expand, a bar
 * chart of the final scores and the grade distribution.
 */
@Named
@ViewScoped
public class ResultsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<Grade, String> GRADE_COLOURS =
      Map.of(
          Grade.EXCELLENT, "#1e6b34",
          Grade.GOOD, "#0b4a8b",
          Grade.PASS, "#c58b00",
          Grade.FAIL, "#c8161d");

  @EJB private CycleService cycles;
  @EJB private ResultService results;

  private Integer year;
  private String group = UnitGroup.TOWN.name();
  private AssessmentCycle cycle;
  private List<UnitResult> rows = List.of();

  /** The view action: the latest year with results unless a year is given. */
  public void load() {
    try {
      cycle =
          year != null
              ? cycles.cycle(year)
              : cycles.cycles().stream()
                  .filter(AssessmentCycle::hasResults)
                  .findFirst()
                  .orElse(null);
      if (cycle == null) {
        return;
      }
      year = cycle.getYear();
      rows = results.results(year, UnitGroup.valueOf(group));
    } catch (RuntimeException e) {
      Pages.handleOpening(e);
      rows = List.of();
    }
  }

  /** A unit's areas; none, with the reason as a message, for a unit the caller may not see. */
  public List<ResultService.AreaScore> areas(String unitCode) {
    try {
      return results.areas(year, unitCode);
    } catch (RuntimeException e) {
      Pages.handle(e);
      return List.of();
    }
  }

  /** The final score of every unit, in rank order, coloured by grade. */
  public String getScoreChart() {
    return Charts.bar(
        rows.stream()
            .map(
                r ->
                    new Charts.Point(
                        r.getUnit().getName(),
                        r.getFinalScore(),
                        GRADE_COLOURS.getOrDefault(r.getGrade(), "#66788a")))
            .toList(),
        Pages.text("results.final"),
        false,
        100);
  }

  /** How many units have each grade. */
  public String getGradeChart() {
    Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
    for (Grade g : Grade.values()) {
      counts.put(g, 0);
    }
    rows.forEach(r -> counts.merge(r.getGrade(), 1, Integer::sum));
    return Charts.doughnut(
        counts.entrySet().stream()
            .map(
                e ->
                    new Charts.Point(
                        Pages.text("grade." + e.getKey().name()),
                        e.getValue(),
                        GRADE_COLOURS.get(e.getKey())))
            .toList());
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getGroup() {
    return group;
  }

  /** TOWN or DEPARTMENT; anything else shows the towns. */
  public void setGroup(String group) {
    this.group = UnitGroup.parse(group).orElse(UnitGroup.TOWN).name();
  }

  public AssessmentCycle getCycle() {
    return cycle;
  }

  public List<UnitResult> getRows() {
    return rows;
  }
}
