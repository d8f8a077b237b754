package cn.zwgk.assessment.service.report;

import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import cn.zwgk.assessment.domain.result.UnitResult;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import cn.zwgk.assessment.service.AppSettings;
import cn.zwgk.assessment.service.assessment.AssessmentService;
import cn.zwgk.assessment.service.assessment.AssessmentSheet;
import cn.zwgk.assessment.service.close.ResultService;
import cn.zwgk.assessment.service.cycle.CycleService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the office's results workbook and printed report are made of, for a year with results. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.APPROVER})
public class ReportService {

  @PersistenceContext private EntityManager em;
  @EJB private CycleService cycles;
  @EJB private ResultService results;
  @EJB private AssessmentService assessments;
  @Inject private AppSettings settings;

  /** Refused (409) before the close, like the results themselves. */
  public YearResults yearResults(int year) {
    Map<UnitGroup, List<UnitResult>> rankings = new EnumMap<>(UnitGroup.class);
    for (UnitGroup group : UnitGroup.values()) {
      rankings.put(group, results.results(year, group));
    }
    Map<String, AssessmentSheet> sheets = new HashMap<>();
    for (UnitAssessment assessment :
        em.createNamedQuery("UnitAssessment.ofCycle", UnitAssessment.class)
            .setParameter("cycle", cycles.cycle(year))
            .getResultList()) {
      sheets.put(assessment.getUnit().getCode(), assessments.sheetOf(assessment));
    }
    return new YearResults(cycles.cycle(year), settings.county(), rankings, sheets);
  }

  /** The CJK font the printed report embeds: a file, with ",n" for a font of a collection. */
  public String reportFont() {
    return settings.reportFont();
  }
}
