package cn.zwgk.assessment.service.appeal;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.account.UserAccount;
import cn.zwgk.assessment.domain.appeal.Appeal;
import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.service.assessment.AssessmentService;
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
import java.time.LocalDateTime;
import java.util.List;

/**
 * Appeals (申诉): a unit's clerk files one inside the window of a published year; the office accepts
 * it (the assessment re-opens for its assessor, who re-scores it; its re-approval ranks the year
 * again) or rejects it with a reason. The unit sees its own appeals and their outcome.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.UNIT_USER, Roles.ASSESSOR, Roles.APPROVER, Roles.AUDITOR})
public class AppealService {

  @PersistenceContext private EntityManager em;
  @EJB private CycleService cycles;
  @EJB private AssessmentService assessments;
  @EJB private UnitScope scope;
  @EJB private Caller caller;
  @EJB private AuditTrail audit;

  /** The year's appeals the caller may see: a unit its own, everyone else all of them. */
  public List<Appeal> appeals(int year) {
    AssessmentCycle cycle = cycles.cycle(year);
    String ownUnit =
        caller.hasRole(Roles.UNIT_USER)
            ? caller.account().map(UserAccount::getUnit).map(u -> u.getCode()).orElse("")
            : null;
    return em
        .createNamedQuery("Appeal.ofCycle", Appeal.class)
        .setParameter("cycle", cycle)
        .getResultList()
        .stream()
        .filter(a -> ownUnit == null || a.getAssessment().getUnit().getCode().equals(ownUnit))
        .toList();
  }

  @RolesAllowed(Roles.UNIT_USER)
  public Appeal file(int year, String unitCode, String reason, String evidence) {
    scope.requireOwnUnit(unitCode);
    UnitAssessment assessment = assessments.assessment(year, unitCode);
    boolean pending =
        em
            .createNamedQuery("Appeal.ofAssessment", Appeal.class)
            .setParameter("assessment", assessment)
            .getResultList()
            .stream()
            .anyMatch(a -> !a.isSettled());
    Appeal appeal =
        Appeal.file(assessment, reason, evidence, pending, caller.name(), LocalDateTime.now());
    em.persist(appeal);
    // Two appeals filed at once for one unit: the second fails on the assessment's version.
    locked(assessment);
    audit.log("APPEAL_FILED", target(appeal), unitCode, null, appeal.getState(), reason);
    return appeal;
  }

  @RolesAllowed(Roles.ADMIN)
  public Appeal accept(int year, long appealId, String note, Long version) {
    Appeal appeal = appeal(year, appealId, version);
    String stateBefore = appeal.getAssessment().getState().name();
    appeal.accept(caller.name(), note, LocalDateTime.now());
    locked(appeal.getAssessment());
    audit.log("APPEAL_ACCEPTED", target(appeal), unit(appeal), "FILED", appeal.getState(), note);
    audit.log(
        "ASSESSMENT_REOPENED",
        "assessment:" + year + "/" + unit(appeal),
        unit(appeal),
        stateBefore,
        appeal.getAssessment().getState(),
        "appeal:" + appeal.getId());
    return appeal;
  }

  @RolesAllowed(Roles.ADMIN)
  public Appeal reject(int year, long appealId, String reason, Long version) {
    Appeal appeal = appeal(year, appealId, version);
    appeal.reject(caller.name(), reason, LocalDateTime.now());
    em.flush();
    audit.log(
        "APPEAL_REJECTED",
        target(appeal),
        unit(appeal),
        "FILED",
        appeal.getState(),
        appeal.getDecisionReason());
    return appeal;
  }

  private Appeal appeal(int year, long appealId, Long version) {
    AssessmentCycle cycle = cycles.cycle(year);
    Appeal appeal = em.find(Appeal.class, appealId);
    if (appeal == null || !appeal.getAssessment().getCycle().equals(cycle)) {
      throw Refusal.notFound("appeal.notFound", appealId);
    }
    if (version != null && version != appeal.getVersion()) {
      throw Refusal.conflict("appeal.stale", appeal.getAssessment().getUnit().getName());
    }
    return appeal;
  }

  private void locked(UnitAssessment assessment) {
    em.lock(assessment, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw Refusal.conflict("assessment.stale", assessment.getUnit().getName());
    }
  }

  private static String unit(Appeal appeal) {
    return appeal.getAssessment().getUnit().getCode();
  }

  private static String target(Appeal appeal) {
    return "appeal:" + appeal.getId();
  }
}
