package cn.zwgk.assessment.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PointsTest {

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "0, 0.00",
    "92.5, 92.50",
    "100, 100.00",
    "1.50, 1.50",
    "1.500, 1.50",
    "1E+2, 100.00",
    "-0.5, -0.50",
    "0.05, 0.05",
  })
  void normalizeGivesTwoDecimalPlaces(String value, String expected) {
    BigDecimal normalized = Points.normalize(dec(value));

    assertThat(normalized).isEqualTo(dec(expected));
    assertThat(normalized.scale()).isEqualTo(Points.SCALE).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"0.125", "92.555", "0.001"})
  void normalizeRefusesToRound(String value) {
    assertThatThrownBy(() -> Points.normalize(dec(value))).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void constantsAreNormalized() {
    assertThat(Points.ZERO).isEqualTo(dec("0.00"));
    assertThat(Points.HALF).isEqualTo(dec("0.50"));
  }

  @ParameterizedTest(name = "{0} is a half step: {1}")
  @CsvSource({
    "0, true",
    "0.00, true",
    "0.5, true",
    "0.50, true",
    "1, true",
    "1.50, true",
    "1.500, true",
    "2.5, true",
    "99.5, true",
    "100, true",
    "100.00, true",
    "1E+2, true",
    "2.25, false",
    "0.1, false",
    "0.25, false",
    "0.75, false",
    "1.01, false",
    "0.05, false",
    "99.99, false",
    "100.1, false",
    "0.5000001, false",
  })
  void isHalfStep(String value, boolean expected) {
    assertThat(Points.isHalfStep(dec(value))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "score {0} of max {1}: {2}")
  @CsvSource({
    "0, 2, true",
    "0.00, 2.00, true",
    "0.5, 2, true",
    "0.50, 2, true",
    "1, 2, true",
    "1.5, 2, true",
    "2, 2, true",
    "2.00, 2, true",
    "2, 2.00, true",
    "1.50, 1.50, true",
    "0, 0, true",
    "100, 100, true",
    "2.5, 2, false",
    "2.01, 2, false",
    "0.5, 0, false",
    "100.5, 100, false",
    "-0.5, 2, false",
    "-1, 2, false",
    "1.25, 2, false",
    "0.1, 2, false",
    "1.99, 2, false",
  })
  void isValidScore(String score, String max, boolean expected) {
    assertThat(Points.isValidScore(dec(score), dec(max))).isEqualTo(expected);
  }

  @Test
  void aMissingScoreIsNotValid() {
    assertThat(Points.isValidScore(null, dec("2"))).isFalse();
  }
}
