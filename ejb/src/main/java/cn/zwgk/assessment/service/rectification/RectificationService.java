package cn.zwgk.assessment.service.rectification;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.assessment.ItemEntry;
import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.rectification.CompletionRate;
import cn.zwgk.assessment.domain.rectification.Rectification;
import cn.zwgk.assessment.domain.unit.AssessedUnit;
import cn.zwgk.assessment.service.assessment.AssessmentService;
import cn.zwgk.assessment.service.audit.AuditTrail;
import cn.zwgk.assessment.service.cycle.CycleService;
import cn.zwgk.assessment.service.security.Caller;
import cn.zwgk.assessment.service.security.UnitScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 整改 after publication: a unit records, item by item where it lost points, its measures and when
 * they were completed; the office follows the completion rate of each unit and of the county.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.UNIT_USER, Roles.ASSESSOR, Roles.APPROVER, Roles.AUDITOR})
public class RectificationService {

  /** An item where the unit lost points, and its rectification so far (null: none yet). */
  public record Item(ItemEntry entry, Rectification rectification) implements Serializable {}

  /** A unit's completion rate. */
  public record UnitRate(AssessedUnit unit, CompletionRate rate) implements Serializable {}

  @PersistenceContext private EntityManager em;
  @EJB private CycleService cycles;
  @EJB private AssessmentService assessments;
  @EJB private UnitScope scope;
  @EJB private Caller caller;
  @EJB private AuditTrail audit;

  /** A unit's items to rectify, in the order of its table; scores are the unit's after 公示. */
  public List<Item> items(int year, String unitCode) {
    List<ItemEntry> deductions = assessments.sheet(year, unitCode).deductions();
    Map<Long, Rectification> byEntry =
        rectifications(cycles.cycle(year)).stream()
            .collect(Collectors.toMap(r -> r.getEntry().getId(), Function.identity()));
    return deductions.stream().map(e -> new Item(e, byEntry.get(e.getId()))).toList();
  }

  @RolesAllowed(Roles.UNIT_USER)
  public Rectification save(
      int year,
      String unitCode,
      long itemId,
      String measures,
      LocalDate completedOn,
      Long version) {
    scope.requireOwnUnit(unitCode);
    UnitAssessment assessment = assessments.assessment(year, unitCode);
    CycleItem item = assessments.item(assessment, itemId);
    ItemEntry entry =
        em.createQuery(
                "select e from ItemEntry e where e.assessment = :a and e.item = :i",
                ItemEntry.class)
            .setParameter("a", assessment)
            .setParameter("i", item)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> Refusal.conflict("rectification.noDeduction", item.label()));
    Rectification rectification =
        em.createQuery("select r from Rectification r where r.entry = :e", Rectification.class)
            .setParameter("e", entry)
            .getResultStream()
            .findFirst()
            .orElse(null);
    String before = null;
    if (rectification == null) {
      rectification = new Rectification(entry);
    } else {
      if (version != null && version != rectification.getVersion()) {
        throw Refusal.conflict("rectification.stale", item.label());
      }
      before = describe(rectification);
    }
    rectification.record(measures, completedOn, caller.name(), LocalDateTime.now());
    if (rectification.getId() == null) {
      em.persist(rectification);
    }
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw Refusal.conflict("rectification.stale", item.label());
    } catch (PersistenceException e) {
      // Two first records of one item at once: the unique entry lets only one in.
      throw Refusal.conflict("rectification.stale", item.label());
    }
    audit.log(
        "RECTIFICATION_SAVED",
        "assessment:" + year + "/" + unitCode + "/item:" + item.getId(),
        unitCode,
        before,
        describe(rectification),
        null);
    return rectification;
  }

  /** Each unit's completion rate, in the order of the official list. */
  @RolesAllowed({Roles.ADMIN, Roles.APPROVER, Roles.AUDITOR})
  public List<UnitRate> progress(int year) {
    AssessmentCycle cycle = cycles.cycle(year);
    if (!cycle.hasResults()) {
      throw Refusal.conflict("results.notClosed", year);
    }
    Set<Long> completed =
        rectifications(cycle).stream()
            .filter(Rectification::isCompleted)
            .map(r -> r.getEntry().getId())
            .collect(Collectors.toSet());
    // The entries that lost points (Rectification.lostPoints), as ids by unit: a province's year
    // has a million entries, not worth loading to find the tenth that lost points.
    Map<Long, List<Long>> lost =
        em.createQuery(
                "select e.assessment.unit.id, e.id from ItemEntry e"
                    + " where e.assessment.cycle = :cycle and e.score < e.item.points",
                Object[].class)
            .setParameter("cycle", cycle)
            .getResultStream()
            .collect(
                Collectors.groupingBy(
                    row -> (Long) row[0],
                    Collectors.mapping(row -> (Long) row[1], Collectors.toList())));
    return em
        .createNamedQuery("UnitAssessment.ofCycle", UnitAssessment.class)
        .setParameter("cycle", cycle)
        .getResultList()
        .stream()
        .map(UnitAssessment::getUnit)
        .sorted(AssessedUnit.OFFICIAL_ORDER)
        .map(
            unit -> {
              List<Long> items = lost.getOrDefault(unit.getId(), List.of());
              long done = items.stream().filter(completed::contains).count();
              return new UnitRate(unit, new CompletionRate(items.size(), done));
            })
        .toList();
  }

  /** The county's rate: every unit's items together. */
  public static CompletionRate overall(List<UnitRate> units) {
    return units.stream().map(UnitRate::rate).reduce(CompletionRate.none(), CompletionRate::plus);
  }

  private List<Rectification> rectifications(AssessmentCycle cycle) {
    return em.createNamedQuery("Rectification.ofCycle", Rectification.class)
        .setParameter("cycle", cycle)
        .getResultList();
  }

  private static String describe(Rectification r) {
    return r.getMeasures() + (r.getCompletedOn() == null ? "" : " | " + r.getCompletedOn());
  }
}
