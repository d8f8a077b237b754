package cn.zwgk.assessment.web.api;

import cn.zwgk.assessment.domain.unit.UnitGroup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The JSON of closed years' results, as last written, by year and group: a closed year's results
 * change only when the ranking job places the units anew and bumps their version, so the API serves
 * the same bytes until then instead of reading and writing some 700 units a call. Who may read them
 * is checked on every call, before this.
 */
@ApplicationScoped
public class ResultsCache {

  private record Key(int year, UnitGroup group) {}

  private record Entry(long version, byte[] json) {}

  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

  /** The results' JSON at that version: the one kept, or what {@code read} returns, then kept. */
  byte[] json(int year, UnitGroup group, long version, Supplier<Object> read) {
    Key key = new Key(year, group);
    Entry kept = entries.get(key);
    if (kept != null && kept.version() == version) {
      return kept.json();
    }
    byte[] json = JsonConfig.JSONB.toJson(read.get()).getBytes(StandardCharsets.UTF_8);
    // A slower reader of an older version must not replace a newer one.
    entries.merge(
        key,
        new Entry(version, json),
        (old, fresh) -> old.version() > fresh.version() ? old : fresh);
    return json;
  }

  /** The entity tag of a year's results at a version, for one group or (null) all. */
  static String tag(int year, UnitGroup group, long version) {
    return year + "-" + Objects.toString(group, "ALL") + "-" + version;
  }
}
