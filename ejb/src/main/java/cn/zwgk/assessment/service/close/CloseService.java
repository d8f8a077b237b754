package cn.zwgk.assessment.service.close;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import cn.zwgk.assessment.domain.audit.AuditRecord;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.cycle.CycleState;
import cn.zwgk.assessment.domain.result.CloseSteps;
import cn.zwgk.assessment.domain.special.SpecialOccurrence;
import cn.zwgk.assessment.domain.special.ZeroOut;
import cn.zwgk.assessment.domain.unit.AssessedUnit;
import cn.zwgk.assessment.service.audit.AuditTrail;
import cn.zwgk.assessment.service.cycle.CycleService;
import cn.zwgk.assessment.service.security.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/**
 * The year-end close: an administrator starts the {@code close} job, which is refused while any
 * unit is not approved or anything awaits approval; the job checks the same again, freezes the
 * year, computes and ranks every unit and closes the cycle.
 */
@Stateless
@LocalBean
@Local(CloseSteps.class)
public class CloseService implements CloseSteps {

  public static final String JOB = "close";
  public static final String RANKING_JOB = "ranking";

  @PersistenceContext private EntityManager em;
  @EJB private CycleService cycles;
  @EJB private AuditTrail audit;
  @EJB private Caller caller;

  /** What stands in the way of closing the year, one line each; empty when it may close. */
  @RolesAllowed(Roles.ADMIN)
  public List<Refusal.Detail> missing(int year) {
    return missingIn(cycles.cycle(year));
  }

  /** Starts the close job; refused (409) with the list of what is missing. */
  @RolesAllowed(Roles.ADMIN)
  public long start(int year) {
    AssessmentCycle cycle = cycles.cycle(year);
    cycle.requireState(CycleState.OPEN);
    List<Refusal.Detail> missing = missingIn(cycle);
    if (!missing.isEmpty()) {
      throw Refusal.conflict("close.incomplete", missing.size()).withDetails(missing);
    }
    Properties parameters = new Properties();
    parameters.setProperty("year", String.valueOf(year));
    parameters.setProperty("actor", caller.name());
    long executionId = BatchRuntime.getJobOperator().start(JOB, parameters);
    audit.log("CLOSE_STARTED", "cycle:" + year, null, null, "job:" + executionId, null);
    return executionId;
  }

  @Override
  @PermitAll
  public List<Refusal.Detail> checkAndFreeze(int year, String actor) {
    AssessmentCycle cycle = cycles.cycle(year);
    if (cycle.getState() == CycleState.CLOSING) {
      return List.of();
    }
    List<Refusal.Detail> missing = missingIn(cycle);
    if (!missing.isEmpty()) {
      return missing;
    }
    cycle.startClosing();
    int frozen =
        em.createNamedQuery("UnitAssessment.makeFinal")
            .setParameter("cycle", cycle)
            .executeUpdate();
    if (frozen != assessmentCount(cycle)) {
      // Something moved between the check and the freeze: roll back and let the job fail.
      throw new IllegalStateException(
          "the close of "
              + year
              + " froze "
              + frozen
              + " assessments of "
              + assessmentCount(cycle));
    }
    audit.record(
        new AuditRecord(
            actor,
            "CYCLE_FROZEN",
            "cycle:" + year,
            null,
            "OPEN",
            cycle.getState().name(),
            "year-end close"));
    return List.of();
  }

  @Override
  @PermitAll
  public void finish(int year, String actor) {
    AssessmentCycle cycle = cycles.cycle(year);
    String before = cycle.getState().name();
    cycle.finishClosing(LocalDateTime.now());
    audit.record(
        new AuditRecord(
            actor,
            "CYCLE_CLOSED",
            "cycle:" + year,
            null,
            before,
            cycle.getState().name(),
            "year-end close"));
  }

  private List<Refusal.Detail> missingIn(AssessmentCycle cycle) {
    List<Refusal.Detail> missing = new ArrayList<>();
    em
        .createNamedQuery("UnitAssessment.notApprovedOfCycle", UnitAssessment.class)
        .setParameter("cycle", cycle)
        .getResultList()
        .stream()
        .sorted(Comparator.comparing(UnitAssessment::getUnit, AssessedUnit.OFFICIAL_ORDER))
        .forEach(
            a ->
                missing.add(
                    Refusal.Detail.of(
                        "close.notApproved",
                        a.getUnit().getName(),
                        "state." + a.getState().name())));
    em.createNamedQuery("SpecialOccurrence.pendingOfCycle", SpecialOccurrence.class)
        .setParameter("cycle", cycle)
        .getResultList()
        .forEach(
            o ->
                missing.add(
                    Refusal.Detail.of(
                        "close.specialPending",
                        o.getAssessment().getUnit().getName(),
                        o.getItem().label())));
    em.createNamedQuery("ZeroOut.pendingOfCycle", ZeroOut.class)
        .setParameter("cycle", cycle)
        .getResultList()
        .forEach(
            z ->
                missing.add(
                    Refusal.Detail.of(
                        "close.zeroOutPending", z.getAssessment().getUnit().getName())));
    return missing;
  }

  private long assessmentCount(AssessmentCycle cycle) {
    return em.createQuery(
            "select count(a) from UnitAssessment a where a.cycle = :cycle", Long.class)
        .setParameter("cycle", cycle)
        .getSingleResult();
  }
}
