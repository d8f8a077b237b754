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
    assertThat(AppealWindow.lastDay(published, days)).isEqualTo(lastDay);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-12-07", "2026-12-12", "2026-12-13"})
  void aWindowOfNoDaysHasNoLastDay(LocalDate published) {
    assertThat(AppealWindow.lastDay(published, 0)).isNull();
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
      LocalDate last = AppealWindow.lastDay(day, days);
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
}
