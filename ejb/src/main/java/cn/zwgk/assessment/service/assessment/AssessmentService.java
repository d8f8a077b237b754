package cn.zwgk.assessment.service.assessment;

import cn.zwgk.assessment.domain.DatabaseOutage;
import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.account.UserAccount;
import cn.zwgk.assessment.domain.assessment.ItemEntry;
import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.cycle.CycleState;
import cn.zwgk.assessment.domain.evidence.Evidence;
import cn.zwgk.assessment.domain.scoring.Totals;
import cn.zwgk.assessment.domain.scoring.TotalsCalculator;
import cn.zwgk.assessment.domain.special.SpecialOccurrence;
import cn.zwgk.assessment.domain.special.ZeroOut;
import cn.zwgk.assessment.domain.unit.AssessedUnit;
import cn.zwgk.assessment.service.appeal.AppealReRanking;
import cn.zwgk.assessment.service.appeal.AppealReRanking.ReApproval;
import cn.zwgk.assessment.service.audit.AuditTrail;
import cn.zwgk.assessment.service.cycle.CycleService;
import cn.zwgk.assessment.service.security.Caller;
import cn.zwgk.assessment.service.security.UnitScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The year's work on a unit's assessment: the unit self-assesses and submits; its assessor scores,
 * returns it or marks it scored; an approver approves or rejects. Every method checks the caller's
 * scope first, then the input, then the version and the state, and records what it changed in the
 * audit trail.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.UNIT_USER, Roles.ASSESSOR, Roles.APPROVER, Roles.AUDITOR})
public class AssessmentService {

  @PersistenceContext private EntityManager em;
  @EJB private UnitScope scope;
  @EJB private Caller caller;
  @EJB private AuditTrail audit;
  @EJB private CycleService cycles;
  @EJB private AppealReRanking reRanking;

  /** The assessments of a cycle that the caller may see, in the order of the official list. */
  public List<AssessmentSummary> visible(int year) {
    AssessmentCycle cycle = cycles.cycle(year);
    List<UnitAssessment> ofCycle =
        em.createNamedQuery("UnitAssessment.ofCycle", UnitAssessment.class)
            .setParameter("cycle", cycle)
            .getResultList();
    List<UnitAssessment> assessments =
        ofCycle.stream()
            .filter(this::isVisible)
            .sorted(Comparator.comparing(UnitAssessment::getUnit, AssessedUnit.OFFICIAL_ORDER))
            .toList();
    Map<Long, EntryTally> entries =
        entryTallies(cycle, assessments, assessments.size() < ofCycle.size());
    Map<Long, List<SpecialOccurrence>> specials =
        em
            .createNamedQuery("SpecialOccurrence.ofCycle", SpecialOccurrence.class)
            .setParameter("cycle", cycle)
            .getResultList()
            .stream()
            .collect(Collectors.groupingBy(o -> o.getAssessment().getId()));
    Map<Long, List<ZeroOut>> zeroOuts =
        em
            .createNamedQuery("ZeroOut.ofCycle", ZeroOut.class)
            .setParameter("cycle", cycle)
            .getResultList()
            .stream()
            .collect(Collectors.groupingBy(z -> z.getAssessment().getId()));
    Map<String, Long> baseItems =
        em
            .createNamedQuery("CycleItem.ofCycle", CycleItem.class)
            .setParameter("cycle", cycle)
            .getResultList()
            .stream()
            .filter(CycleItem::isScored)
            .collect(
                Collectors.groupingBy(
                    i -> i.getTemplate().getUnitGroup().name(), Collectors.counting()));
    boolean scoresVisible = !caller.hasRole(Roles.UNIT_USER) || isPublished(cycle);
    return assessments.stream()
        .map(
            a -> {
              EntryTally own = entries.getOrDefault(a.getId(), EntryTally.NONE);
              List<SpecialOccurrence> occurrences = specials.getOrDefault(a.getId(), List.of());
              return new AssessmentSummary(
                  a,
                  baseItems.getOrDefault(a.getUnit().getUnitGroup().name(), 0L),
                  own.selfScored(),
                  own.scored(),
                  occurrences.stream().filter(SpecialOccurrence::isPending).count()
                      + zeroOuts.getOrDefault(a.getId(), List.of()).stream()
                          .filter(ZeroOut::isPending)
                          .count(),
                  totals(
                      cycle,
                      own.scoreSum() == null ? List.of() : List.of(own.scoreSum()),
                      occurrences,
                      zeroOuts.getOrDefault(a.getId(), List.of())),
                  scoresVisible);
            })
        .toList();
  }

