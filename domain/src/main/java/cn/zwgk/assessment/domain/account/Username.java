package cn.zwgk.assessment.domain.account;

import java.util.regex.Pattern;

/**
 * Usernames are ASCII so that they can be typed anywhere; a unit's account is named after its code.
 */
public final class Username {

  public static final int MAX_LENGTH = 32;
  private static final Pattern PATTERN =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0," + (MAX_LENGTH - 1) + "}");

  private Username() {}

  public static boolean isValid(String username) {
    return username != null && PATTERN.matcher(username).matches();
  }
}
