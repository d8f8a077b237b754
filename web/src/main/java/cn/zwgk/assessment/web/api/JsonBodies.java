package cn.zwgk.assessment.web.api;

import cn.zwgk.assessment.domain.Refusal;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Request bodies: JSON read into a record, a blank body read as "nothing given" (the optional
 * {@code version} of an action), anything unreadable refused with a clear 400.
 */
final class JsonBodies {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private JsonBodies() {}

  /** A date as yyyy-MM-dd; null for none. */
  static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw Refusal.badInput("date.invalid", text);
    }
  }

  static <T> T read(String body, Class<T> type) {
    String json = body == null || body.isBlank() ? "{}" : body;
    try {
      T value = JSONB.fromJson(json, type);
      if (value == null) {
        throw Refusal.badInput("json.malformed");
      }
      return value;
    } catch (JsonbException | ClassCastException | ArithmeticException e) {
      throw Refusal.badInput("json.malformed");
    }
  }
}
