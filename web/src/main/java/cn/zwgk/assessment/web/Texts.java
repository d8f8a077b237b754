package cn.zwgk.assessment.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of pages, API messages and refusals, in the two languages: Chinese first, English
 * second. One bundle, {@code messages_zh} and {@code messages_en}, for JSF and the API alike.
 */
public final class Texts {

  public static final String BUNDLE = "cn.zwgk.assessment.web.messages";
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  public static final Locale ENGLISH = Locale.ENGLISH;

  private Texts() {}

  /** English for those who ask for it, Chinese for everyone else. */
  public static Locale supported(Locale requested) {
    return requested != null && "en".equals(requested.getLanguage()) ? ENGLISH : CHINESE;
  }

  /** The language of an Accept-Language header: its preferred one of ours, Chinese by default. */
  public static Locale fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return CHINESE;
    }
    try {
      Locale match = Locale.lookup(Locale.LanguageRange.parse(header), List.of(CHINESE, ENGLISH));
      return supported(match);
    } catch (IllegalArgumentException e) {
      return CHINESE;
    }
  }

  /** The text of a key with its arguments; the key itself where the bundle lacks it. */
  public static String format(Locale locale, String key, Object... args) {
    Locale language = supported(locale);
    String pattern;
    try {
      pattern =
          ResourceBundle.getBundle(BUNDLE, language, Texts.class.getClassLoader()).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    if (args.length == 0) {
      return pattern;
    }
    // An argument that is itself a key (field.reason, state.SUBMITTED …) is worded too.
    Object[] worded = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      worded[i] =
          args[i] instanceof String word
                  && word.indexOf('.') > 0
                  && !word.equals(format(language, word))
              ? format(language, word)
              : args[i];
    }
    return new MessageFormat(pattern, language).format(worded);
  }
}
