package cn.zwgk.assessment.domain.rectification;

import static cn.zwgk.assessment.domain.RefusalAssert.assertBadInput;
import static cn.zwgk.assessment.domain.RefusalAssert.assertConflict;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.assessment.domain.YearFixture;
import cn.zwgk.assessment.domain.assessment.AssessmentState;
import cn.zwgk.assessment.domain.assessment.ItemEntry;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.cycle.CycleState;
import cn.zwgk.assessment.domain.cycle.WorkingCalendar;
import cn.zwgk.assessment.domain.indicator.ItemKind;
import cn.zwgk.assessment.domain.unit.AssessedUnit;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RectificationTest {

  private static final LocalDateTime PUBLISHED = LocalDateTime.of(2027, 3, 1, 9, 0);
  private static final LocalDateTime NOW = LocalDateTime.of(2027, 4, 20, 10, 0);

  /** An entry of an item worth 2 points, scored {@code score}, in a cycle in {@code state}. */
  private static ItemEntry entry(CycleState state, String score) {
    AssessmentCycle cycle = YearFixture.cycle(CycleState.CLOSED);
    cycle.publish(PUBLISHED, WorkingCalendar.WEEKENDS_ONLY);
    YearFixture.set(cycle, "state", state);
    CycleItem item =
        YearFixture.item(YearFixture.template(cycle, UnitGroup.TOWN), ItemKind.BASE, "2");
    AssessedUnit unit = YearFixture.unit(UnitGroup.TOWN);
    ItemEntry entry =
        new ItemEntry(YearFixture.assessment(cycle, unit, AssessmentState.FINAL), item);
    YearFixture.set(entry, "score", score == null ? null : new BigDecimal(score));
    return entry;
  }

  private static Rectification lost() {
    return new Rectification(entry(CycleState.PUBLISHED, "1.5"));
  }

  @Test
  void measuresAndTheDayTheyWereCompleted() {
    Rectification r = lost();

    r.record("已补充会议纪要并在网站公开", LocalDate.of(2027, 4, 10), "chengguan", NOW);

    assertThat(r.getMeasures()).isEqualTo("已补充会议纪要并在网站公开");
    assertThat(r.getCompletedOn()).isEqualTo(LocalDate.of(2027, 4, 10));
    assertThat(r.isCompleted()).isTrue();
    assertThat(r.getRecordedBy()).isEqualTo("chengguan");
    assertThat(r.getRecordedAt()).isEqualTo(NOW);
  }

  @Test
  void measuresUnderWayHaveNoCompletionDay() {
    Rectification r = lost();

    r.record("正在修订制度", null, "chengguan", NOW);

    assertThat(r.isCompleted()).isFalse();
  }

  @Test
  void theRecordIsUpdatedWhenTheWorkIsDone() {
    Rectification r = lost();
    r.record("正在修订制度", null, "chengguan", NOW);

    r.record("制度已修订印发", NOW.toLocalDate(), "chengguan", NOW.plusDays(1));

    assertThat(r.getMeasures()).isEqualTo("制度已修订印发");
    assertThat(r.isCompleted()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n"})
  void measuresAreRequired(String measures) {
    Rectification r = lost();

    assertBadInput(() -> r.record(measures, null, "chengguan", NOW), "text.required");
    assertThat(r.getMeasures()).isNull();
  }

  @Test
  void overlongMeasuresAreRefused() {
    assertBadInput(() -> lost().record("改".repeat(2001), null, "chengguan", NOW), "text.tooLong");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2027-04-21", "2027-05-01", "2030-01-01"})
  void notCompletedInTheFuture(LocalDate day) {
    Rectification r = lost();

    assertBadInput(() -> r.record("已整改", day, "chengguan", NOW), "rectification.completedInFuture");
    assertThat(r.getCompletedOn()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2027-02-28", "2026-12-31"})
  void notCompletedBeforeThePublication(LocalDate day) {
    assertBadInput(
        () -> lost().record("已整改", day, "chengguan", NOW),
        "rectification.completedBeforePublication");
  }

  @Test
  void theDayOfPublicationAndTodayAreAllowed() {
    Rectification r = lost();
    r.record("已整改", PUBLISHED.toLocalDate(), "chengguan", NOW);
    r.record("已整改", NOW.toLocalDate(), "chengguan", NOW);

    assertThat(r.getCompletedOn()).isEqualTo(NOW.toLocalDate());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2", "2.0", "2.00"})
  void onlyWherePointsWereLost(String fullMarks) {
    Rectification r = new Rectification(entry(CycleState.PUBLISHED, fullMarks));

    assertConflict(() -> r.record("无", null, "chengguan", NOW), "rectification.noDeduction");
  }

  @Test
  void anUnscoredItemLostNothing() {
    assertThat(Rectification.lostPoints(entry(CycleState.PUBLISHED, null))).isFalse();
    assertThat(Rectification.lostPoints(entry(CycleState.PUBLISHED, "0"))).isTrue();
    assertThat(Rectification.lostPoints(entry(CycleState.PUBLISHED, "1.5"))).isTrue();
    assertThat(Rectification.lostPoints(entry(CycleState.PUBLISHED, "2"))).isFalse();
  }

  @Test
  void anArchivedYearIsStillRectified() {
    Rectification r = new Rectification(entry(CycleState.ARCHIVED, "0"));

    r.record("已整改", NOW.toLocalDate(), "chengguan", NOW);

    assertThat(r.isCompleted()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(
      value = CycleState.class,
      names = {"PUBLISHED", "ARCHIVED"},
      mode = EnumSource.Mode.EXCLUDE)
  void notBeforeThePublication(CycleState state) {
    Rectification r = new Rectification(entry(state, "1"));

    assertConflict(() -> r.record("已整改", null, "chengguan", NOW), "cycle.wrongState");
  }
}
