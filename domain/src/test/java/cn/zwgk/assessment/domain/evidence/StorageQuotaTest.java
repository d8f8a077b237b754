package cn.zwgk.assessment.domain.evidence;

import static cn.zwgk.assessment.domain.RefusalAssert.assertBadInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.assessment.domain.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StorageQuotaTest {

  private static final long MB = 1024L * 1024;

  @ParameterizedTest(name = "{0} used + {1} new within {2}")
  @CsvSource({
    "0, 1, 1",
    "0, 1048576, 1048576",
    "1048575, 1, 1048576",
    "0, 0, 1",
    "1048576, 0, 1048576",
    "2097152, 0, 1048576",
    "0, 20971520, 524288000",
    "503316480, 20971520, 524288000",
  })
  void filesThatFitAreAccepted(long used, long adding, long quota) {
    assertThatCode(() -> new StorageQuota(quota).check(used, adding)).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0} used + {1} new beyond {2}")
  @CsvSource({
    "0, 2, 1",
    "1048576, 1, 1048576",
    "1048575, 2, 1048576",
    "0, 1048577, 1048576",
    "524288000, 1, 524288000",
    "503316481, 20971520, 524288000",
    "600000000, 1, 524288000",
  })
  void filesThatDoNotFitAreRefused(long used, long adding, long quota) {
    assertBadInput(() -> new StorageQuota(quota).check(used, adding), "evidence.quota");
  }

  @Test
  void contentTheUnitHoldsAlreadyAddsNothingEvenAtTheQuota() {
    assertThatCode(() -> new StorageQuota(MB).check(MB, 0)).doesNotThrowAnyException();
  }

  @Test
  void sizesNearTheLargestLongDoNotOverflowIntoAcceptance() {
    assertBadInput(
        () -> new StorageQuota(Long.MAX_VALUE).check(Long.MAX_VALUE - 1, Long.MAX_VALUE),
        "evidence.quota");
  }

  @Test
  void theRefusalNamesTheQuotaAndWhatIsUsedInMegabytes() {
    assertThatThrownBy(() -> new StorageQuota(500 * MB).check(499 * MB + MB / 2, 2 * MB))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.args()).containsExactly("500", "499.5"));
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0",
    "1, 0",
    "104857, 0",
    "104858, 0.1",
    "1048576, 1",
    "1572864, 1.5",
    "524288000, 500"
  })
  void megabytesAreRoundedDownToOneDecimal(long bytes, String text) {
    assertThat(StorageQuota.megabytes(bytes)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void aQuotaIsPositive(long bytes) {
    assertThatThrownBy(() -> new StorageQuota(bytes)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void negativeSizesAreAProgrammingError() {
    StorageQuota quota = new StorageQuota(MB);
    assertThatThrownBy(() -> quota.check(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> quota.check(1, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDefaultIsFiveHundredMegabytes() {
    assertThat(StorageQuota.DEFAULT_BYTES).isEqualTo(500 * MB);
  }
}
