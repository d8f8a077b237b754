package cn.zwgk.assessment.domain.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnitCodeTest {

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "MJ01",
        "town-01",
        "dept_fgw",
        "A",
        "z",
        "0",
        "CHENGGUAN",
        "huimeng-zhen_2026",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ-_0123"
      })
  void acceptsShortAscii(String code) {
    assertThat(UnitCode.isValid(code)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "",
        " ",
        "孟津",
        "城关镇",
        "MJ０1",
        "é",
        "MJ 01",
        " MJ01",
        "MJ01 ",
        "MJ01\n",
        "MJ01\t",
        "MJ\u000001",
        "MJ\u200B01",
        "a.b",
        ".",
        "..",
        "../x",
        "..\\x",
        "a/b",
        "a\\b",
        "%2e%2e",
        "x%2F",
        "a:b",
        "a?b",
        "a#b",
        "a&b",
        "<b>",
        "a'b",
        "a\"b",
        "a;b",
        "a@b",
        "a+b"
      })
  void rejectsEverythingElse(String code) {
    assertThat(UnitCode.isValid(code)).isFalse();
  }

  @Test
  void rejectsNull() {
    assertThat(UnitCode.isValid(null)).isFalse();
  }

  @Test
  void atMost32Characters() {
    assertThat(UnitCode.MAX_LENGTH).isEqualTo(32);
    assertThat(UnitCode.isValid("a".repeat(32))).isTrue();
    assertThat(UnitCode.isValid("a".repeat(33))).isFalse();
    assertThat(UnitCode.isValid("a".repeat(200))).isFalse();
  }
}
