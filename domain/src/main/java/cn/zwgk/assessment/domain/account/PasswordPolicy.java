package cn.zwgk.assessment.domain.account;

/**
 * Password rules of MLPS level 3 as the county applies them: at least 8 characters from at least 3
 * of the 4 classes (lower case, upper case, digits, other).
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 128;
  public static final int MIN_CLASSES = 3;

  private PasswordPolicy() {}

  public static boolean isAcceptable(String password) {
    if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
      return false;
    }
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean other = false;
    for (int i = 0; i < password.length(); i++) {
      char c = password.charAt(i);
      if (Character.isISOControl(c)) {
        return false;
      }
      if (c >= 'a' && c <= 'z') {
        lower = true;
      } else if (c >= 'A' && c <= 'Z') {
        upper = true;
      } else if (c >= '0' && c <= '9') {
        digit = true;
      } else {
        other = true;
      }
    }
    int classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    return classes >= MIN_CLASSES;
  }
}
