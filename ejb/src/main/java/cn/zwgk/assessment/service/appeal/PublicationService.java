package cn.zwgk.assessment.service.appeal;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.appeal.Appeal;
import cn.zwgk.assessment.domain.cycle.AppealWindow;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.service.audit.AuditTrail;
import cn.zwgk.assessment.service.cycle.CycleService;
import cn.zwgk.assessment.service.cycle.WorkingCalendarService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;

/**
 * After the close: the office publishes the results (公示), which opens the appeal window, may set
 * the window's length, and archives the year once the window is over and every appeal is settled.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class PublicationService {

  @PersistenceContext private EntityManager em;
  @EJB private CycleService cycles;
  @EJB private AuditTrail audit;
  @EJB private WorkingCalendarService calendar;

  public AssessmentCycle publish(int year, Long version) {
    AssessmentCycle cycle = cycles.cycle(year);
    checkVersion(cycle, version);
    String before = cycle.getState().name();
    cycle.publish(LocalDateTime.now(), calendar.calendar());
    audit.log(
        "CYCLE_PUBLISHED",
        target(year),
        null,
        before,
        cycle.getState(),
        "appeals until " + cycle.getAppealLastDay());
    return cycle;
  }

  /** The appeal window in working days; after publication it is counted again from then. */
  public AssessmentCycle setAppealWorkingDays(int year, Integer workingDays, Long version) {
    if (workingDays == null) {
      throw Refusal.badInput("cycle.appealDaysInvalid", AppealWindow.MAX_WORKING_DAYS);
    }
    AssessmentCycle cycle = cycles.cycle(year);
    checkVersion(cycle, version);
    String before = cycle.getAppealWorkingDays() + " / " + cycle.getAppealLastDay();
    cycle.setAppealWorkingDays(workingDays, calendar.calendar());
    audit.log(
        "APPEAL_WINDOW",
        target(year),
        null,
        before,
        cycle.getAppealWorkingDays() + " / " + cycle.getAppealLastDay(),
        null);
    return cycle;
  }

  public AssessmentCycle archive(int year, Long version) {
    AssessmentCycle cycle = cycles.cycle(year);
    checkVersion(cycle, version);
    long unsettled =
        em
            .createNamedQuery("Appeal.ofCycle", Appeal.class)
            .setParameter("cycle", cycle)
            .getResultList()
            .stream()
            .filter(a -> !a.isSettled())
            .count();
    String before = cycle.getState().name();
    cycle.archive(unsettled, LocalDateTime.now());
    audit.log("CYCLE_ARCHIVED", target(year), null, before, cycle.getState(), null);
    return cycle;
  }

  private static void checkVersion(AssessmentCycle cycle, Long version) {
    if (version != null && version != cycle.getVersion()) {
      throw Refusal.conflict("cycle.stale", cycle.getYear());
    }
  }

  private static String target(int year) {
    return "cycle:" + year;
  }
}
