package cn.zwgk.assessment.web.api;

import cn.zwgk.assessment.domain.Refusal;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Request bodies: JSON read into a record, a blank body read as "nothing given" (the optional
 * {@code version} of an action), anything unreadable refused with a clear 400.
 */
final class JsonBodies {

  private static final Jsonb JSONB = JsonbBuilder.create();

  /**
   * The longest body read: far beyond any request of the API (its longest text is 2,000
   * characters), short enough that a huge body costs the parser nothing.
   */
  static final int MAX_CHARS = 65_536;

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
    if (body != null && body.length() > MAX_CHARS) {
      throw Refusal.badInput("json.tooLarge", MAX_CHARS / 1024);
    }
    String json = body == null || body.isBlank() ? "{}" : body;
    try {
      checkTypes(strictObject(json), type);
      T value = JSONB.fromJson(json, type);
      if (value == null) {
        throw Refusal.badInput("json.malformed");
      }
      return value;
    } catch (JsonbException
        | JsonException
        | ClassCastException
        | ArithmeticException
        | NumberFormatException e) {
      throw Refusal.badInput("json.malformed");
    }
  }

  /** One JSON object and nothing after it ({"score":1}} is no request). */
  private static JsonObject strictObject(String json) {
    try (JsonParser parser = Json.createParser(new StringReader(json))) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
        throw Refusal.badInput("json.malformed");
      }
      JsonObject object = parser.getObject();
      if (parser.hasNext()) {
        throw Refusal.badInput("json.malformed");
      }
      return object;
    }
  }

  /**
   * JSON-B would read "1.5" into a number and 5 into a text: a field is a JSON number where the
   * request has a number, a JSON string where it has a text, or null.
   */
  private static void checkTypes(JsonObject object, Class<?> type) {
    if (!type.isRecord()) {
      return;
    }
    for (RecordComponent field : type.getRecordComponents()) {
      JsonValue value = object.get(field.getName());
      if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
        continue;
      }
      boolean number = Number.class.isAssignableFrom(field.getType());
      boolean text = field.getType() == String.class;
      if (number && value.getValueType() != JsonValue.ValueType.NUMBER
          || text && value.getValueType() != JsonValue.ValueType.STRING) {
        throw Refusal.badInput("json.malformed");
      }
    }
  }
}
