package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.analysis.LostPoints;
import cn.zwgk.assessment.domain.analysis.ScoreBands;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.result.UnitResult;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import cn.zwgk.assessment.service.analysis.AnalysisService;
import cn.zwgk.assessment.service.assessment.AssessmentService;
import cn.zwgk.assessment.service.close.ResultService;
import cn.zwgk.assessment.service.cycle.CycleService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * 结果分析: a unit's areas against its group's average (radar), its final score and rank year by year,
 * its group's distribution of final scores, and the items where units lost most points across the
 * county. A unit's clerk sees its own unit, once the year is published.
 */
@Named
@ViewScoped
public class AnalysisPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MOST_LOST = 10;

  @EJB private CycleService cycles;
  @EJB private ResultService results;
  @EJB private AnalysisService analysis;
  @Inject private CurrentUser user;

  private Integer year;
  private String unit;
  private AssessmentCycle cycle;
  private List<UnitResult> units = List.of();
  private List<AnalysisService.AreaComparison> areas = List.of();
  private List<AnalysisService.YearResult> history = List.of();
  private List<ScoreBands.Band> bands = List.of();
  private List<LostPoints.Total> mostLost = List.of();

  /** The view action: the latest year the caller may analyse unless a year is given. */
  public void load() {
    try {
      cycle =
          year != null
              ? cycles.cycle(year)
              : cycles.cycles().stream()
                  .filter(
                      c -> user.isUnitUser() ? AssessmentService.isPublished(c) : c.hasResults())
                  .findFirst()
                  .orElse(null);
      if (cycle == null) {
        return;
      }
      year = cycle.getYear();
      units = results.results(year, null);
      if (user.isUnitUser() || unit == null || units.stream().noneMatch(this::isChosen)) {
        unit = user.isUnitUser() ? user.getUnitCode() : units.get(0).getUnit().getCode();
      }
      UnitGroup group = chosen().getUnitGroup();
      areas = analysis.areas(year, unit);
      history = analysis.history(unit);
      bands = analysis.distribution(year, group);
      mostLost = analysis.mostLost(year, MOST_LOST);
    } catch (RuntimeException e) {
      Pages.handle(e);
      cycle = null;
    }
  }

  private boolean isChosen(UnitResult r) {
    return r.getUnit().getCode().equals(unit);
  }

  public UnitResult chosen() {
    return units.stream().filter(this::isChosen).findFirst().orElse(null);
  }

  public String getRadarChart() {
    return Charts.radar(
        areas.stream().map(AnalysisService.AreaComparison::area).toList(),
        List.of(
            new Charts.Series(
                chosen().getUnit().getName(),
                areas.stream().map(AnalysisService.AreaComparison::unit).toList(),
                "#c8161d"),
            new Charts.Series(
                Pages.text("analysis.groupAverage"),
                areas.stream().map(AnalysisService.AreaComparison::group).toList(),
                "#0b4a8b"),
            new Charts.Series(
                Pages.text("templates.points"),
                areas.stream().map(AnalysisService.AreaComparison::points).toList(),
                "#66788a")),
        20);
  }

  public String getHistoryChart() {
    return Charts.line(
        history.stream().map(h -> String.valueOf(h.year())).toList(),
        List.of(
            new Charts.Series(
                Pages.text("results.final"),
                history.stream().map(AnalysisService.YearResult::finalScore).toList(),
                "#c8161d")));
  }

  public String getDistributionChart() {
    return Charts.bar(
        bands.stream().map(b -> new Charts.Point(b.label(), b.count(), "#0b4a8b")).toList(),
        Pages.text("analysis.units"),
        false,
        null);
  }

  public String getLostChart() {
    return Charts.bar(
        mostLost.stream().map(t -> new Charts.Point(t.label(), t.lost(), "#c58b00")).toList(),
        Pages.text("analysis.pointsLost"),
        true,
        null);
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public AssessmentCycle getCycle() {
    return cycle;
  }

  public List<UnitResult> getUnits() {
    return units;
  }

  public List<AnalysisService.AreaComparison> getAreas() {
    return areas;
  }

  public List<AnalysisService.YearResult> getHistory() {
    return history;
  }

  public List<LostPoints.Total> getMostLost() {
    return mostLost;
  }
}
