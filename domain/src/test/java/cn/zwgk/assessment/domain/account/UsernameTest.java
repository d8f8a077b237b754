package cn.zwgk.assessment.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "admin",
        "assessor1",
        "approver1",
        "auditor",
        "a",
        "Z",
        "7",
        "zhang.san",
        "unit_01",
        "town-01",
        "MJ-XZ_01.a",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"
      })
  void acceptsShortAsciiNames(String username) {
    assertThat(Username.isValid(username)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "",
        " ",
        "张三",
        "zhang三",
        "ü",
        "ａdmin",
        "a b",
        " admin",
        "admin ",
        "admin\n",
        "admin\t",
        "ad\u0000min",
        "ad\u200Bmin",
        "../x",
        "..\\x",
        "a/b",
        "a\\b",
        "/etc/passwd",
        "user@example",
        "a;b",
        "a'b",
        "a\"b",
        "<script>",
        "%2e%2e",
        "a:b",
        "a+b",
        "a*",
        ".",
        "..",
        ".hidden",
        "-rf",
        "_x"
      })
  void rejectsEverythingElse(String username) {
    assertThat(Username.isValid(username)).isFalse();
  }

  @Test
  void rejectsNull() {
    assertThat(Username.isValid(null)).isFalse();
  }

  @Test
  void atMost32Characters() {
    assertThat(Username.MAX_LENGTH).isEqualTo(32);
    assertThat(Username.isValid("a".repeat(32))).isTrue();
    assertThat(Username.isValid("a".repeat(33))).isFalse();
    assertThat(Username.isValid("a".repeat(100))).isFalse();
  }

  @Test
  void everyUnitCodeLengthFitsAUsername() {
    // a unit's clerk account is named after its code
    assertThat(Username.MAX_LENGTH)
        .isGreaterThanOrEqualTo(cn.zwgk.assessment.domain.unit.UnitCode.MAX_LENGTH);
    assertThat(Username.isValid("town_01-A")).isTrue();
  }
}
