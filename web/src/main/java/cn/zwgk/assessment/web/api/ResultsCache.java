package cn.zwgk.assessment.web.api;

import cn.zwgk.assessment.domain.unit.UnitGroup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * The JSON of closed years' results, as last written, by year and group: a closed year's results
 * change only when the ranking job places the units anew and bumps their version, so the API serves
 * the same bytes until then instead of reading and writing some 700 units a call. Who may read them
 * is checked on every call, before this. Each is kept gzipped too, for the clients that accept it:
 * a province's results are megabytes of JSON that compress tenfold, once a version instead of once
 * a call.
 */
@ApplicationScoped
public class ResultsCache {

  private record Key(int year, UnitGroup group) {}

  /** A version's JSON, as written and gzipped. */
  record Results(long version, byte[] json, byte[] gzip) {}

  /** A coding's weight that refuses it: q=0, q=0.0 … q=0.000. */
  private static final Pattern REFUSED = Pattern.compile("(?i)q=0(\\.0{0,3})?");

  private final Map<Key, Results> entries = new ConcurrentHashMap<>();

  /**
   * The results at that version: the ones kept, or the JSON that {@code read} writes, then kept.
   */
  Results results(int year, UnitGroup group, long version, Supplier<byte[]> read) {
    Key key = new Key(year, group);
    Results kept = entries.get(key);
    if (kept != null && kept.version() == version) {
      return kept;
    }
    byte[] json = read.get();
    Results fresh = new Results(version, json, gzip(json));
    // A slower reader of an older version must not replace a newer one.
    entries.merge(key, fresh, (old, made) -> old.version() > made.version() ? old : made);
    return fresh;
  }

  /**
   * Whether an {@code Accept-Encoding} header takes gzip: named (or {@code *}) without {@code q=0}.
   */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String coding : acceptEncoding.split(",")) {
      String[] parts = coding.split(";");
      String name = parts[0].strip();
      if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
        for (int i = 1; i < parts.length; i++) {
          String parameter = parts[i].replace(" ", "");
          if (REFUSED.matcher(parameter).matches()) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  private static byte[] gzip(byte[] json) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 4 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException("gzip into memory", e);
    }
    return out.toByteArray();
  }

  /**
   * The entity tag of a year's results at a version, for one group or (null) all, as JSON or
   * gzipped: two encodings of the same results are two representations, each with its own tag.
   */
  static String tag(int year, UnitGroup group, long version, boolean gzip) {
    return year + "-" + Objects.toString(group, "ALL") + "-" + version + (gzip ? "-gzip" : "");
  }
}
