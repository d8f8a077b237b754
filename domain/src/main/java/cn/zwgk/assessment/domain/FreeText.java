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
    if (text == null || text.isBlank()) {
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

  private static boolean isForbidden(int c) {
    return Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
  }
}
