package cn.zwgk.assessment.domain.cycle;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The appeal window of a publication (公示期): a number of working days after the day of publication,
 * weekends skipped. Public holidays are not known to the application: an office that publishes
 * before one gives the window more days.
 */
public final class AppealWindow {

  public static final int DEFAULT_WORKING_DAYS = 5;
  public static final int MAX_WORKING_DAYS = 30;

  private AppealWindow() {}

  /**
   * The last day on which an appeal may be filed: the {@code workingDays}-th working day after the
   * day of publication; null for a window of no days (no appeals).
   */
  public static LocalDate lastDay(LocalDate publishedOn, int workingDays) {
    if (workingDays == 0) {
      return null;
    }
    LocalDate day = publishedOn;
    int counted = 0;
    while (counted < workingDays) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** Whether an appeal may be filed on {@code today}, the window ending on {@code lastDay}. */
  public static boolean isOpen(LocalDate lastDay, LocalDate today) {
    return lastDay != null && !today.isAfter(lastDay);
  }

  public static boolean isValidLength(int workingDays) {
    return workingDays >= 0 && workingDays <= MAX_WORKING_DAYS;
  }

  private static boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }
}
