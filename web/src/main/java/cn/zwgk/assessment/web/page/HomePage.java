package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.indicator.IndicatorTemplate;
import cn.zwgk.assessment.domain.unit.AssessedUnit;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import cn.zwgk.assessment.service.home.TaskService;
import cn.zwgk.assessment.service.reference.ReferenceData;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The home page: what each role sees first. */
@Named
@RequestScoped
public class HomePage {

  /** A task as the home page lists it: its words and where to deal with it. */
  public record TaskLine(String label, long count, String page) {}

  @EJB private ReferenceData reference;
  @EJB private TaskService taskService;
  @Inject private CurrentUser user;

  private List<AssessedUnit> units;
  private List<IndicatorTemplate> templates;
  private List<TaskLine> tasks;

  @PostConstruct
  void load() {
    units = reference.units(null);
    templates = reference.templates(false);
    tasks =
        taskService.tasks().stream()
            .map(t -> new TaskLine(Pages.text(t.key(), t.count()), t.count(), t.page()))
            .toList();
  }

  public List<TaskLine> getTasks() {
    return tasks;
  }

  public long getTownCount() {
    return units.stream().filter(u -> u.getUnitGroup() == UnitGroup.TOWN).count();
  }

  public long getDepartmentCount() {
    return units.stream().filter(u -> u.getUnitGroup() == UnitGroup.DEPARTMENT).count();
  }

  public List<IndicatorTemplate> getTemplates() {
    return templates;
  }

  /** The unit of a unit user, or null. */
  public AssessedUnit getMyUnit() {
    String code = user.getUnitCode();
    return units.stream().filter(u -> u.getCode().equals(code)).findFirst().orElse(null);
  }

  /** The template that applies to the unit user's unit. */
  public IndicatorTemplate getMyTemplate() {
    AssessedUnit unit = getMyUnit();
    return unit == null
        ? null
        : templates.stream()
            .filter(t -> t.getUnitGroup() == unit.getUnitGroup())
            .findFirst()
            .orElse(null);
  }
}
