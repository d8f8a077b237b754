package cn.zwgk.assessment.web.api;

import cn.zwgk.assessment.domain.cycle.WorkingCalendar;
import cn.zwgk.assessment.service.cycle.WorkingCalendarService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/calendar}: the office's public holidays (法定节假日) and weekend days worked in exchange
 * (调休上班日) that appeal windows are counted on; the administrator replaces them, saying why.
 */
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

  /** Dates and ranges as the office types them, e.g. "2026-02-15~2026-02-23 2026-04-06". */
  public record CalendarBody(String holidays, String workdays, String reason) {}

  public record CalendarJson(List<LocalDate> holidays, List<LocalDate> workdays) {}

  @EJB private WorkingCalendarService calendar;

  @GET
  public CalendarJson get() {
    return json(calendar.calendar());
  }

  @PUT
  public CalendarJson put(String body) {
    CalendarBody request = JsonBodies.read(body, CalendarBody.class);
    return json(calendar.save(request.holidays(), request.workdays(), request.reason()));
  }

  private static CalendarJson json(WorkingCalendar c) {
    return new CalendarJson(List.copyOf(c.holidays()), List.copyOf(c.workdays()));
  }
}
