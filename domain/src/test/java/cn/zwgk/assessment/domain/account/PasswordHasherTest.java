package cn.zwgk.assessment.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

  private static final String PASSWORD = "Demo@2026";

  /** Cheap enough for unit tests; the stored form carries the count, so any count verifies. */
  private final PasswordHasher hasher = new PasswordHasher(1000);

  private static char[] chars(String text) {
    return text.toCharArray();
  }

  private static String[] parts(String stored) {
    return stored.split("\\$");
  }

  @Test
  void aHashMatchesItsPassword() {
    String stored = hasher.hash(chars(PASSWORD));

    assertThat(hasher.matches(chars(PASSWORD), stored)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "demo@2026",
        "DEMO@2026",
        "Demo@2027",
        "Demo@202",
        "Demo@20266",
        " Demo@2026",
        "Demo@2026 ",
        "",
        "Demo＠2026"
      })
  void aWrongPasswordDoesNotMatch(String wrong) {
    String stored = hasher.hash(chars(PASSWORD));

    assertThat(hasher.matches(chars(wrong), stored)).isFalse();
  }

  @Test
  void aNullPasswordDoesNotMatch() {
    String stored = hasher.hash(chars(PASSWORD));

    assertThat(hasher.matches(null, stored)).isFalse();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "政务公开@2026",
        "Pässwörd1!",
        "a",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "with space 1A"
      })
  void anyPasswordRoundTrips(String password) {
    String stored = hasher.hash(chars(password));

    assertThat(hasher.matches(chars(password), stored)).isTrue();
    assertThat(hasher.matches(chars(password + "x"), stored)).isFalse();
  }

  @Test
  void twoHashesOfTheSamePasswordDifferBySalt() {
    String first = hasher.hash(chars(PASSWORD));
    String second = hasher.hash(chars(PASSWORD));

    assertThat(first).isNotEqualTo(second);
    assertThat(parts(first)[2]).isNotEqualTo(parts(second)[2]);
    assertThat(parts(first)[3]).isNotEqualTo(parts(second)[3]);
    assertThat(hasher.matches(chars(PASSWORD), first)).isTrue();
    assertThat(hasher.matches(chars(PASSWORD), second)).isTrue();
  }

  @Test
  void storedFormIsAlgorithmIterationsSaltAndHash() {
    String stored = hasher.hash(chars(PASSWORD));

    // 16 salt bytes and 32 hash bytes in Base64 without padding: 22 and 43 characters
    assertThat(stored).matches("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    assertThat(Base64.getDecoder().decode(parts(stored)[2])).hasSize(16);
    assertThat(Base64.getDecoder().decode(parts(stored)[3])).hasSize(32);
  }

  @Test
  void theDefaultCostIsTheDocumentedIterationCount() {
    String stored = new PasswordHasher().hash(chars(PASSWORD));

    assertThat(PasswordHasher.DEFAULT_ITERATIONS).isEqualTo(120_000);
    assertThat(stored).startsWith("pbkdf2-sha256$120000$");
    assertThat(hasher.matches(chars(PASSWORD), stored)).isTrue();
  }

  @Test
  void aHashMadeWithAnotherIterationCountStillVerifies() {
    String cheap = new PasswordHasher(1).hash(chars(PASSWORD));
    String dearer = new PasswordHasher(2500).hash(chars(PASSWORD));

    assertThat(hasher.matches(chars(PASSWORD), cheap)).isTrue();
    assertThat(hasher.matches(chars(PASSWORD), dearer)).isTrue();
    assertThat(new PasswordHasher(7).matches(chars(PASSWORD), dearer)).isTrue();
    assertThat(hasher.matches(chars("wrong"), dearer)).isFalse();
  }

  @Test
  void changingTheStoredIterationCountBreaksTheMatch() {
    String stored = hasher.hash(chars(PASSWORD));
    String[] p = parts(stored);

    assertThat(hasher.matches(chars(PASSWORD), p[0] + "$1001$" + p[2] + "$" + p[3])).isFalse();
  }

  @Test
  void swappingTheSaltBreaksTheMatch() {
    String[] first = parts(hasher.hash(chars(PASSWORD)));
    String[] second = parts(hasher.hash(chars(PASSWORD)));

    String mixed = first[0] + "$" + first[1] + "$" + second[2] + "$" + first[3];
    assertThat(hasher.matches(chars(PASSWORD), mixed)).isFalse();
  }

  @Test
  void hashingDoesNotChangeThePasswordArray() {
    char[] password = chars(PASSWORD);
    String stored = hasher.hash(password);

    assertThat(password).containsExactly(chars(PASSWORD));
    assertThat(hasher.matches(password, stored)).isTrue();
    assertThat(password).containsExactly(chars(PASSWORD));
  }

  @ParameterizedTest(name = "iterations {0}")
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void theIterationCountMustBePositive(int iterations) {
    assertThatThrownBy(() -> new PasswordHasher(iterations))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static Stream<Arguments> malformedStoredHashes() {
    String[] p = parts(new PasswordHasher(1000).hash(chars(PASSWORD)));
    String salt = p[2];
    String hash = p[3];
    return Stream.of(
        Arguments.of("null", null),
        Arguments.of("empty", ""),
        Arguments.of("two parts", "x$y"),
        Arguments.of("only separators", "$$$"),
        Arguments.of("three parts", "pbkdf2-sha256$1000$" + salt),
        Arguments.of("trailing empty hash", "pbkdf2-sha256$1000$" + salt + "$"),
        Arguments.of("five parts", "pbkdf2-sha256$1000$" + salt + "$" + hash + "$x"),
        Arguments.of("wrong algorithm", "pbkdf2-sha1$1000$" + salt + "$" + hash),
        Arguments.of("algorithm in upper case", "PBKDF2-SHA256$1000$" + salt + "$" + hash),
        Arguments.of("bcrypt", "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"),
        Arguments.of("plain text password", PASSWORD),
        Arguments.of("bad base64 salt", "pbkdf2-sha256$1000$!!not*base64$" + hash),
        Arguments.of("bad base64 hash", "pbkdf2-sha256$1000$" + salt + "$@@@@"),
        Arguments.of("empty salt", "pbkdf2-sha256$1000$$" + hash),
        Arguments.of("truncated hash", "pbkdf2-sha256$1000$" + salt + "$" + hash.substring(0, 20)),
        Arguments.of("non-numeric iterations", "pbkdf2-sha256$many$" + salt + "$" + hash),
        Arguments.of("empty iterations", "pbkdf2-sha256$$" + salt + "$" + hash),
        Arguments.of("decimal iterations", "pbkdf2-sha256$1000.0$" + salt + "$" + hash),
        Arguments.of("overflowing iterations", "pbkdf2-sha256$99999999999$" + salt + "$" + hash),
        Arguments.of("zero iterations", "pbkdf2-sha256$0$" + salt + "$" + hash),
        Arguments.of("negative iterations", "pbkdf2-sha256$-1000$" + salt + "$" + hash),
        Arguments.of(
            "iterations that would stall the login",
            "pbkdf2-sha256$2147483647$" + salt + "$" + hash));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedStoredHashes")
  void aMalformedStoredHashNeverMatchesAndNeverThrows(String description, String stored) {
    assertThatCode(() -> hasher.matches(chars(PASSWORD), stored)).doesNotThrowAnyException();
    assertThat(hasher.matches(chars(PASSWORD), stored)).isFalse();
  }

  @Test
  void theUntamperedPartsOfTheMalformedCasesDoMatch() {
    // guards the malformed cases above: the pieces they are built from are a real match
    String[] p = parts(hasher.hash(chars(PASSWORD)));

    assertThat(hasher.matches(chars(PASSWORD), String.join("$", p))).isTrue();
  }
}
