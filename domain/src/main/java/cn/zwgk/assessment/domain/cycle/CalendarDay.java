package cn.zwgk.assessment.domain.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;

/**
 * A day of the office's calendar that is not what its weekday says: a public holiday off, or a
 * weekend day worked in exchange. Together they make the {@link WorkingCalendar}.
 */
@Entity
@Table(name = "calendar_day")
@NamedQuery(name = "CalendarDay.all", query = "select d from CalendarDay d order by d.day")
public class CalendarDay implements Serializable {

  @Id
  @Column(name = "on_date")
  private LocalDate day;

  /** True for a weekend day worked (调休上班), false for a day off (法定节假日). */
  @Column(nullable = false)
  private boolean working;

  protected CalendarDay() {}

  public CalendarDay(LocalDate day, boolean working) {
    this.day = day;
    this.working = working;
  }

  /** The calendar these days make. */
  public static WorkingCalendar calendar(Collection<CalendarDay> days) {
    return WorkingCalendar.of(
        days.stream().filter(d -> !d.working).map(d -> d.day).toList(),
        days.stream().filter(d -> d.working).map(d -> d.day).toList());
  }

  public LocalDate getDay() {
    return day;
  }

  public boolean isWorking() {
    return working;
  }
}
