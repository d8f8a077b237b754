package cn.zwgk.assessment.domain.unit;

import java.util.regex.Pattern;

/** Unit codes are short ASCII, stable across years: they name units in URLs, files and accounts. */
public final class UnitCode {

  public static final int MAX_LENGTH = 32;
  private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");

  private UnitCode() {}

  public static boolean isValid(String code) {
    return code != null && PATTERN.matcher(code).matches();
  }
}
