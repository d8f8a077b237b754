package cn.zwgk.assessment.service.special;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.special.SpecialOccurrence;
import cn.zwgk.assessment.domain.special.ZeroOut;
import cn.zwgk.assessment.service.assessment.AssessmentService;
import cn.zwgk.assessment.service.audit.AuditTrail;
import cn.zwgk.assessment.service.cycle.CycleService;
import cn.zwgk.assessment.service.security.Caller;
import cn.zwgk.assessment.service.security.UnitScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 特别加分/减分 and 直接归零: an administrator or a unit's assessor records bonus and penalty occurrences, an
 * administrator records a zero-out with its reason; an approver who did not record it approves or
 * rejects each. Only approved ones count in the totals.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.UNIT_USER, Roles.ASSESSOR, Roles.APPROVER, Roles.AUDITOR})
public class SpecialItemService {

  @PersistenceContext private EntityManager em;
  @EJB private UnitScope scope;
  @EJB private Caller caller;
  @EJB private AuditTrail audit;
  @EJB private AssessmentService assessments;
  @EJB private CycleService cycles;

  @RolesAllowed({Roles.ADMIN, Roles.ASSESSOR})
  public SpecialOccurrence record(
      int year, String unitCode, long itemId, LocalDate occurredOn, String description) {
    if (caller.hasRole(Roles.ASSESSOR)) {
      scope.requireAssigned(unitCode);
    }
    UnitAssessment assessment = assessments.assessment(year, unitCode);
    CycleItem item = assessments.item(assessment, itemId);
    SpecialOccurrence occurrence =
        new SpecialOccurrence(
            assessment, item, occurredOn, description, caller.name(), LocalDateTime.now());
    em.persist(occurrence);
    em.flush();
    audit.log(
        "SPECIAL_RECORDED",
        "special:" + occurrence.getId(),
        unitCode,
        null,
        item.getKind()
            + " "
            + item.getPoints().toPlainString()
            + " · "
            + item.label()
            + " · "
            + occurredOn,
        occurrence.getDescription());
    return occurrence;
  }

  @RolesAllowed(Roles.APPROVER)
  public SpecialOccurrence approve(int year, String unitCode, long occurrenceId, Long version) {
    return decide(year, unitCode, occurrenceId, version, null);
  }

  @RolesAllowed(Roles.APPROVER)
  public SpecialOccurrence reject(
      int year, String unitCode, long occurrenceId, String reason, Long version) {
    return decide(year, unitCode, occurrenceId, version, reason == null ? "" : reason);
  }

  @RolesAllowed(Roles.ADMIN)
  public ZeroOut recordZeroOut(int year, String unitCode, String reason) {
    scope.requireVisible(unitCode);
    UnitAssessment assessment = assessments.assessment(year, unitCode);
    ZeroOut zeroOut = new ZeroOut(assessment, reason, caller.name(), LocalDateTime.now());
    if (zeroOuts(assessment).stream().anyMatch(z -> z.isPending() || z.isApproved())) {
      throw Refusal.conflict("zeroOut.exists", assessment.getUnit().getName());
    }
    em.persist(zeroOut);
    em.flush();
    audit.log(
        "ZERO_OUT_RECORDED",
        "zero-out:" + zeroOut.getId(),
        unitCode,
        null,
        "PENDING",
        zeroOut.getReason());
    return zeroOut;
  }

  @RolesAllowed(Roles.APPROVER)
  public ZeroOut approveZeroOut(int year, String unitCode, Long version) {
    return decideZeroOut(year, unitCode, version, null);
  }

  @RolesAllowed(Roles.APPROVER)
  public ZeroOut rejectZeroOut(int year, String unitCode, String reason, Long version) {
    return decideZeroOut(year, unitCode, version, reason == null ? "" : reason);
  }

  /** Special items and zero-outs that wait for an approver, in the cycle. */
  public long pendingCount(int year) {
    var cycle = cycles.cycle(year);
    long occurrences =
        em
            .createNamedQuery("SpecialOccurrence.ofCycle", SpecialOccurrence.class)
            .setParameter("cycle", cycle)
            .getResultList()
            .stream()
            .filter(SpecialOccurrence::isPending)
            .count();
    long zeroOuts =
        em
            .createNamedQuery("ZeroOut.ofCycle", ZeroOut.class)
            .setParameter("cycle", cycle)
            .getResultList()
            .stream()
            .filter(ZeroOut::isPending)
            .count();
    return occurrences + zeroOuts;
  }

  private SpecialOccurrence decide(
      int year, String unitCode, long occurrenceId, Long version, String rejectReason) {
    scope.requireVisible(unitCode);
    UnitAssessment assessment = assessments.assessment(year, unitCode);
    SpecialOccurrence occurrence = em.find(SpecialOccurrence.class, occurrenceId);
    if (occurrence == null || !occurrence.getAssessment().equals(assessment)) {
      throw Refusal.notFound("special.notFound", occurrenceId);
    }
    if (version != null && version != occurrence.getVersion()) {
      throw Refusal.conflict("special.stale");
    }
    if (rejectReason == null) {
      occurrence.approve(caller.name(), LocalDateTime.now());
    } else {
      occurrence.reject(caller.name(), rejectReason, LocalDateTime.now());
    }
    em.flush();
    audit.log(
        rejectReason == null ? "SPECIAL_APPROVED" : "SPECIAL_REJECTED",
        "special:" + occurrenceId,
        unitCode,
        "PENDING",
        occurrence.getDecision(),
        occurrence.getDecisionReason());
    return occurrence;
  }

  private ZeroOut decideZeroOut(int year, String unitCode, Long version, String rejectReason) {
    scope.requireVisible(unitCode);
    UnitAssessment assessment = assessments.assessment(year, unitCode);
    ZeroOut zeroOut =
        zeroOuts(assessment).stream()
            .filter(ZeroOut::isPending)
            .findFirst()
            .orElseThrow(() -> Refusal.notFound("zeroOut.notFound", unitCode));
    if (version != null && version != zeroOut.getVersion()) {
      throw Refusal.conflict("special.stale");
    }
    if (rejectReason == null) {
      zeroOut.approve(caller.name(), LocalDateTime.now());
    } else {
      zeroOut.reject(caller.name(), rejectReason, LocalDateTime.now());
    }
    em.flush();
    audit.log(
        rejectReason == null ? "ZERO_OUT_APPROVED" : "ZERO_OUT_REJECTED",
        "zero-out:" + zeroOut.getId(),
        unitCode,
        "PENDING",
        zeroOut.getDecision(),
        zeroOut.getDecisionReason());
    return zeroOut;
  }

  private List<ZeroOut> zeroOuts(UnitAssessment assessment) {
    return em.createNamedQuery("ZeroOut.ofAssessment", ZeroOut.class)
        .setParameter("assessment", assessment)
        .getResultList();
  }
}
