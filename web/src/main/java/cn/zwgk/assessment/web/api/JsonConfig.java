package cn.zwgk.assessment.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Nulls are written, not dropped: API.md's {@code "criterion": null} says something. */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

  /** The API's JSON-B, also for what is written ahead (the cached results). */
  static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
