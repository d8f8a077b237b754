package cn.zwgk.assessment.service.cycle;

import cn.zwgk.assessment.domain.FreeText;
import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.cycle.CalendarDay;
import cn.zwgk.assessment.domain.cycle.WorkingCalendar;
import cn.zwgk.assessment.service.audit.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * The office's calendar of public holidays and weekend days worked in exchange, which appeal
 * windows are counted on. Everyone may read it; the administrator keeps it, saying why.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.UNIT_USER, Roles.ASSESSOR, Roles.APPROVER, Roles.AUDITOR})
public class WorkingCalendarService {

  public static final int MAX_REASON_LENGTH = 500;

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;

  public WorkingCalendar calendar() {
    return CalendarDay.calendar(days(LockModeType.NONE));
  }

  /**
   * Replaces the calendar with the days typed (see {@link WorkingCalendar#parse}); windows already
   * announced keep their last day. Nothing changes when the days are the same.
   */
  @RolesAllowed(Roles.ADMIN)
  public WorkingCalendar save(String holidays, String workdays, String reason) {
    WorkingCalendar next = WorkingCalendar.parse(holidays, workdays);
    String why = FreeText.required(reason, MAX_REASON_LENGTH, "field.reason");
    // Two saves at once: the second waits for the first and compares with what it left (on an
    // empty calendar it fails on the primary key instead).
    List<CalendarDay> stored = days(LockModeType.PESSIMISTIC_WRITE);
    WorkingCalendar before = CalendarDay.calendar(stored);
    if (before.equals(next)) {
      return before;
    }
    stored.forEach(em::remove);
    em.flush();
    for (LocalDate day : next.holidays()) {
      em.persist(new CalendarDay(day, false));
    }
    for (LocalDate day : next.workdays()) {
      em.persist(new CalendarDay(day, true));
    }
    audit.log("CALENDAR_CHANGED", "calendar", null, text(before), text(next), why);
    return next;
  }

  private List<CalendarDay> days(LockModeType lock) {
    return em.createNamedQuery("CalendarDay.all", CalendarDay.class)
        .setLockMode(lock)
        .getResultList();
  }

  private static String text(WorkingCalendar calendar) {
    return "节假日: "
        + calendar.holidaysText().replace('\n', ' ')
        + " / 调休上班: "
        + calendar.workdaysText().replace('\n', ' ');
  }
}
