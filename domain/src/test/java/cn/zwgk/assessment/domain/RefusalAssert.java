package cn.zwgk.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a call is refused with the given kind and message key. */
public final class RefusalAssert {

  private RefusalAssert() {}

  public static void assertRefused(ThrowingCallable call, Refusal.Kind kind, String key) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> {
              assertThat(r.kind()).as("kind of refusal %s", r.key()).isEqualTo(kind);
              assertThat(r.key()).isEqualTo(key);
            });
  }

  public static void assertBadInput(ThrowingCallable call, String key) {
    assertRefused(call, Refusal.Kind.BAD_INPUT, key);
  }

  public static void assertForbidden(ThrowingCallable call, String key) {
    assertRefused(call, Refusal.Kind.FORBIDDEN, key);
  }

  public static void assertConflict(ThrowingCallable call, String key) {
    assertRefused(call, Refusal.Kind.CONFLICT, key);
  }
}