  /** What a summary needs of an assessment's entries: how many are filled in, and their sum. */
  private record EntryTally(long selfScored, long scored, BigDecimal scoreSum) {
    static final EntryTally NONE = new EntryTally(0, 0, null);
  }

  /**
   * The entries of the given assessments counted and summed by the database (a province's year has
   * a million entries: not worth loading to count them); only theirs where they are {@code some} of
   * the year's, as the caller sees part of it.
   */
  private Map<Long, EntryTally> entryTallies(
      AssessmentCycle cycle, List<UnitAssessment> assessments, boolean some) {
    if (assessments.isEmpty()) {
      return Map.of();
    }
    TypedQuery<Object[]> query =
        em.createQuery(
                "select e.assessment.id, count(e.selfScore), count(e.score), sum(e.score)"
                    + " from ItemEntry e where e.assessment.cycle = :cycle"
                    + (some ? " and e.assessment.id in :ids" : "")
                    + " group by e.assessment.id",
                Object[].class)
            .setParameter("cycle", cycle);
    if (some) {
      query.setParameter("ids", assessments.stream().map(UnitAssessment::getId).toList());
    }
    return query
        .getResultStream()
        .collect(
            Collectors.toMap(
                row -> (Long) row[0],
                row ->
                    new EntryTally(
                        ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue(),
                        (BigDecimal) row[3])));
  }

  /** One unit's assessment with everything on it, for whoever may see the unit. */
  public AssessmentSheet sheet(int year, String unitCode) {
    scope.requireVisible(unitCode);
    UnitAssessment assessment = assessment(year, unitCode);
    if (caller.hasRole(Roles.UNIT_USER) && assessment.getCycle().getState() == CycleState.DRAFT) {
      // A draft's points may still change: units see their year once it is open.
      assessment.getCycle().requireState(CycleState.OPEN);
    }
    return sheetOf(assessment);
  }

  @RolesAllowed(Roles.UNIT_USER)
  public AssessmentSheet saveSelf(
      int year, String unitCode, long itemId, BigDecimal score, String remark, Long version) {
    scope.requireOwnUnit(unitCode);
    UnitAssessment assessment = assessment(year, unitCode);
    CycleItem item = item(assessment, itemId);
    assessment.checkVersion(version);
    ItemEntry entry = entry(assessment, item);
    String before = describe(entry.getSelfScore(), entry.getRemark());
    entry.setSelf(score, remark);
    AssessmentSheet sheet = written(assessment);
    audit.log(
        "SELF_SCORE",
        itemTarget(assessment, item),
        unitCode,
        before,
        describe(entry.getSelfScore(), entry.getRemark()),
        null);
    return sheet;
  }

  @RolesAllowed(Roles.UNIT_USER)
  public AssessmentSheet submit(int year, String unitCode, Long version) {
    scope.requireOwnUnit(unitCode);
    UnitAssessment assessment = assessment(year, unitCode);
    assessment.checkVersion(version);
    AssessmentSheet sheet = sheetOf(assessment);
    String before = assessment.getState().name();
    assessment.submit(sheet.baseItemCount() - sheet.selfScoredCount(), LocalDateTime.now());
    AssessmentSheet submitted = written(assessment);
    logState(assessment, before, "ASSESSMENT_SUBMITTED", null);
    return submitted;
  }

  @RolesAllowed(Roles.ASSESSOR)
  public AssessmentSheet saveScore(
      int year, String unitCode, long itemId, BigDecimal score, String reason, Long version) {
    scope.requireAssigned(unitCode);
    UnitAssessment assessment = assessment(year, unitCode);
    CycleItem item = item(assessment, itemId);
    assessment.checkVersion(version);
    ItemEntry entry = entry(assessment, item);
    String before = describe(entry.getScore(), entry.getReason());
    entry.setScore(score, reason, caller.name());
    AssessmentSheet sheet = written(assessment);
    audit.log(
        "SCORE",
        itemTarget(assessment, item),
        unitCode,
        before,
        describe(entry.getScore(), entry.getReason()),
        null);
    return sheet;
  }

