package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.assessment.AssessmentState;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.service.assessment.AssessmentService;
import cn.zwgk.assessment.service.cycle.CycleService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 考核进度: the year's unit assessments that the caller may see, how far each is and its running
 * totals, filtered by state, group and text; each leads to its scoring or approval page.
 */
@Named
@ViewScoped
public class AssessmentsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The colour of each state in the chart, as its tag on the page. */
  private static final Map<AssessmentState, String> COLOURS =
      Map.of(
          AssessmentState.NOT_STARTED, "#b0bac5",
          AssessmentState.SELF_ASSESSING, "#7fb3e6",
          AssessmentState.SUBMITTED, "#0b4a8b",
          AssessmentState.SCORING, "#e0a100",
          AssessmentState.RETURNED, "#d9534f",
          AssessmentState.SCORED, "#8e44ad",
          AssessmentState.APPROVED, "#2e8b57",
          AssessmentState.FINAL, "#1e6b34",
          AssessmentState.APPEALED, "#c8161d");

  @EJB private CycleService cycles;
  @EJB private AssessmentService assessments;

  private Integer year;
  private String state;
  private List<Integer> years = List.of();
  private List<SummaryRow> all = List.of();
  private List<String> states = new ArrayList<>();
  private String group;
  private String text;

  /** Called by the view parameters: the current year unless one is asked for. */
  public void load() {
    try {
      years = cycles.cycles().stream().map(AssessmentCycle::getYear).toList();
      if (year == null) {
        AssessmentCycle current = cycles.current();
        year = current == null ? null : current.getYear();
      }
      if (year == null) {
        return;
      }
      all = assessments.visible(year).stream().map(SummaryRow::of).toList();
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
    if (state != null) {
      states =
          Arrays.stream(state.split(","))
              .map(s -> s.strip().toUpperCase(Locale.ROOT))
              .filter(
                  s -> Arrays.stream(AssessmentState.values()).anyMatch(v -> v.name().equals(s)))
              .distinct()
              .collect(Collectors.toCollection(ArrayList::new));
    }
  }

  /** The rows that pass the filters, in the order of the official list. */
  public List<SummaryRow> getRows() {
    String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return all.stream()
        .filter(r -> states.isEmpty() || states.contains(r.state().name()))
        .filter(r -> group == null || group.isEmpty() || r.group().name().equals(group))
        .filter(
            r ->
                needle.isEmpty()
                    || r.unitName().toLowerCase(Locale.ROOT).contains(needle)
                    || r.unitCode().toLowerCase(Locale.ROOT).contains(needle))
        .toList();
  }

  /** How many units of the year stand in each state, the states that have none left out. */
  public List<StateCount> getCounts() {
    Map<AssessmentState, Long> counts = new EnumMap<>(AssessmentState.class);
    all.forEach(r -> counts.merge(r.state(), 1L, Long::sum));
    return counts.entrySet().stream().map(e -> new StateCount(e.getKey(), e.getValue())).toList();
  }

  /** The counts per state as a horizontal bar chart. */
  public String getChart() {
    return Charts.bar(
        getCounts().stream()
            .map(
                c ->
                    new Charts.Point(
                        Pages.text("state." + c.state().name()), c.count(), COLOURS.get(c.state())))
            .toList(),
        Pages.text("assessments.units"),
        true,
        null);
  }

  /** A state and how many units are in it. */
  public record StateCount(AssessmentState state, long count) implements Serializable {}

  public int getTotal() {
    return all.size();
  }

  public List<AssessmentState> getStateOptions() {
    return List.of(AssessmentState.values());
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public List<Integer> getYears() {
    return years;
  }

  public List<String> getStates() {
    return states;
  }

  public void setStates(List<String> states) {
    this.states = states == null ? new ArrayList<>() : new ArrayList<>(states);
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
