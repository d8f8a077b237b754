package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.unit.AssessedUnit;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import cn.zwgk.assessment.service.assignment.AssignmentService;
import cn.zwgk.assessment.service.reference.ReferenceData;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** 考核分工: which units each assessor scores, edited by the administrator one assessor at a time. */
@Named
@ViewScoped
public class AssignmentsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AssignmentService assignments;
  @EJB private ReferenceData reference;

  private List<AssessedUnit> units = List.of();
  private List<AssessorUnits> assessors = List.of();

  @PostConstruct
  void load() {
    try {
      units = reference.units(null);
      assessors =
          assignments.assessors().stream()
              .map(
                  a ->
                      new AssessorUnits(
                          a.getUsername(),
                          a.getDisplayName(),
                          assignments.unitsOf(a.getUsername())))
              .toList();
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
  }

  public void save(AssessorUnits assessor) {
    try {
      Set<String> saved =
          assignments.assign(assessor.getUsername(), assessor.getSaved(), assessor.getChosen());
      assessor.saved(saved);
      Pages.info("assign.saved", assessor.getDisplayName(), saved.size());
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
  }

  public List<AssessorUnits> getAssessors() {
    return assessors;
  }

  /** Every unit, grouped as the official list: towns, then county departments. */
  public List<SelectItem> getOptions() {
    List<SelectItem> groups = new ArrayList<>();
    for (UnitGroup group : UnitGroup.values()) {
      groups.add(
          new SelectItemGroup(
              Pages.text("group." + group.name()),
              null,
              false,
              units.stream()
                  .filter(u -> u.getUnitGroup() == group)
                  .map(u -> new SelectItem(u.getCode(), u.getName()))
                  .toList()));
    }
    return groups;
  }

  /** How many of the assessor's saved units belong to a group. */
  public long count(AssessorUnits assessor, UnitGroup group) {
    return units.stream()
        .filter(u -> u.getUnitGroup() == group && assessor.getSaved().contains(u.getCode()))
        .count();
  }

  public int getUnitCount() {
    return units.size();
  }
}
