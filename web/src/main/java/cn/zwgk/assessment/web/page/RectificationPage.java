package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.rectification.CompletionRate;
import cn.zwgk.assessment.service.assessment.AssessmentService;
import cn.zwgk.assessment.service.cycle.CycleService;
import cn.zwgk.assessment.service.rectification.RectificationService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * 整改: a unit's clerk records, for each item it lost points on, the measures and the day they were
 * completed; the office sees each unit's completion rate and the county's.
 */
@Named
@ViewScoped
public class RectificationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CycleService cycles;
  @EJB private RectificationService rectification;
  @Inject private CurrentUser user;

  private Integer year;
  private AssessmentCycle cycle;
  private List<RectificationRow> rows = List.of();
  private List<RectificationService.UnitRate> rates = List.of();

  /** One item of the unit's form: what it lost, and the measures being edited. */
  public static final class RectificationRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final RectificationService.Item item;
    private String measures;
    private LocalDate completedOn;

    RectificationRow(RectificationService.Item item) {
      this.item = item;
      if (item.rectification() != null) {
        measures = item.rectification().getMeasures();
        completedOn = item.rectification().getCompletedOn();
      }
    }

    public RectificationService.Item getItem() {
      return item;
    }

    public String getMeasures() {
      return measures;
    }

    public void setMeasures(String measures) {
      this.measures = measures;
    }

    public LocalDate getCompletedOn() {
      return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
      this.completedOn = completedOn;
    }
  }

  /** The view action: the latest published year unless a year is given. */
  public void load() {
    try {
      cycle =
          year != null
              ? cycles.cycle(year)
              : cycles.cycles().stream()
                  .filter(AssessmentService::isPublished)
                  .findFirst()
                  .orElse(null);
      if (cycle == null || !AssessmentService.isPublished(cycle)) {
        cycle = null;
        return;
      }
      year = cycle.getYear();
      if (user.isUnitUser()) {
        rows =
            rectification.items(year, user.getUnitCode()).stream()
                .map(RectificationRow::new)
                .toList();
      } else {
        rates = rectification.progress(year);
      }
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
  }

  public void save(RectificationRow row) {
    try {
      rectification.save(
          year,
          user.getUnitCode(),
          row.getItem().entry().getItem().getId(),
          row.getMeasures(),
          row.getCompletedOn(),
          row.getItem().rectification() == null
              ? null
              : row.getItem().rectification().getVersion());
      Pages.info("rectification.saved", row.getItem().entry().getItem().label());
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
    load();
  }

  public CompletionRate getOverall() {
    return RectificationService.overall(rates);
  }

  /** Each unit's completion rate in percent. */
  public String getRateChart() {
    return Charts.bar(
        rates.stream()
            .map(
                r ->
                    new Charts.Point(
                        r.unit().getName(),
                        r.rate().percent(),
                        r.rate().percent().signum() > 0
                                && r.rate().completed() == r.rate().toRectify()
                            ? "#1e6b34"
                            : "#c58b00"))
            .toList(),
        Pages.text("rectification.rate"),
        false,
        100);
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public AssessmentCycle getCycle() {
    return cycle;
  }

  public List<RectificationRow> getRows() {
    return rows;
  }

  public List<RectificationService.UnitRate> getRates() {
    return rates;
  }
}
