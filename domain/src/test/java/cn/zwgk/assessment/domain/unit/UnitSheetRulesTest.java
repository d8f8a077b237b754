package cn.zwgk.assessment.domain.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitSheetRulesTest {

  private static final String CODE = "chengguan";
  private static final String NAME = "城关镇人民政府";
  private static final String GROUP = "镇(区)政府";
  private static final String USERNAME = "chengguan";
  private static final String PASSWORD = "Demo@2026";

  private static Set<RowProblem> check(
      String code, String name, String group, String username, String password) {
    return UnitSheetRules.check(code, name, group, username, password);
  }

  @Test
  void aCleanRowHasNoProblems() {
    assertThat(check(CODE, NAME, GROUP, USERNAME, PASSWORD)).isEmpty();
  }

  @ParameterizedTest(name = "{0}, {1}, {2}, {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "dept_fgw | 孟津县发展和改革委员会 | 县直单位   | dept.fgw | Fgw#2026ok",
        "T-01     | 会盟镇            | TOWN   | t-01     | abc12!@#",
        "D9       | 孟津县（区）市场监督管理局   | 县直单位   | D9       | 政务公开Ab12",
      })
  void otherCleanRowsHaveNoProblems(
      String code, String name, String group, String username, String password) {
    assertThat(check(code, name, group, username, password)).isEmpty();
  }

  @ParameterizedTest(name = "code \"{0}\"")
  @ValueSource(strings = {"", "城关", "a b", "../x", "a.b"})
  void aBadCodeIsCodeInvalid(String code) {
    assertThat(check(code, NAME, GROUP, USERNAME, PASSWORD))
        .containsExactly(RowProblem.CODE_INVALID);
  }

  @Test
  void aMissingCodeIsCodeInvalid() {
    assertThat(check(null, NAME, GROUP, USERNAME, PASSWORD))
        .containsExactly(RowProblem.CODE_INVALID);
  }

  @ParameterizedTest(name = "name \"{0}\"")
  @ValueSource(strings = {"", " ", "\t", "\u3000", "  \n "})
  void aBlankNameIsNameMissing(String name) {
    assertThat(check(CODE, name, GROUP, USERNAME, PASSWORD))
        .containsExactly(RowProblem.NAME_MISSING);
  }

  @Test
  void aNullNameIsNameMissing() {
    assertThat(check(CODE, null, GROUP, USERNAME, PASSWORD))
        .containsExactly(RowProblem.NAME_MISSING);
  }

  @ParameterizedTest(name = "name \"{0}\"")
  @ValueSource(strings = {"<b>城关镇</b>", " 城关镇", "城关镇 ", "城关\u200B镇", "城关&镇"})
  void aNameThatIsNotPlainIsNameInvalid(String name) {
    assertThat(check(CODE, name, GROUP, USERNAME, PASSWORD))
        .containsExactly(RowProblem.NAME_INVALID);
  }

  @ParameterizedTest(name = "group \"{0}\"")
  @ValueSource(strings = {"", "乡镇", "DEPT", "镇政府"})
  void anUnknownGroupIsGroupUnknown(String group) {
    assertThat(check(CODE, NAME, group, USERNAME, PASSWORD))
        .containsExactly(RowProblem.GROUP_UNKNOWN);
  }

  @Test
  void aMissingGroupIsGroupUnknown() {
    assertThat(check(CODE, NAME, null, USERNAME, PASSWORD))
        .containsExactly(RowProblem.GROUP_UNKNOWN);
  }

  @ParameterizedTest(name = "username \"{0}\"")
  @ValueSource(strings = {"", "张三", "a b", "../x", "user@example"})
  void aBadUsernameIsUsernameInvalid(String username) {
    assertThat(check(CODE, NAME, GROUP, username, PASSWORD))
        .containsExactly(RowProblem.USERNAME_INVALID);
  }

  @Test
  void aMissingUsernameIsUsernameInvalid() {
    assertThat(check(CODE, NAME, GROUP, null, PASSWORD))
        .containsExactly(RowProblem.USERNAME_INVALID);
  }

  @ParameterizedTest(name = "password \"{0}\"")
  @ValueSource(strings = {"", "Demo@20", "password", "12345678", "abcdef12", "Demo@2026\n"})
  void aWeakPasswordIsPasswordWeak(String password) {
    assertThat(check(CODE, NAME, GROUP, USERNAME, password))
        .containsExactly(RowProblem.PASSWORD_WEAK);
  }

  @Test
  void aMissingPasswordIsPasswordWeak() {
    assertThat(check(CODE, NAME, GROUP, USERNAME, null)).containsExactly(RowProblem.PASSWORD_WEAK);
  }

  @Test
  void anEmptyRowHasEveryProblemThatTheRowAloneCanShow() {
    assertThat(check(null, null, null, null, null))
        .containsExactlyInAnyOrder(
            RowProblem.CODE_INVALID,
            RowProblem.NAME_MISSING,
            RowProblem.GROUP_UNKNOWN,
            RowProblem.USERNAME_INVALID,
            RowProblem.PASSWORD_WEAK);
  }

  @Test
  void aRowBadInEveryFieldHasEveryProblem() {
    assertThat(check("城关", "<城关镇>", "乡镇", "张三", "weak"))
        .containsExactlyInAnyOrder(
            RowProblem.CODE_INVALID,
            RowProblem.NAME_INVALID,
            RowProblem.GROUP_UNKNOWN,
            RowProblem.USERNAME_INVALID,
            RowProblem.PASSWORD_WEAK);
  }

  @Test
  void theRowAloneNeverReportsTakenOrDuplicate() {
    Set<RowProblem> problems = check("城关", "<城关镇>", "乡镇", "张三", "weak");

    assertThat(problems)
        .doesNotContain(
            RowProblem.CODE_TAKEN,
            RowProblem.CODE_DUPLICATE,
            RowProblem.NAME_TAKEN,
            RowProblem.NAME_DUPLICATE,
            RowProblem.USERNAME_TAKEN,
            RowProblem.USERNAME_DUPLICATE);
  }

  @Test
  void theCallerMayAddToTheProblemsFound() {
    Set<RowProblem> clean = check(CODE, NAME, GROUP, USERNAME, PASSWORD);
    clean.add(RowProblem.CODE_TAKEN);
    Set<RowProblem> bad = check(null, NAME, GROUP, USERNAME, PASSWORD);
    bad.add(RowProblem.NAME_DUPLICATE);

    assertThat(clean).containsExactly(RowProblem.CODE_TAKEN);
    assertThat(bad).containsExactlyInAnyOrder(RowProblem.CODE_INVALID, RowProblem.NAME_DUPLICATE);
  }

  // ---------------------------------------------------------------- isPlainName

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "城关镇人民政府",
        "会盟镇",
        "孟津县发展和改革委员会",
        "孟津县（区）市场监督管理局",
        "孟津县(区)财政局",
        "阿卜杜·热合曼工作室",
        "中共孟津县委办公室、县政府办公室",
        "县政务服务和大数据管理局 行政审批科",
        "O'Brien Office",
        "第1-2工作组",
        "“放管服”改革办公室",
        "县《政务公开》编辑部"
      })
  void plainNamesAreAccepted(String name) {
    assertThat(UnitSheetRules.isPlainName(name)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "城关镇<",
        "城关镇>",
        "城关&镇",
        "城关&amp;镇",
        "\"城关镇\"",
        "城关\"镇"
      })
  void markupCharactersAreRejected(String name) {
    assertThat(UnitSheetRules.isPlainName(name)).isFalse();
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(
      strings = {"0000", "0007", "0009", "000A", "000D", "001B", "007F", "0080", "0085", "009F"})
  void controlCharactersAreRejected(String hex) {
    assertThat(UnitSheetRules.isPlainName("城关" + codePoint(hex) + "镇")).isFalse();
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(
      strings = {
        "200B", "200C", "200D", "200E", "200F", "202A", "202E", "2060", "2066", "FEFF", "00AD"
      })
  void invisibleFormattingCharactersAreRejected(String hex) {
    assertThat(UnitSheetRules.isPlainName("城关" + codePoint(hex) + "镇")).isFalse();
    assertThat(UnitSheetRules.isPlainName(codePoint(hex) + "城关镇")).isFalse();
    assertThat(UnitSheetRules.isPlainName("城关镇" + codePoint(hex))).isFalse();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        " 城关镇",
        "城关镇 ",
        " 城关镇 ",
        "\t城关镇",
        "城关镇\n",
        "\u3000城关镇",
        "城关镇\u3000",
        "城关镇\u2003",
        "\u00A0城关镇",
        "城关镇\u00A0",
        "\u2007城关镇",
        "城关镇\u202F"
      })
  void surroundingBlanksAreRejected(String name) {
    assertThat(UnitSheetRules.isPlainName(name)).isFalse();
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"00A0", "2007", "202F", "3000"})
  void aNameOfNoBreakSpacesIsMissing(String hex) {
    String blank = codePoint(hex).repeat(3);
    assertThat(check(CODE, blank, GROUP, USERNAME, PASSWORD))
        .containsExactly(RowProblem.NAME_MISSING);
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"2028", "2029"})
  void lineAndParagraphSeparatorsAreRejected(String hex) {
    assertThat(UnitSheetRules.isPlainName("城关" + codePoint(hex) + "镇")).isFalse();
  }

  @Test
  void atMost100Characters() {
    assertThat(UnitSheetRules.isPlainName("政".repeat(100))).isTrue();
    assertThat(UnitSheetRules.isPlainName("政".repeat(101))).isFalse();
    assertThat(UnitSheetRules.isPlainName("a".repeat(AssessedUnit.MAX_NAME_LENGTH))).isTrue();
    assertThat(UnitSheetRules.isPlainName("a".repeat(500))).isFalse();
  }

  @Test
  void aTooLongNameIsNameInvalid() {
    assertThat(check(CODE, "政".repeat(101), GROUP, USERNAME, PASSWORD))
        .containsExactly(RowProblem.NAME_INVALID);
  }

  private static String codePoint(String hex) {
    return Character.toString(Integer.parseInt(hex, 16));
  }
}