  @RolesAllowed(Roles.ASSESSOR)
  public AssessmentSheet returnToUnit(int year, String unitCode, String comment, Long version) {
    scope.requireAssigned(unitCode);
    UnitAssessment assessment = assessment(year, unitCode);
    assessment.checkVersion(version);
    String before = assessment.getState().name();
    assessment.returnToUnit(comment);
    AssessmentSheet sheet = written(assessment);
    logState(assessment, before, "ASSESSMENT_RETURNED", assessment.getReturnComment());
    return sheet;
  }

  @RolesAllowed(Roles.ASSESSOR)
  public AssessmentSheet markScored(int year, String unitCode, Long version) {
    scope.requireAssigned(unitCode);
    UnitAssessment assessment = assessment(year, unitCode);
    assessment.checkVersion(version);
    AssessmentSheet sheet = sheetOf(assessment);
    String before = assessment.getState().name();
    assessment.markScored(
        sheet.baseItemCount() - sheet.scoredCount(), caller.name(), LocalDateTime.now());
    AssessmentSheet scored = written(assessment);
    logState(assessment, before, "ASSESSMENT_SCORED", null);
    return scored;
  }

  @RolesAllowed(Roles.APPROVER)
  public AssessmentSheet approve(int year, String unitCode, Long version) {
    scope.requireVisible(unitCode);
    UnitAssessment assessment = assessment(year, unitCode);
    assessment.checkVersion(version);
    String before = assessment.getState().name();
    assessment.approve(caller.name(), scorers(assessment), LocalDateTime.now());
    String approved = assessment.getState().name();
    ReApproval reApproval =
        assessment.isReopenedByAppeal()
            ? reRanking.reApprove(assessment, sheetOf(assessment).totals())
            : null;
    AssessmentSheet sheet = written(assessment);
    logState(assessment, before, approved, "ASSESSMENT_APPROVED", null);
    if (reApproval != null) {
      reRanking.record(reApproval);
    }
    return sheet;
  }

  @RolesAllowed(Roles.APPROVER)
  public AssessmentSheet reject(int year, String unitCode, String reason, Long version) {
    scope.requireVisible(unitCode);
    UnitAssessment assessment = assessment(year, unitCode);
    assessment.checkVersion(version);
    String before = assessment.getState().name();
    assessment.reject(caller.name(), scorers(assessment), reason);
    AssessmentSheet sheet = written(assessment);
    logState(assessment, before, "ASSESSMENT_REJECTED", assessment.getRejectReason());
    return sheet;
  }

