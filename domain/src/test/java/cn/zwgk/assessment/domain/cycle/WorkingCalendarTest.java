package cn.zwgk.assessment.domain.cycle;

import static cn.zwgk.assessment.domain.RefusalAssert.assertBadInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingCalendarTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    // plain weekdays and weekends
    "2026-03-02, true",
    "2026-03-07, false",
    "2026-03-08, false",
    // holidays on weekdays, and on weekend days inside a holiday
    "2026-02-16, false",
    "2026-02-21, false",
    "2025-10-08, false",
    "2025-01-01, false",
    // weekend days worked in exchange
    "2026-02-14, true",
    "2026-02-28, true",
    "2025-01-26, true",
    "2025-10-11, true",
    "2026-01-04, true",
    // the weekend after a worked Saturday is still off
    "2026-03-01, false",
    // a year with no notice
    "2027-10-01, true"
  })
  void theOfficialCalendarSaysWhichDaysAreWorked(LocalDate day, boolean working) {
    assertThat(OfficialCalendars.CALENDAR.isWorkingDay(day)).isEqualTo(working);
  }

  @Test
  void theNoticesCountTheirDays() {
    assertThat(OfficialCalendars.CALENDAR.holidays()).hasSize(61);
    assertThat(OfficialCalendars.CALENDAR.workdays()).hasSize(11);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-02-15~2026-02-17",
        "2026-02-15 至 2026-02-17",
        "2026-02-15至2026-02-17",
        "2026-02-15～2026-02-17",
        "2026-02-15, 2026-02-16, 2026-02-17",
        "2026-02-15，2026-02-16、2026-02-17",
        "2026-02-17;2026-02-15；2026-02-16",
        "\\n  2026-02-15\\n2026-02-16\\t2026-02-17\\n",
        "2026-02-15~2026-02-16 2026-02-16~2026-02-17"
      })
  void datesAndRangesAreReadInTheWaysTheOfficeWritesThem(String text) {
    WorkingCalendar calendar =
        WorkingCalendar.parse(text.replace("\\n", "\n").replace("\\t", "\t"), "");

    assertThat(calendar.holidays())
        .containsExactly(
            LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17));
    assertThat(calendar.workdays()).isEmpty();
  }

  @Test
  void rangesWithSpacesAroundTheirMarkAreOneRange() {
    assertThat(WorkingCalendar.parse("2026-10-01 ~ 2026-10-03", null).holidays()).hasSize(3);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\n\n", "，"})
  void nothingTypedIsWeekendsOnly(String text) {
    assertThat(WorkingCalendar.parse(text, text)).isEqualTo(WorkingCalendar.WEEKENDS_ONLY);
  }

  @Test
  void theTextCollapsesConsecutiveDaysAndReadsBackTheSame() {
    WorkingCalendar calendar = OfficialCalendars.CALENDAR;

    assertThat(calendar.holidaysText().lines())
        .startsWith("2025-01-01", "2025-01-28~2025-02-04")
        .hasSize(13);
    assertThat(calendar.workdaysText().lines()).hasSize(11).first().isEqualTo("2025-01-26");
    assertThat(WorkingCalendar.parse(calendar.holidaysText(), calendar.workdaysText()))
        .isEqualTo(calendar);
    assertThat(WorkingCalendar.WEEKENDS_ONLY.holidaysText()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-02-30",
        "2026-13-01",
        "2026-2-15",
        "26-02-15",
        "明天",
        "2026/02/15",
        "2026-02-15~",
        "~2026-02-15",
        "2026-02-15~2026-02-16~2026-02-17",
        "2026-02-15 2026-02-3x"
      })
  void whatIsNotADateIsRefused(String text) {
    assertBadInput(() -> WorkingCalendar.parse(text, ""), "calendar.badDate");
    assertBadInput(() -> WorkingCalendar.parse("", text), "calendar.badDate");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2026-02-23~2026-02-15", "2026-01-01~2026-02-01", "2026-01-01~2027-01-01"})
  void aRangeBackwardsOrLongerThanAMonthIsRefused(String text) {
    assertBadInput(() -> WorkingCalendar.parse(text, ""), "calendar.badRange");
  }

  @Test
  void aRangeOfAMonthIsTheLongest() {
    assertThat(WorkingCalendar.parse("2026-01-01~2026-01-31", "").holidays()).hasSize(31);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-16", "2026-02-13", "2026-03-02"})
  void aDayWorkedInExchangeIsAWeekendDay(String weekday) {
    assertBadInput(() -> WorkingCalendar.parse("", weekday), "calendar.workdayNotWeekend");
  }

  @Test
  void aDayIsNotBothOffAndWorked() {
    assertBadInput(
        () -> WorkingCalendar.parse("2026-02-14~2026-02-16", "2026-02-14"), "calendar.both");
  }

  @Test
  void aHolidayOnAWeekendIsAllowedAndChangesNothing() {
    WorkingCalendar calendar = WorkingCalendar.parse("2026-03-07", "");

    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 6))).isTrue();
  }

  @Test
  void tooManyDaysAreRefused() {
    List<LocalDate> many = LocalDate.of(2020, 1, 1).datesUntil(LocalDate.of(2023, 1, 1)).toList();

    assertBadInput(() -> WorkingCalendar.of(many, List.of()), "calendar.tooMany");
  }

  @Test
  void theListsCannotBeChangedFromOutside() {
    WorkingCalendar calendar = OfficialCalendars.CALENDAR;

    assertThatThrownBy(() -> calendar.holidays().add(LocalDate.of(2027, 1, 1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
