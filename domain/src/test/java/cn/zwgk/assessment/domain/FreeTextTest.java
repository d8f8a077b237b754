package cn.zwgk.assessment.domain;

import static cn.zwgk.assessment.domain.RefusalAssert.assertBadInput;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FreeTextTest {

  private static final String FIELD = "field.remark";

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "   ", "\n", "\r\n", "\t", " \t\n ", "\u3000", "\u2003"})
  void optionalTextThatIsBlankIsNoText(String text) {
    assertThat(FreeText.optional(text, 100, FIELD)).isNull();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\n\n", "\t", "\u3000"})
  void requiredTextThatIsBlankIsRefused(String text) {
    assertBadInput(() -> FreeText.required(text, 100, FIELD), "text.required");
  }

  @Test
  void theRefusalNamesTheField() {
    try {
      FreeText.required(" ", 100, "field.reason");
    } catch (Refusal refusal) {
      assertThat(refusal.kind()).isEqualTo(Refusal.Kind.BAD_INPUT);
      assertThat(refusal.args()).containsExactly("field.reason");
      return;
    }
    throw new AssertionError("blank text accepted");
  }

  @Test
  void theLengthRefusalNamesTheFieldAndTheLimit() {
    try {
      FreeText.optional("x".repeat(11), 10, "field.comment");
    } catch (Refusal refusal) {
      assertThat(refusal.key()).isEqualTo("text.tooLong");
      assertThat(refusal.args()).containsExactly("field.comment", 10);
      return;
    }
    throw new AssertionError("overlong text accepted");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "按要求公开",
        "  前后空格保留  ",
        "第一行\n第二行",
        "Windows 行尾\r\n第二行",
        "列1\t列2\t列3",
        "表情 😀👍🏽🇨🇳",
        "中文标点：，。、；！？“”‘’（）【】《》……——",
        "\"double\" and 'single' quotes",
        "<script>alert('x')</script>",
        "<b>bold</b> &amp; &lt;",
        "Robert'); DROP TABLE item_entry;--",
        "${jndi:ldap://x} %s %n {0}",
        "\\ back\\slash",
        "é combining",
        "مرحبا עברית",
        "non\u00A0breaking space",
      })
  void printableTextIsKeptExactly(String text) {
    assertThat(FreeText.optional(text, 2000, FIELD)).isEqualTo(text);
    assertThat(FreeText.required(text, 2000, FIELD)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a\u0000b",
        "\u0001",
        "bell\u0007",
        "back\bspace",
        "vertical\u000btab",
        "form\u000cfeed",
        "escape\u001b[0m",
        "unit\u001fseparator",
        "delete\u007f",
        "c1\u0080",
        "next\u0085line",
        "c1\u009f",
      })
  void controlCharactersAreRefused(String text) {
    assertBadInput(() -> FreeText.optional(text, 2000, FIELD), "text.controlCharacters");
    assertBadInput(() -> FreeText.required(text, 2000, FIELD), "text.controlCharacters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u00A0", "\u200B", "\uFEFF", " \u200B\u00A0\u3000 ", "\u2060"})
  void invisibleTextIsNoText(String text) {
    assertThat(FreeText.optional(text, 100, FIELD)).isNull();
    assertBadInput(() -> FreeText.required(text, 100, FIELD), "text.required");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "reads \u202Ebackwards",
        "\u202Aembedded\u202C",
        "\u2066isolated\u2069",
        "broken \uD800 half",
        "broken \uDC00 half"
      })
  void textThatReadsOtherThanItIsIsRefused(String text) {
    assertBadInput(() -> FreeText.optional(text, 2000, FIELD), "text.controlCharacters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"家庭 👨\u200D👩\u200D👧", "zero\u200Bwidth inside", "العربية\u200F"})
  void joinersAndMarksInsideTextAreKept(String text) {
    assertThat(FreeText.required(text, 2000, FIELD)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uFFFD", "坏\uFFFD字", "\uFFFE", "end\uFFFF", "\uD83F\uDFFF"})
  void brokenCharactersAndNoncharactersAreRefused(String text) {
    assertBadInput(() -> FreeText.optional(text, 100, FIELD), "text.controlCharacters");
  }

  @Test
  void textUpToTheLimitIsAccepted() {
    assertThat(FreeText.optional("字".repeat(10), 10, FIELD)).hasSize(10);
    assertThat(FreeText.required("x".repeat(2000), 2000, FIELD)).hasSize(2000);
    assertThat(FreeText.required("a", 1, FIELD)).isEqualTo("a");
  }

  @Test
  void textOverTheLimitIsRefused() {
    assertBadInput(() -> FreeText.optional("字".repeat(11), 10, FIELD), "text.tooLong");
    assertBadInput(() -> FreeText.required("x".repeat(2001), 2000, FIELD), "text.tooLong");
    assertBadInput(() -> FreeText.required("ab", 1, FIELD), "text.tooLong");
  }

  @Test
  void surroundingSpacesCountTowardsTheLimit() {
    assertBadInput(() -> FreeText.optional(" " + "x".repeat(10), 10, FIELD), "text.tooLong");
  }

  @Test
  void theLengthIsCheckedBeforeTheCharacters() {
    assertBadInput(() -> FreeText.optional("\u0000".repeat(11), 10, FIELD), "text.tooLong");
  }

  @Test
  void lineBreaksAndTabsAloneStillMakeBlankText() {
    assertThat(FreeText.optional("\r\n\t", 10, FIELD)).isNull();
  }
}
