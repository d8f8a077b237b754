package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.indicator.IndicatorTemplate;
import cn.zwgk.assessment.domain.unit.AssessedUnit;
import cn.zwgk.assessment.domain.unit.UnitGroup;
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

  @EJB private ReferenceData reference;
  @Inject private CurrentUser user;

  private List<AssessedUnit> units;
  private List<IndicatorTemplate> templates;

  @PostConstruct
  void load() {
    units = reference.units(null);
    templates = reference.templates(false);
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
