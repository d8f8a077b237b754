package cn.zwgk.assessment.service.cycle;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.cycle.CycleTemplate;
import cn.zwgk.assessment.domain.indicator.DefaultPoints;
import cn.zwgk.assessment.domain.indicator.IndicatorTemplate;
import cn.zwgk.assessment.domain.indicator.IndicatorTree;
import cn.zwgk.assessment.domain.indicator.TemplateItem;
import cn.zwgk.assessment.domain.ranking.GradingRules;
import cn.zwgk.assessment.domain.scoring.ScoringRules;
import cn.zwgk.assessment.domain.unit.AssessedUnit;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import cn.zwgk.assessment.service.audit.AuditTrail;
import cn.zwgk.assessment.service.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cycles: an administrator creates a year's cycle (the current tables frozen into it, an assessment
 * for every unit), edits its points and deadlines while it is a draft, and opens it.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.UNIT_USER, Roles.ASSESSOR, Roles.APPROVER, Roles.AUDITOR})
public class CycleService {

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;
  @EJB private Caller caller;

  public List<AssessmentCycle> cycles() {
    return em.createNamedQuery("AssessmentCycle.all", AssessmentCycle.class).getResultList();
  }

  public AssessmentCycle cycle(int year) {
    return em.createNamedQuery("AssessmentCycle.byYear", AssessmentCycle.class)
        .setParameter("year", year)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> Refusal.notFound("cycle.notFound", year));
  }

  /** The cycle people work in now: the latest open one, else the latest of any state. */
  public AssessmentCycle current() {
    List<AssessmentCycle> all = cycles();
    return all.stream()
        .filter(AssessmentCycle::isOpen)
        .findFirst()
        .orElse(all.isEmpty() ? null : all.get(0));
  }

  /** The cycle's frozen table of a group, in document order. */
  public List<CycleItem> items(int year, UnitGroup group) {
    return em.createNamedQuery("CycleItem.ofTemplate", CycleItem.class)
        .setParameter("template", template(cycle(year), group))
        .getResultList();
  }

  /** The sum of BASE points of each of the cycle's tables. */
  public Map<UnitGroup, BigDecimal> baseTotals(int year) {
    AssessmentCycle cycle = cycle(year);
    Map<UnitGroup, BigDecimal> totals = new EnumMap<>(UnitGroup.class);
    for (CycleTemplate template : templates(cycle)) {
      totals.put(
          template.getUnitGroup(),
          IndicatorTree.of(
                  em.createNamedQuery("CycleItem.ofTemplate", CycleItem.class)
                      .setParameter("template", template)
                      .getResultList())
              .baseTotal());
    }
    return totals;
  }

  @RolesAllowed(Roles.ADMIN)
  public AssessmentCycle create(int year) {
    if (year < AssessmentCycle.FIRST_YEAR || year > AssessmentCycle.LAST_YEAR) {
      throw Refusal.badInput(
          "cycle.yearInvalid", AssessmentCycle.FIRST_YEAR, AssessmentCycle.LAST_YEAR);
    }
    if (!em.createNamedQuery("AssessmentCycle.byYear", AssessmentCycle.class)
        .setParameter("year", year)
        .getResultList()
        .isEmpty()) {
      throw Refusal.conflict("cycle.exists", year);
    }
    LocalDateTime now = LocalDateTime.now();
    AssessmentCycle cycle = new AssessmentCycle(year, caller.name(), now);
    em.persist(cycle);
    for (IndicatorTemplate source :
        em.createNamedQuery("IndicatorTemplate.current", IndicatorTemplate.class).getResultList()) {
      CycleTemplate copy = new CycleTemplate(cycle, source);
      em.persist(copy);
      for (TemplateItem item :
          em.createQuery(
                  "select i from TemplateItem i where i.template = :t order by i.position",
                  TemplateItem.class)
              .setParameter("t", source)
              .getResultList()) {
        em.persist(new CycleItem(copy, item));
      }
    }
    for (AssessedUnit unit :
        em.createNamedQuery("AssessedUnit.all", AssessedUnit.class).getResultList()) {
      em.persist(new UnitAssessment(cycle, unit));
    }
    audit.log("CYCLE_CREATED", target(year), null, null, cycle.getState(), null);
    return cycle;
  }

  @RolesAllowed(Roles.ADMIN)
  public AssessmentCycle setDeadlines(
      int year, LocalDate selfAssessmentDue, LocalDate scoringDue, Long version) {
    AssessmentCycle cycle = cycle(year);
    checkVersion(cycle, version);
    String before = cycle.getSelfAssessmentDue() + " / " + cycle.getScoringDue();
    cycle.setDeadlines(selfAssessmentDue, scoringDue);
    audit.log(
        "CYCLE_DEADLINES",
        target(year),
        null,
        before,
        selfAssessmentDue + " / " + scoringDue,
        null);
    return cycle;
  }

  /**
   * The year's numbers while it is a draft: the bonus caps and the grading (DESIGN.md's defaults
   * unless changed here).
   */
  @RolesAllowed(Roles.ADMIN)
  public AssessmentCycle changeSettings(
      int year,
      ScoringRules scoring,
      BigDecimal excellentMin,
      BigDecimal goodMin,
      BigDecimal passMin,
      Integer excellentQuotaPercent,
      Long version) {
    AssessmentCycle cycle = cycle(year);
    GradingRules grading;
    try {
      grading = new GradingRules(excellentMin, goodMin, passMin, excellentQuotaPercent);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw Refusal.badInput("cycle.settingsInvalid");
    }
    checkVersion(cycle, version);
    String before = settings(cycle);
    cycle.changeSettings(scoring, grading);
    audit.log("CYCLE_SETTINGS", target(year), null, before, settings(cycle), null);
    return cycle;
  }

  private static String settings(AssessmentCycle cycle) {
    GradingRules g = cycle.getGrading();
    return "bonus "
        + cycle.getRules().bonusItemCap().toPlainString()
        + "/"
        + cycle.getRules().bonusTotalCap().toPlainString()
        + "; grades "
        + g.excellentMin().toPlainString()
        + "/"
        + g.goodMin().toPlainString()
        + "/"
        + g.passMin().toPlainString()
        + "; quota "
        + g.excellentQuotaPercent()
        + "%";
  }

  /** Changes one item's points while the cycle is a draft. */
  @RolesAllowed(Roles.ADMIN)
  public CycleItem setPoints(int year, long itemId, BigDecimal points, Long version) {
    AssessmentCycle cycle = cycle(year);
    CycleItem item = em.find(CycleItem.class, itemId);
    if (item == null || !item.getTemplate().getCycle().equals(cycle)) {
      throw Refusal.notFound("item.notFound", itemId);
    }
    if (version != null && version != item.getVersion()) {
      throw Refusal.conflict("item.stale", item.label());
    }
    BigDecimal before = item.getPoints();
    item.changePoints(points);
    if (before.compareTo(item.getPoints()) != 0) {
      audit.log(
          "POINTS_CHANGED",
          target(year) + "/item:" + itemId,
          null,
          before,
          item.getPoints(),
          item.getArea() + " / " + item.label());
    }
    return item;
  }

  /** Opens self-assessment: refused unless each of the cycle's tables sums to exactly 100. */
  @RolesAllowed(Roles.ADMIN)
  public AssessmentCycle open(int year, Long version) {
    AssessmentCycle cycle = cycle(year);
    checkVersion(cycle, version);
    Map<UnitGroup, BigDecimal> totals = baseTotals(year);
    boolean complete =
        !totals.isEmpty()
            && totals.values().stream().allMatch(t -> t.compareTo(DefaultPoints.BASE_TOTAL) == 0);
    String before = cycle.getState().name();
    cycle.open(complete, LocalDateTime.now());
    audit.log("CYCLE_OPENED", target(year), null, before, cycle.getState(), null);
    return cycle;
  }

  private List<CycleTemplate> templates(AssessmentCycle cycle) {
    return em.createNamedQuery("CycleTemplate.ofCycle", CycleTemplate.class)
        .setParameter("cycle", cycle)
        .getResultList();
  }

  private CycleTemplate template(AssessmentCycle cycle, UnitGroup group) {
    return templates(cycle).stream()
        .filter(t -> t.getUnitGroup() == Objects.requireNonNull(group))
        .findFirst()
        .orElseThrow(() -> Refusal.notFound("template.notFound", group.name()));
  }

  private static void checkVersion(AssessmentCycle cycle, Long version) {
    if (version != null && version != cycle.getVersion()) {
      throw Refusal.conflict("cycle.stale", cycle.getYear());
    }
  }

  static String target(int year) {
    return "cycle:" + year;
  }
}
