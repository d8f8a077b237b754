package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.unit.AssessedUnit;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import cn.zwgk.assessment.service.reference.ReferenceData;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The list of assessed units, filtered by group. */
@Named
@ViewScoped
public class UnitsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ReferenceData reference;

  /** "ALL", "TOWN" or "DEPARTMENT". */
  private String group = "ALL";

  private List<AssessedUnit> units;

  @PostConstruct
  void load() {
    units = reference.units(null);
  }

  public List<AssessedUnit> getUnits() {
    return units.stream()
        .filter(u -> "ALL".equals(group) || u.getUnitGroup().name().equals(group))
        .toList();
  }

  public long count(UnitGroup g) {
    return units.stream().filter(u -> u.getUnitGroup() == g).count();
  }

  public long getTotal() {
    return units.size();
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }
}
