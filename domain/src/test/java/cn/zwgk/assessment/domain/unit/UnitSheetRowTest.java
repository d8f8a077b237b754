package cn.zwgk.assessment.domain.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UnitSheetRowTest {

  private static UnitSheetRow row() {
    return new UnitSheetRow(
        7L, 2, "chengguan", "城关镇人民政府", "镇（区）政府", "chengguan", "pbkdf2-sha256$1$x$y");
  }

  /** The comma-separated column as it is stored. */
  private static String storedProblems(UnitSheetRow row) throws ReflectiveOperationException {
    Field field = UnitSheetRow.class.getDeclaredField("problems");
    field.setAccessible(true);
    return (String) field.get(row);
  }

  @Test
  void aNewRowIsClean() throws Exception {
    UnitSheetRow row = row();

    assertThat(row.isClean()).isTrue();
    assertThat(row.getProblems()).isEmpty();
    assertThat(storedProblems(row)).isEmpty();
  }

  @Test
  void addingNothingKeepsTheRowClean() throws Exception {
    UnitSheetRow row = row();
    row.addProblems(EnumSet.noneOf(RowProblem.class));

    assertThat(row.isClean()).isTrue();
    assertThat(storedProblems(row)).isEmpty();
  }

  @Test
  void addedProblemsAreStoredSortedByName() throws Exception {
    UnitSheetRow row = row();
    row.addProblems(Set.of(RowProblem.USERNAME_INVALID, RowProblem.CODE_INVALID));

    assertThat(row.isClean()).isFalse();
    assertThat(storedProblems(row)).isEqualTo("CODE_INVALID,USERNAME_INVALID");
    assertThat(row.getProblems())
        .containsExactlyInAnyOrder(RowProblem.CODE_INVALID, RowProblem.USERNAME_INVALID);
  }

  @Test
  void problemsAccumulateWithoutDuplicates() throws Exception {
    UnitSheetRow row = row();
    row.addProblems(Set.of(RowProblem.USERNAME_INVALID, RowProblem.PASSWORD_WEAK));
    row.addProblems(Set.of(RowProblem.CODE_DUPLICATE, RowProblem.USERNAME_INVALID));
    row.addProblems(Set.of(RowProblem.NAME_TAKEN));

    assertThat(row.getProblems())
        .containsExactlyInAnyOrder(
            RowProblem.USERNAME_INVALID,
            RowProblem.PASSWORD_WEAK,
            RowProblem.CODE_DUPLICATE,
            RowProblem.NAME_TAKEN);
    assertThat(storedProblems(row))
        .isEqualTo("CODE_DUPLICATE,NAME_TAKEN,PASSWORD_WEAK,USERNAME_INVALID");
  }

  @Test
  void theStoredOrderDoesNotDependOnTheOrderOfAdding() throws Exception {
    UnitSheetRow forwards = row();
    forwards.addProblems(EnumSet.of(RowProblem.CODE_INVALID));
    forwards.addProblems(EnumSet.of(RowProblem.GROUP_UNKNOWN));
    UnitSheetRow backwards = row();
    backwards.addProblems(EnumSet.of(RowProblem.GROUP_UNKNOWN));
    backwards.addProblems(EnumSet.of(RowProblem.CODE_INVALID));

    assertThat(storedProblems(forwards))
        .isEqualTo(storedProblems(backwards))
        .isEqualTo("CODE_INVALID,GROUP_UNKNOWN");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(RowProblem.class)
  void everyProblemRoundTrips(RowProblem problem) throws Exception {
    UnitSheetRow row = row();
    row.addProblems(EnumSet.of(problem));

    assertThat(row.getProblems()).containsExactly(problem);
    assertThat(storedProblems(row)).isEqualTo(problem.name());
    assertThat(row.isClean()).isFalse();
  }

  @Test
  void allProblemsTogetherRoundTripAndFitTheColumn() throws Exception {
    UnitSheetRow row = row();
    row.addProblems(EnumSet.allOf(RowProblem.class));

    assertThat(row.getProblems()).isEqualTo(EnumSet.allOf(RowProblem.class));
    String stored = storedProblems(row);
    assertThat(stored.split(",")).isSorted().hasSize(RowProblem.values().length);
    assertThat(stored.length()).isLessThanOrEqualTo(500);
  }

  @Test
  void theProblemsGivenOutAreACopy() {
    UnitSheetRow row = row();
    row.addProblems(EnumSet.of(RowProblem.CODE_INVALID));

    row.getProblems().add(RowProblem.NAME_TAKEN);
    row.getProblems().clear();

    assertThat(row.getProblems()).containsExactly(RowProblem.CODE_INVALID);
  }

  @Test
  void theSetPassedInIsNotKeptOrChanged() {
    UnitSheetRow row = row();
    Set<RowProblem> found = EnumSet.of(RowProblem.CODE_INVALID);
    row.addProblems(found);
    found.add(RowProblem.NAME_INVALID);
    row.addProblems(EnumSet.of(RowProblem.PASSWORD_WEAK));

    assertThat(found).containsExactlyInAnyOrder(RowProblem.CODE_INVALID, RowProblem.NAME_INVALID);
    assertThat(row.getProblems())
        .containsExactlyInAnyOrder(RowProblem.CODE_INVALID, RowProblem.PASSWORD_WEAK);
  }

  @Test
  void keepsTheFieldsAsRead() {
    UnitSheetRow row = row();

    assertThat(row.getJobInstanceId()).isEqualTo(7L);
    assertThat(row.getRowNumber()).isEqualTo(2);
    assertThat(row.getCode()).isEqualTo("chengguan");
    assertThat(row.getName()).isEqualTo("城关镇人民政府");
    assertThat(row.getGroupText()).isEqualTo("镇（区）政府");
    assertThat(row.getUsername()).isEqualTo("chengguan");
    assertThat(row.getPasswordHash()).isEqualTo("pbkdf2-sha256$1$x$y");
  }

  @Test
  void theGroupIsParsedFromItsText() {
    assertThat(row().getUnitGroup()).isEqualTo(UnitGroup.TOWN);
    assertThat(new UnitSheetRow(1, 3, "d", "n", " 县直单位 ", "d", null).getUnitGroup())
        .isEqualTo(UnitGroup.DEPARTMENT);
  }

  @Test
  void anUnknownGroupHasNoUnitGroup() {
    UnitSheetRow row = new UnitSheetRow(1, 3, "d", "n", "乡镇", "d", null);

    assertThatThrownBy(row::getUnitGroup).isInstanceOf(java.util.NoSuchElementException.class);
  }
}