  /** The assessment of a unit in a cycle: 404 for an unknown cycle or unit. */
  public UnitAssessment assessment(int year, String unitCode) {
    cycles.cycle(year);
    return em.createNamedQuery("UnitAssessment.one", UnitAssessment.class)
        .setParameter("year", year)
        .setParameter("unit", unitCode)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> Refusal.notFound("unit.notFound", unitCode));
  }

  /** An item of the unit's table in that cycle: 404 for any other id. */
  public CycleItem item(UnitAssessment assessment, long itemId) {
    CycleItem item = em.find(CycleItem.class, itemId);
    if (item == null
        || !item.getTemplate().getCycle().equals(assessment.getCycle())
        || item.getTemplate().getUnitGroup() != assessment.getUnit().getUnitGroup()) {
      throw Refusal.notFound("item.notFound", itemId);
    }
    return item;
  }

  /**
   * Writes a change before its audit event: moves the assessment's version on, so that a concurrent
   * write made on the same version fails, and turns a lost race into a clear 409 (a database out of
   * reach into a 503). The caller appends the event after it, as every service does (rows first,
   * then the audit chain's head): every write in the system appends to that one head and holds it
   * until its commit, so it is taken last — not through this flush, the version check and the
   * sheet's re-read, and not at all by a write about to lose its race.
   */
  public AssessmentSheet written(UnitAssessment assessment) {
    em.lock(assessment, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw Refusal.conflict("assessment.stale", assessment.getUnit().getName());
    } catch (PersistenceException e) {
      if (DatabaseOutage.causedBy(e)) {
        throw DatabaseOutage.refusal();
      }
      throw Refusal.conflict("assessment.concurrent", assessment.getUnit().getName());
    }
    return sheetOf(assessment);
  }

  /** The sheet of an assessment already looked up (and its scope checked) by the caller. */
  public AssessmentSheet sheetOf(UnitAssessment assessment) {
    List<CycleItem> items =
        cycles.items(assessment.getCycle().getYear(), assessment.getUnit().getUnitGroup());
    List<ItemEntry> entries =
        em.createNamedQuery("ItemEntry.ofAssessment", ItemEntry.class)
            .setParameter("assessment", assessment)
            .getResultList();
    List<SpecialOccurrence> occurrences =
        em.createNamedQuery("SpecialOccurrence.ofAssessment", SpecialOccurrence.class)
            .setParameter("assessment", assessment)
            .getResultList();
    List<ZeroOut> zeroOuts =
        em.createNamedQuery("ZeroOut.ofAssessment", ZeroOut.class)
            .setParameter("assessment", assessment)
            .getResultList();
    List<Evidence> evidence =
        em.createNamedQuery("Evidence.ofAssessment", Evidence.class)
            .setParameter("assessment", assessment)
            .getResultList();
    return new AssessmentSheet(
        assessment,
        items,
        entries.stream().collect(Collectors.toMap(e -> e.getItem().getId(), Function.identity())),
        evidence,
        occurrences,
        zeroOuts,
        totals(
            assessment.getCycle(),
            entries.stream().map(ItemEntry::getScore).toList(),
            occurrences,
            zeroOuts),
        !caller.hasRole(Roles.UNIT_USER) || isPublished(assessment.getCycle()));
  }

  /** Units see scores and totals once the results are published (公示) and after. */
  public static boolean isPublished(AssessmentCycle cycle) {
    return cycle.getState() == CycleState.PUBLISHED || cycle.getState() == CycleState.ARCHIVED;
  }

  private static Totals totals(
      AssessmentCycle cycle,
      List<BigDecimal> baseScores,
      List<SpecialOccurrence> occurrences,
      List<ZeroOut> zeroOuts) {
    return TotalsCalculator.compute(
        baseScores,
        occurrences.stream()
            .filter(SpecialOccurrence::isApproved)
            .map(SpecialOccurrence::asOccurrence)
            .toList(),
        zeroOuts.stream().anyMatch(ZeroOut::isApproved),
        cycle.getRules());
  }

  private boolean isVisible(UnitAssessment assessment) {
    if (caller.hasRole(Roles.UNIT_USER)) {
      return caller
          .account()
          .map(UserAccount::getUnit)
          .map(u -> u.getCode().equals(assessment.getUnit().getCode()))
          .orElse(false);
    }
    if (caller.hasRole(Roles.ASSESSOR)) {
      return scope.isAssigned(caller.name(), assessment.getUnit().getCode());
    }
    return true;
  }

  private ItemEntry entry(UnitAssessment assessment, CycleItem item) {
    return em.createQuery(
            "select e from ItemEntry e where e.assessment = :a and e.item = :i", ItemEntry.class)
        .setParameter("a", assessment)
        .setParameter("i", item)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              ItemEntry created = new ItemEntry(assessment, item);
              em.persist(created);
              return created;
            });
  }

  /** Everyone who scored an item of it or marked it scored: none of them may approve it. */
  private Set<String> scorers(UnitAssessment assessment) {
    Set<String> scorers = new HashSet<>();
    em
        .createNamedQuery("ItemEntry.ofAssessment", ItemEntry.class)
        .setParameter("assessment", assessment)
        .getResultList()
        .stream()
        .map(ItemEntry::getScoredBy)
        .filter(Objects::nonNull)
        .forEach(scorers::add);
    if (assessment.getScoredBy() != null) {
      scorers.add(assessment.getScoredBy());
    }
    return scorers;
  }

  private void logState(UnitAssessment assessment, String before, String action, String reason) {
    logState(assessment, before, assessment.getState().name(), action, reason);
  }

  private void logState(
      UnitAssessment assessment, String before, String after, String action, String reason) {
    audit.log(
        action,
        "assessment:" + assessment.getCycle().getYear() + "/" + assessment.getUnit().getCode(),
        assessment.getUnit().getCode(),
        before,
        after,
        reason);
  }

  private static String itemTarget(UnitAssessment assessment, CycleItem item) {
    return "assessment:"
        + assessment.getCycle().getYear()
        + "/"
        + assessment.getUnit().getCode()
        + "/item:"
        + item.getId();
  }

  private static String describe(BigDecimal score, String text) {
    if (score == null && text == null) {
      return null;
    }
    return (score == null ? "-" : score.toPlainString()) + (text == null ? "" : " | " + text);
  }
}
