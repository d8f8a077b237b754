package cn.zwgk.assessment.domain.cycle;

import cn.zwgk.assessment.domain.Refusal;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The office's calendar of working days: Monday to Friday, except the public holidays (法定节假日, with
 * the weekdays taken off in exchange), plus the weekend days worked in exchange (调休上班日), as the
 * State Council's notice of each year sets them.
 */
public final class WorkingCalendar implements Serializable {

  private static final long serialVersionUID = 1L;

  /** No holidays known: weekends are the only days off. */
  public static final WorkingCalendar WEEKENDS_ONLY = new WorkingCalendar(List.of(), List.of());

  /** The most days a range may span: the longest holiday is nine days, a month is plenty. */
  public static final int MAX_RANGE_DAYS = 31;

  /** The most days either list may hold: some ten years of notices. */
  public static final int MAX_DAYS = 1000;

  private static final Pattern SEPARATORS = Pattern.compile("[\\s,，、;；]+");
  private static final Pattern RANGE = Pattern.compile("[~～至]");
  private static final Pattern SPACED_RANGE = Pattern.compile("\\s*([~～至])\\s*");

  private final NavigableSet<LocalDate> holidays;
  private final NavigableSet<LocalDate> workdays;

  private WorkingCalendar(Collection<LocalDate> holidays, Collection<LocalDate> workdays) {
    this.holidays = Collections.unmodifiableNavigableSet(new TreeSet<>(holidays));
    this.workdays = Collections.unmodifiableNavigableSet(new TreeSet<>(workdays));
  }

  /**
   * A calendar of these days off and days worked. A day worked in exchange is a Saturday or a
   * Sunday, and no day is both.
   */
  public static WorkingCalendar of(Collection<LocalDate> holidays, Collection<LocalDate> workdays) {
    if (holidays.size() > MAX_DAYS || workdays.size() > MAX_DAYS) {
      throw Refusal.badInput("calendar.tooMany", MAX_DAYS);
    }
    for (LocalDate day : workdays) {
      if (!isWeekend(day)) {
        throw Refusal.badInput("calendar.workdayNotWeekend", day.toString());
      }
      if (holidays.contains(day)) {
        throw Refusal.badInput("calendar.both", day.toString());
      }
    }
    return new WorkingCalendar(holidays, workdays);
  }

  /**
   * The calendar as the office types it: dates (2026-02-15) or ranges (2026-02-15~2026-02-23, or
   * with 至), separated by spaces, new lines, commas or 、.
   */
  public static WorkingCalendar parse(String holidays, String workdays) {
    return of(days(holidays), days(workdays));
  }

  /** Whether the office works on that day. */
  public boolean isWorkingDay(LocalDate day) {
    if (workdays.contains(day)) {
      return true;
    }
    return !isWeekend(day) && !holidays.contains(day);
  }

  public NavigableSet<LocalDate> holidays() {
    return holidays;
  }

  public NavigableSet<LocalDate> workdays() {
    return workdays;
  }

  /** The days off, consecutive days as one range, one line each: what {@link #parse} reads. */
  public String holidaysText() {
    return text(holidays);
  }

  public String workdaysText() {
    return text(workdays);
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static List<LocalDate> days(String text) {
    List<LocalDate> days = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return days;
    }
    String joined = SPACED_RANGE.matcher(text.strip()).replaceAll("$1");
    for (String token : SEPARATORS.split(joined)) {
      if (token.isEmpty()) {
        continue;
      }
      String[] ends = RANGE.split(token, -1);
      if (ends.length > 2) {
        throw Refusal.badInput("calendar.badDate", token);
      }
      LocalDate first = date(ends[0], token);
      LocalDate last = ends.length == 2 ? date(ends[1], token) : first;
      long span = ChronoUnit.DAYS.between(first, last);
      if (span < 0 || span >= MAX_RANGE_DAYS) {
        throw Refusal.badInput("calendar.badRange", token, MAX_RANGE_DAYS);
      }
      for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
        days.add(day);
      }
      if (days.size() > MAX_DAYS) {
        throw Refusal.badInput("calendar.tooMany", MAX_DAYS);
      }
    }
    return days;
  }

  private static LocalDate date(String text, String token) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw Refusal.badInput("calendar.badDate", token);
    }
  }

  private static String text(NavigableSet<LocalDate> days) {
    StringBuilder text = new StringBuilder();
    LocalDate start = null;
    LocalDate previous = null;
    for (LocalDate day : days) {
      if (previous != null && !day.equals(previous.plusDays(1))) {
        append(text, start, previous);
        start = null;
      }
      if (start == null) {
        start = day;
      }
      previous = day;
    }
    if (start != null) {
      append(text, start, previous);
    }
    return text.toString();
  }

  private static void append(StringBuilder text, LocalDate first, LocalDate last) {
    if (!text.isEmpty()) {
      text.append('\n');
    }
    text.append(first);
    if (!last.equals(first)) {
      text.append('~').append(last);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WorkingCalendar c
        && holidays.equals(c.holidays)
        && workdays.equals(c.workdays);
  }

  @Override
  public int hashCode() {
    return holidays.hashCode() * 31 + workdays.hashCode();
  }
}
