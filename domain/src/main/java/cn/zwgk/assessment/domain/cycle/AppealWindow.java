package cn.zwgk.assessment.domain.cycle;

import java.time.LocalDate;

/**
 * The appeal window of a publication (公示期): a number of working days after the day of publication,
 * counted on the office's {@link WorkingCalendar} (weekends and public holidays skipped, weekend
 * days worked in exchange counted).
 */
public final class AppealWindow {

  public static final int DEFAULT_WORKING_DAYS = 5;
  public static final int MAX_WORKING_DAYS = 30;

  private AppealWindow() {}

  /**
   * The last day on which an appeal may be filed: the {@code workingDays}-th working day after the
   * day of publication; null for a window of no days (no appeals).
   */
  public static LocalDate lastDay(
      LocalDate publishedOn, int workingDays, WorkingCalendar calendar) {
    if (workingDays == 0) {
      return null;
    }
    LocalDate day = publishedOn;
    int counted = 0;
    while (counted < workingDays) {
      day = day.plusDays(1);
      if (calendar.isWorkingDay(day)) {
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
}
