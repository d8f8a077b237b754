package cn.zwgk.assessment.domain;

/**
 * Text that people type: remarks, reasons, comments, descriptions. Anything printable is accepted
 * and kept exactly (pages escape it when they show it); control characters other than line breaks
 * and tabs, and text longer than its field, are refused.
 */
public final class FreeText {

  private FreeText() {}

  /**
   * The text, or null for null or blank text.
   *
   * @param field the message key of the field, for the refusal
   */
  public static String optional(String text, int maxLength, String field) {
    if (text == null || text.codePoints().allMatch(FreeText::isInvisible)) {
      return null;
    }
    if (text.length() > maxLength) {
      throw Refusal.badInput("text.tooLong", field, maxLength);
    }
    if (text.codePoints().anyMatch(FreeText::isForbidden)) {
      throw Refusal.badInput("text.controlCharacters", field);
    }
    return text;
  }

  /** As {@link #optional}, but the text must be there. */
  public static String required(String text, int maxLength, String field) {
    String checked = optional(text, maxLength, field);
    if (checked == null) {
      throw Refusal.badInput("text.required", field);
    }
    return checked;
  }

  /**
   * Control characters other than line breaks and tabs; the bidirectional overrides and isolates
   * that make text read differently from what it is; halves of a broken character, and the
   * replacement character and noncharacters that bytes which were no UTF-8 (overlong forms …)
   * decode to.
   */
  private static boolean isForbidden(int c) {
    return Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
        || c >= 0x202A && c <= 0x202E
        || c >= 0x2066 && c <= 0x2069
        || Character.getType(c) == Character.SURROGATE
        || c == 0xFFFD
        || (c & 0xFFFE) == 0xFFFE;
  }

  /** Blank to a reader: white space, no-break spaces, zero-width characters. */
  private static boolean isInvisible(int c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT;
  }
}
