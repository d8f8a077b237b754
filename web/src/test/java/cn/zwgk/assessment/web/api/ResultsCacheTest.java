package cn.zwgk.assessment.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.assessment.domain.unit.UnitGroup;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

/** The results kept per version, plain and gzipped, and who is sent the gzipped ones. */
class ResultsCacheTest {

  private final ResultsCache cache = new ResultsCache();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "gzip|true",
        "GZIP|true",
        "gzip, deflate, br|true",
        "deflate, gzip;q=0.5|true",
        "br;q=1.0, gzip; q=0.1|true",
        "*|true",
        "identity, *;q=0.5|true",
        "gzip;q=0|false",
        "gzip;q=0.0|false",
        "gzip; q=0.000|false",
        "GZIP;Q=0|false",
        "deflate, br|false",
        "identity|false",
        "x-gzip-like|false",
        "''|false"
      })
  void gzipIsSentToWhoeverTakesIt(String acceptEncoding, boolean gzip) {
    assertThat(ResultsCache.acceptsGzip(acceptEncoding)).isEqualTo(gzip);
  }

  @ParameterizedTest
  @NullSource
  void noHeaderTakesNoGzip(String acceptEncoding) {
    assertThat(ResultsCache.acceptsGzip(acceptEncoding)).isFalse();
  }

  @Test
  void aVersionIsReadOnceAndItsGzipHoldsTheSameJson() throws IOException {
    AtomicInteger reads = new AtomicInteger();
    ResultsCache.Results first =
        cache.results(
            2025, UnitGroup.TOWN, 3, () -> json("[\"惠济区" + reads.incrementAndGet() + "\"]"));
    ResultsCache.Results again =
        cache.results(
            2025, UnitGroup.TOWN, 3, () -> json("[\"惠济区" + reads.incrementAndGet() + "\"]"));

    assertThat(reads).hasValue(1);
    assertThat(again).isSameAs(first);
    assertThat(new String(first.json(), StandardCharsets.UTF_8)).isEqualTo("[\"惠济区1\"]");
    try (GZIPInputStream unzip = new GZIPInputStream(new ByteArrayInputStream(first.gzip()))) {
      assertThat(unzip.readAllBytes()).isEqualTo(first.json());
    }
  }

  @Test
  void aNewVersionIsReadAgainAndAnOlderOneNeverReplacesIt() {
    cache.results(2025, null, 4, () -> json("[4]"));
    ResultsCache.Results five = cache.results(2025, null, 5, () -> json("[5]"));
    cache.results(2025, null, 4, () -> json("[4.1]"));

    assertThat(cache.results(2025, null, 5, () -> json("[\"not read\"]"))).isSameAs(five);
  }

  private static byte[] json(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void eachEncodingHasItsOwnTag() {
    assertThat(ResultsCache.tag(2025, UnitGroup.DEPARTMENT, 7, false))
        .isEqualTo("2025-DEPARTMENT-7");
    assertThat(ResultsCache.tag(2025, null, 7, true)).isEqualTo("2025-ALL-7-gzip");
  }
}
