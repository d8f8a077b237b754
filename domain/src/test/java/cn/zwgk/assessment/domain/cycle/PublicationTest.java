package cn.zwgk.assessment.domain.cycle;

import static cn.zwgk.assessment.domain.RefusalAssert.assertBadInput;
import static cn.zwgk.assessment.domain.RefusalAssert.assertConflict;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.assessment.domain.YearFixture;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Publication (公示), the appeal window and the archive of a year. */
class PublicationTest {

  /** A Wednesday: five working days end on the next Wednesday. */
  private static final LocalDateTime PUBLISHED = LocalDateTime.of(2027, 3, 3, 9, 30);

  private static final LocalDate LAST_DAY = LocalDate.of(2027, 3, 10);

  private static AssessmentCycle published() {
    AssessmentCycle cycle = YearFixture.cycle(CycleState.CLOSED);
    cycle.publish(PUBLISHED, WorkingCalendar.WEEKENDS_ONLY);
    return cycle;
  }

  @Test
  void aNewCycleHasAWindowOfFiveWorkingDays() {
    assertThat(YearFixture.cycle(CycleState.DRAFT).getAppealWorkingDays()).isEqualTo(5);
  }

  @Test
  void publishingAClosedCycleOpensTheWindow() {
    AssessmentCycle cycle = published();

    assertThat(cycle.getState()).isEqualTo(CycleState.PUBLISHED);
    assertThat(cycle.getPublishedAt()).isEqualTo(PUBLISHED);
    assertThat(cycle.getAppealLastDay()).isEqualTo(LAST_DAY);
    assertThat(cycle.hasResults()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(value = CycleState.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
  void onlyAClosedCycleIsPublished(CycleState state) {
    AssessmentCycle cycle = YearFixture.cycle(state);

    assertConflict(
        () -> cycle.publish(PUBLISHED, WorkingCalendar.WEEKENDS_ONLY), "cycle.wrongState");
    assertThat(cycle.getState()).isEqualTo(state);
    assertThat(cycle.getPublishedAt()).isNull();
    assertThat(cycle.getAppealLastDay()).isNull();
  }

  @Test
  void theWindowIsOpenFromPublicationToItsLastDay() {
    AssessmentCycle cycle = published();

    assertThat(cycle.isAppealWindowOpen(PUBLISHED.toLocalDate())).isTrue();
    assertThat(cycle.isAppealWindowOpen(LAST_DAY)).isTrue();
    assertThat(cycle.isAppealWindowOpen(LAST_DAY.plusDays(1))).isFalse();
    cycle.requireAppealWindowOpen(LAST_DAY);
    assertConflict(
        () -> cycle.requireAppealWindowOpen(LAST_DAY.plusDays(1)), "appeal.windowClosed");
  }

  @ParameterizedTest
  @EnumSource(value = CycleState.class, names = "PUBLISHED", mode = EnumSource.Mode.EXCLUDE)
  void noWindowOutsideAPublishedCycle(CycleState state) {
    AssessmentCycle cycle = YearFixture.cycle(state);

    assertThat(cycle.isAppealWindowOpen(PUBLISHED.toLocalDate())).isFalse();
    assertConflict(
        () -> cycle.requireAppealWindowOpen(PUBLISHED.toLocalDate()), "cycle.wrongState");
  }

  @Test
  void theWindowIsConfiguredBeforePublication() {
    AssessmentCycle cycle = YearFixture.cycle(CycleState.CLOSED);

    cycle.setAppealWorkingDays(10, WorkingCalendar.WEEKENDS_ONLY);
    cycle.publish(PUBLISHED, WorkingCalendar.WEEKENDS_ONLY);

    assertThat(cycle.getAppealWorkingDays()).isEqualTo(10);
    assertThat(cycle.getAppealLastDay()).isEqualTo(LocalDate.of(2027, 3, 17));
  }

  @ParameterizedTest
  @EnumSource(
      value = CycleState.class,
      names = {"DRAFT", "OPEN", "CLOSED"})
  void theWindowMayBeSetBeforePublication(CycleState state) {
    AssessmentCycle cycle = YearFixture.cycle(state);

    cycle.setAppealWorkingDays(3, WorkingCalendar.WEEKENDS_ONLY);

    assertThat(cycle.getAppealWorkingDays()).isEqualTo(3);
    assertThat(cycle.getAppealLastDay()).isNull();
  }

  @Test
  void aPublishedWindowIsCountedAgainFromThePublication() {
    AssessmentCycle cycle = published();

    cycle.setAppealWorkingDays(7, WorkingCalendar.WEEKENDS_ONLY);

    assertThat(cycle.getAppealLastDay()).isEqualTo(LocalDate.of(2027, 3, 12));
  }

  @Test
  void noDaysEndTheWindowAtOnce() {
    AssessmentCycle cycle = published();

    cycle.setAppealWorkingDays(0, WorkingCalendar.WEEKENDS_ONLY);

    assertThat(cycle.getAppealLastDay()).isNull();
    assertThat(cycle.isAppealWindowOpen(PUBLISHED.toLocalDate())).isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = CycleState.class,
      names = {"CLOSING", "ARCHIVED"})
  void theWindowIsFixedWhileClosingAndOnceArchived(CycleState state) {
    AssessmentCycle cycle = YearFixture.cycle(state);

    assertConflict(
        () -> cycle.setAppealWorkingDays(3, WorkingCalendar.WEEKENDS_ONLY), "cycle.wrongState");
    assertThat(cycle.getAppealWorkingDays()).isEqualTo(5);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 31, 100})
  void aWindowOutsideItsBoundsIsRefused(int days) {
    AssessmentCycle cycle = published();

    assertBadInput(
        () -> cycle.setAppealWorkingDays(days, WorkingCalendar.WEEKENDS_ONLY),
        "cycle.appealDaysInvalid");
    assertThat(cycle.getAppealWorkingDays()).isEqualTo(5);
    assertThat(cycle.getAppealLastDay()).isEqualTo(LAST_DAY);
  }

  @Test
  void theBoundsAreCheckedBeforeTheState() {
    AssessmentCycle cycle = YearFixture.cycle(CycleState.ARCHIVED);

    assertBadInput(
        () -> cycle.setAppealWorkingDays(-1, WorkingCalendar.WEEKENDS_ONLY),
        "cycle.appealDaysInvalid");
  }

  @Test
  void archivedAfterTheWindowWithEveryAppealSettled() {
    AssessmentCycle cycle = published();
    LocalDateTime after = LAST_DAY.plusDays(1).atTime(8, 0);

    cycle.archive(0, after);

    assertThat(cycle.getState()).isEqualTo(CycleState.ARCHIVED);
    assertThat(cycle.getArchivedAt()).isEqualTo(after);
    assertThat(cycle.hasResults()).isTrue();
    assertThat(cycle.isAppealWindowOpen(after.toLocalDate())).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2027-03-03T09:31", "2027-03-06T12:00", "2027-03-10T23:59"})
  void notArchivedWhileTheWindowIsOpen(LocalDateTime now) {
    AssessmentCycle cycle = published();

    assertConflict(() -> cycle.archive(0, now), "cycle.appealWindowOpen");
    assertThat(cycle.getState()).isEqualTo(CycleState.PUBLISHED);
    assertThat(cycle.getArchivedAt()).isNull();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 40})
  void notArchivedWhileAnAppealIsUnsettled(long unsettled) {
    AssessmentCycle cycle = published();

    assertConflict(
        () -> cycle.archive(unsettled, LAST_DAY.plusDays(3).atStartOfDay()),
        "cycle.appealsUnsettled");
    assertThat(cycle.getState()).isEqualTo(CycleState.PUBLISHED);
  }

  @Test
  void aWindowEndedEarlyAllowsTheArchiveTheSameDay() {
    AssessmentCycle cycle = published();
    cycle.setAppealWorkingDays(0, WorkingCalendar.WEEKENDS_ONLY);

    cycle.archive(0, PUBLISHED.plusHours(1));

    assertThat(cycle.getState()).isEqualTo(CycleState.ARCHIVED);
  }

  @ParameterizedTest
  @EnumSource(value = CycleState.class, names = "PUBLISHED", mode = EnumSource.Mode.EXCLUDE)
  void onlyAPublishedCycleIsArchived(CycleState state) {
    AssessmentCycle cycle = YearFixture.cycle(state);

    assertConflict(() -> cycle.archive(0, PUBLISHED), "cycle.wrongState");
    assertThat(cycle.getState()).isEqualTo(state);
  }
}
