package cn.zwgk.assessment.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  @Test
  void theDemoPasswordIsAcceptable() {
    assertThat(PasswordPolicy.isAcceptable("Demo@2026")).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\" acceptable: {1} ({2})")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // three or four classes, at least 8 characters
        "abcDEF12   | true  | lower, upper, digit",
        "abc12!@#   | true  | lower, digit, other",
        "ABC12!@#   | true  | upper, digit, other",
        "abcDEF!@   | true  | lower, upper, other",
        "aB3$aB3$   | true  | all four",
        "Ab1!Ab1!   | true  | exactly 8",
        "`abc 1234` | true  | a blank is other",
        // too few classes
        "abcdefgh   | false | lower only",
        "ABCDEFGH   | false | upper only",
        "12345678   | false | digits only",
        "!@#$%^&*   | false | other only",
        "abcdef12   | false | lower, digit",
        "abcDEFgh   | false | lower, upper",
        "ABCD1234   | false | upper, digit",
        "abcd!@#$   | false | lower, other",
        "password   | false | lower only",
        // too short
        "Ab1!Ab1    | false | 7 characters",
        "Ab1!       | false | 4 characters",
        "``         | false | empty",
        // Chinese characters are of the class other
        "密码abc123   | true  | other, lower, digit",
        "政务公开Ab12   | true  | all four",
        "密码密码ABCD1  | true  | other, upper, digit",
        "密码密码abcd   | false | other, lower",
        "政务公开政务公开   | false | other only",
        "密码Ab1     | false | 5 characters",
        // other non-ASCII letters are not lower or upper case
        "ÄÖÜäöü12   | false | other, digit",
        "Äbcdefg1   | true  | other, lower, digit",
      })
  void needsEightCharactersOfThreeClasses(String password, boolean expected, String why) {
    assertThat(PasswordPolicy.isAcceptable(password)).as(why).isEqualTo(expected);
  }

  @Test
  void nullIsRejected() {
    assertThat(PasswordPolicy.isAcceptable(null)).isFalse();
  }

  @Test
  void atMost128Characters() {
    String base = "Aa1!";
    assertThat(PasswordPolicy.isAcceptable(base.repeat(32))).isTrue();
    assertThat(PasswordPolicy.isAcceptable(base.repeat(32) + "x")).isFalse();
    assertThat(PasswordPolicy.isAcceptable(base.repeat(40))).isFalse();
    assertThat(PasswordPolicy.MAX_LENGTH).isEqualTo(128);
    assertThat(PasswordPolicy.MIN_LENGTH).isEqualTo(8);
    assertThat(PasswordPolicy.MIN_CLASSES).isEqualTo(3);
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"0000", "0009", "000A", "000D", "001B", "001F", "007F", "0085", "009F"})
  void controlCharactersAreRejected(String hex) {
    char control = (char) Integer.parseInt(hex, 16);

    assertThat(PasswordPolicy.isAcceptable("Demo@2026" + control)).isFalse();
    assertThat(PasswordPolicy.isAcceptable(control + "Demo@2026")).isFalse();
    assertThat(PasswordPolicy.isAcceptable("Demo" + control + "@2026")).isFalse();
  }
}
