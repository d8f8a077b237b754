package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.cycle.WorkingCalendar;
import cn.zwgk.assessment.service.cycle.WorkingCalendarService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * 节假日安排 on the years page: the administrator types each year's public holidays and weekend days
 * worked from the State Council's notice; appeal windows are counted on them.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private WorkingCalendarService calendarService;

  private String holidays;
  private String workdays;
  private String reason;

  @PostConstruct
  void load() {
    try {
      show(calendarService.calendar());
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
  }

  public void save() {
    try {
      show(calendarService.save(holidays, workdays, reason));
      reason = null;
      Pages.info("calendar.saved");
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
  }

  private void show(WorkingCalendar calendar) {
    holidays = calendar.holidaysText();
    workdays = calendar.workdaysText();
  }

  public String getHolidays() {
    return holidays;
  }

  public void setHolidays(String holidays) {
    this.holidays = holidays;
  }

  public String getWorkdays() {
    return workdays;
  }

  public void setWorkdays(String workdays) {
    this.workdays = workdays;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
