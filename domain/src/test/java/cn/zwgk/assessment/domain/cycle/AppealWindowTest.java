package cn.zwgk.assessment.domain.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AppealWindowTest {

  @ParameterizedTest(name = "published {0}, {1} working days: last day {2}")
  @CsvSource({
    // Monday: Tuesday to the next Monday
    "2026-12-07, 5, 2026-12-14",
    // Wednesday: the weekend is skipped
    "2026-12-09, 5, 2026-12-16",
    // Friday: Monday to Friday of the next week
    "2026-12-11, 5, 2026-12-18",
    // Saturday and Sunday count from Monday
    "2026-12-12, 5, 2026-12-18",
    "2026-12-13, 5, 2026-12-18",
    "2026-12-11, 1, 2026-12-14",
    "2026-12-07, 1, 2026-12-08",
    "2026-12-07, 10, 2026-12-21",
    // across a year's end
    "2026-12-30, 3, 2027-01-04",
    // across February of a leap year
    "2028-02-25, 3, 2028-03-01"
  })
  void theLastDaySkipsWeekends(LocalDate published, int days, LocalDate lastDay) {
    assertThat(AppealWindow.lastDay(published, days, WorkingCalendar.WEEKENDS_ONLY))
        .isEqualTo(lastDay);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-12-07", "2026-12-12", "2026-12-13"})
  void aWindowOfNoDaysHasNoLastDay(LocalDate published) {
    assertThat(AppealWindow.lastDay(published, 0, WorkingCalendar.WEEKENDS_ONLY)).isNull();
    assertThat(AppealWindow.isOpen(null, published)).isFalse();
  }

  @ParameterizedTest(name = "on {0}: {1}")
  @CsvSource({
    "2026-12-07, true",
    "2026-12-13, true",
    "2026-12-14, true",
    "2026-12-15, false",
    "2027-01-01, false"
  })
  void isOpenUntilTheEndOfTheLastDay(LocalDate today, boolean open) {
    assertThat(AppealWindow.isOpen(LocalDate.of(2026, 12, 14), today)).isEqualTo(open);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 5, 15, 30})
  void lengthsFromNoneToAMonthOfWorkingDaysAreValid(int days) {
    assertThat(AppealWindow.isValidLength(days)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, -5, 31, 365, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void otherLengthsAreNot(int days) {
    assertThat(AppealWindow.isValidLength(days)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30})
  void theLastDayIsAWorkingDay(int days) {
    for (LocalDate day = LocalDate.of(2026, 12, 1);
        day.isBefore(LocalDate.of(2026, 12, 15));
        day = day.plusDays(1)) {
      LocalDate last = AppealWindow.lastDay(day, days, WorkingCalendar.WEEKENDS_ONLY);
      assertThat(last.getDayOfWeek().getValue()).as("%s + %d", day, days).isLessThanOrEqualTo(5);
      assertThat(last).isAfter(day);
      long weekdays =
          day.plusDays(1)
              .datesUntil(last.plusDays(1))
              .filter(d -> d.getDayOfWeek().getValue() <= 5)
              .count();
      assertThat(weekdays).isEqualTo(days);
    }
  }

  @ParameterizedTest(name = "published {0}, {1} working days: last day {2}")
  @CsvSource({
    // 2026 Spring Festival: 15 to 23 February off, Saturdays 14 and 28 February worked
    "2026-02-12, 5, 2026-02-26",
    "2026-02-13, 5, 2026-02-27",
    "2026-02-13, 1, 2026-02-14",
    "2026-02-16, 1, 2026-02-24",
    "2026-02-23, 5, 2026-02-28",
    "2026-02-10, 10, 2026-03-02",
    // 2025 Spring Festival: 28 January to 4 February off, Sunday 26 January and Saturday 8
    // February worked
    "2025-01-24, 5, 2025-02-07",
    "2025-01-24, 2, 2025-01-27",
    "2025-02-05, 3, 2025-02-08",
    // 2025 National Day and Mid-Autumn: 1 to 8 October off, Sunday 28 September and Saturday 11
    // October worked
    "2025-09-26, 5, 2025-10-10",
    "2025-09-30, 3, 2025-10-11",
    "2025-10-03, 1, 2025-10-09",
    // 2026 Mid-Autumn (25 to 27 September) and National Day (1 to 7 October), Sunday 20
    // September and Saturday 10 October worked
    "2026-09-18, 5, 2026-09-24",
    "2026-09-24, 1, 2026-09-28",
    "2026-09-28, 5, 2026-10-10",
    "2026-09-30, 4, 2026-10-12",
    // Labour Day: 2025 with Sunday 27 April worked, 2026 with Saturday 9 May worked
    "2025-04-25, 5, 2025-05-06",
    "2026-04-30, 5, 2026-05-11",
    // Dragon Boat 2025 (31 May to 2 June) and Qingming 2026 (4 to 6 April)
    "2025-05-30, 1, 2025-06-03",
    "2026-04-03, 2, 2026-04-08",
    // across a year's end: 2026's New Year off to the 3rd, Sunday 4 January worked
    "2025-12-30, 3, 2026-01-05",
    "2025-12-31, 1, 2026-01-04",
    "2024-12-31, 1, 2025-01-02",
    // a year the office has no notice for yet: weekends only
    "2026-12-30, 3, 2027-01-04",
    "2027-03-01, 5, 2027-03-08"
  })
  void theLastDayFollowsTheOfficialCalendar(LocalDate published, int days, LocalDate lastDay) {
    assertThat(AppealWindow.lastDay(published, days, OfficialCalendars.CALENDAR))
        .isEqualTo(lastDay);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5, 10, 20, 30})
  void theLastDayIsAWorkingDayOfTheCalendarAndEveryDayBetweenCounts(int days) {
    WorkingCalendar calendar = OfficialCalendars.CALENDAR;
    for (LocalDate day = LocalDate.of(2025, 1, 1);
        day.isBefore(LocalDate.of(2027, 1, 1));
        day = day.plusDays(1)) {
      LocalDate last = AppealWindow.lastDay(day, days, calendar);
      assertThat(calendar.isWorkingDay(last)).as("%s + %d", day, days).isTrue();
      assertThat(day.plusDays(1).datesUntil(last.plusDays(1)).filter(calendar::isWorkingDay))
          .as("%s + %d", day, days)
          .hasSize(days);
    }
  }
}
