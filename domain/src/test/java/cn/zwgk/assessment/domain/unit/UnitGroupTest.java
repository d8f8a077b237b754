package cn.zwgk.assessment.domain.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitGroupTest {

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "TOWN              | TOWN",
        "town              | TOWN",
        "Town              | TOWN",
        "DEPARTMENT        | DEPARTMENT",
        "department        | DEPARTMENT",
        "Department        | DEPARTMENT",
        "镇(区)政府          | TOWN",
        "镇（区）政府          | TOWN",
        "镇（区)政府          | TOWN",
        "镇(区）政府          | TOWN",
        "县直单位             | DEPARTMENT",
        "` TOWN `          | TOWN",
        "`\tdepartment\n`  | DEPARTMENT",
        "`  镇(区)政府  `      | TOWN",
        "` 镇（区）政府`        | TOWN",
        "`县直单位 `           | DEPARTMENT",
        "`\u3000县直单位\u3000` | DEPARTMENT",
      })
  void parsesTheCodeOrTheChineseName(String text, UnitGroup expected) {
    assertThat(UnitGroup.parse(text)).contains(expected);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "",
        " ",
        "TOWNS",
        "TOW",
        "DEPT",
        "镇政府",
        "镇(区)",
        "镇[区]政府",
        "镇(区) 政府",
        "县直",
        "县直单位单位",
        "乡镇",
        "TOWN,DEPARTMENT",
        "0",
        "1"
      })
  void anythingElseIsUnknown(String text) {
    assertThat(UnitGroup.parse(text)).isEmpty();
  }

  @Test
  void nullIsUnknown() {
    assertThat(UnitGroup.parse(null)).isEmpty();
  }

  @Test
  void chineseNamesAreThoseOfTheDocument() {
    assertThat(UnitGroup.TOWN.chineseName()).isEqualTo("镇(区)政府");
    assertThat(UnitGroup.DEPARTMENT.chineseName()).isEqualTo("县直单位");
  }

  @Test
  void everyGroupParsesFromItsOwnNames() {
    for (UnitGroup group : UnitGroup.values()) {
      assertThat(UnitGroup.parse(group.name())).contains(group);
      assertThat(UnitGroup.parse(group.chineseName())).contains(group);
    }
  }

  @Test
  void townsComeFirst() {
    assertThat(UnitGroup.values()).containsExactly(UnitGroup.TOWN, UnitGroup.DEPARTMENT);
  }
}
