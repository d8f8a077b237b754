package cn.zwgk.assessment.domain.unit;

import cn.zwgk.assessment.domain.account.PasswordPolicy;
import cn.zwgk.assessment.domain.account.Username;
import java.util.EnumSet;
import java.util.Set;

/**
 * The checks of one row of a unit import sheet that need nothing but the row. Checks against the
 * database and between rows are made by the import job.
 */
public final class UnitSheetRules {

  private UnitSheetRules() {}

  /** The problems found, in a set that the caller may add to. */
  public static Set<RowProblem> check(
      String code, String name, String group, String username, String password) {
    Set<RowProblem> problems = EnumSet.noneOf(RowProblem.class);
    if (!UnitCode.isValid(code)) {
      problems.add(RowProblem.CODE_INVALID);
    }
    if (name == null || name.codePoints().allMatch(UnitSheetRules::isBlank)) {
      problems.add(RowProblem.NAME_MISSING);
    } else if (!isPlainName(name)) {
      problems.add(RowProblem.NAME_INVALID);
    }
    if (UnitGroup.parse(group).isEmpty()) {
      problems.add(RowProblem.GROUP_UNKNOWN);
    }
    if (!Username.isValid(username)) {
      problems.add(RowProblem.USERNAME_INVALID);
    }
    if (!PasswordPolicy.isAcceptable(password)) {
      problems.add(RowProblem.PASSWORD_WEAK);
    }
    return problems;
  }

  /**
   * A unit name as printed on official documents: no markup, no control or invisible formatting
   * characters, no surrounding blanks, at most {@link AssessedUnit#MAX_NAME_LENGTH} characters.
   */
  public static boolean isPlainName(String name) {
    if (name.isEmpty()
        || name.length() > AssessedUnit.MAX_NAME_LENGTH
        || isBlank(name.codePointAt(0))
        || isBlank(name.codePointBefore(name.length()))) {
      return false;
    }
    return name.codePoints()
        .noneMatch(
            c ->
                c == '<'
                    || c == '>'
                    || c == '&'
                    || c == '"'
                    || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR);
  }

  /**
   * Blank in the eyes of a reader: also the no-break spaces that names pasted from web pages carry.
   */
  private static boolean isBlank(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
