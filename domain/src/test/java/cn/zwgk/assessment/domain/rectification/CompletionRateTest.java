package cn.zwgk.assessment.domain.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompletionRateTest {

  @ParameterizedTest(name = "{1} of {0}: {2}%")
  @CsvSource({
    "0, 0, 100.0",
    "1, 0, 0.0",
    "1, 1, 100.0",
    "3, 1, 33.3",
    "3, 2, 66.7",
    "8, 1, 12.5",
    "200, 1, 0.5",
    "2000, 1, 0.1",
    "7, 7, 100.0"
  })
  void thePercentHasOneDecimalRoundedHalfUp(long toRectify, long completed, String percent) {
    assertThat(new CompletionRate(toRectify, completed).percent()).isEqualByComparingTo(percent);
    assertThat(new CompletionRate(toRectify, completed).percent().scale()).isEqualTo(1);
  }

  @Test
  void ratesAddUpItemByItem() {
    CompletionRate county =
        CompletionRate.none().plus(new CompletionRate(3, 1)).plus(new CompletionRate(1, 1));

    assertThat(county).isEqualTo(new CompletionRate(4, 2));
    assertThat(county.percent()).isEqualByComparingTo("50.0");
  }

  @ParameterizedTest
  @CsvSource({"-1, 0", "0, -1", "1, 2"})
  void impossibleCountsAreAnError(long toRectify, long completed) {
    assertThatThrownBy(() -> new CompletionRate(toRectify, completed))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
