package cn.zwgk.assessment.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginLockTest {

  private static final LocalDateTime T0 = LocalDateTime.of(2026, 12, 5, 9, 0);

  private static LoginLock failTimes(LoginLock lock, int times, LocalDateTime at) {
    LoginLock state = lock;
    for (int i = 0; i < times; i++) {
      state = state.afterFailure(at);
    }
    return state;
  }

  @Test
  void theRulesAreFiveFailuresAndFifteenMinutes() {
    assertThat(LoginLock.MAX_FAILURES).isEqualTo(5);
    assertThat(LoginLock.LOCK_TIME).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void anOpenAccountIsNotLocked() {
    assertThat(LoginLock.OPEN.isLockedAt(T0)).isFalse();
    assertThat(LoginLock.OPEN.failures()).isZero();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void fewerThanFiveFailuresDoNotLock(int failures) {
    LoginLock lock = failTimes(LoginLock.OPEN, failures, T0);
    assertThat(lock.isLockedAt(T0)).isFalse();
    assertThat(lock.failures()).isEqualTo(failures);
  }

  @Test
  void theFifthConsecutiveFailureLocksForFifteenMinutes() {
    LoginLock four = failTimes(LoginLock.OPEN, 4, T0);
    LoginLock five = four.afterFailure(T0.plusSeconds(30));

    assertThat(four.locksWith(five, T0.plusSeconds(30))).isTrue();
    assertThat(five.isLockedAt(T0.plusSeconds(30))).isTrue();
    assertThat(five.isLockedAt(T0.plusSeconds(30).plusMinutes(15).minusSeconds(1))).isTrue();
    assertThat(five.isLockedAt(T0.plusSeconds(30).plusMinutes(15))).isFalse();
    assertThat(five.lockedUntil()).isEqualTo(T0.plusSeconds(30).plusMinutes(15));
  }

  @Test
  void failuresWhileLockedNeitherCountNorExtendTheLock() {
    LoginLock locked = failTimes(LoginLock.OPEN, 5, T0);
    LoginLock again = failTimes(locked, 10, T0.plusMinutes(14));

    assertThat(again).isEqualTo(locked);
    assertThat(locked.locksWith(again, T0.plusMinutes(14))).isFalse();
    assertThat(again.isLockedAt(T0.plusMinutes(15))).isFalse();
  }

  @Test
  void afterTheLockEndsFiveNewFailuresAreNeededToLockAgain() {
    LoginLock locked = failTimes(LoginLock.OPEN, 5, T0);
    LocalDateTime later = T0.plusMinutes(16);

    LoginLock four = failTimes(locked, 4, later);
    assertThat(four.isLockedAt(later)).isFalse();
    assertThat(four.failures()).isEqualTo(4);
    LoginLock five = four.afterFailure(later);
    assertThat(five.isLockedAt(later)).isTrue();
    assertThat(five.lockedUntil()).isEqualTo(later.plusMinutes(15));
  }

  @Test
  void anEarlierFailureIsNotLockingAndASuccessStartsTheCountAgain() {
    LoginLock four = failTimes(LoginLock.OPEN, 4, T0);
    assertThat(LoginLock.OPEN.locksWith(four, T0)).isFalse();

    // a success stores OPEN: four more failures still do not lock
    LoginLock afterSuccess = failTimes(LoginLock.OPEN, 4, T0.plusMinutes(1));
    assertThat(afterSuccess.isLockedAt(T0.plusMinutes(1))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 5, 6})
  void aCountOutsideTheRuleIsNotAState(int failures) {
    assertThatThrownBy(() -> new LoginLock(failures, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLockIsStoredOnTheAccount() {
    UserAccount account = UserAccount.staff("clerk", "某人", Role.ASSESSOR, "hash");
    assertThat(account.getLoginLock()).isEqualTo(LoginLock.OPEN);

    LoginLock locked = failTimes(LoginLock.OPEN, 5, T0);
    account.setLoginLock(locked);
    assertThat(account.getLoginLock()).isEqualTo(locked);
    assertThat(account.getLoginLock().isLockedAt(T0.plusMinutes(1))).isTrue();
  }

  @Test
  void changingThePasswordEndsTheForcedChange() {
    UserAccount account =
        UserAccount.staff("clerk", "某人", Role.ASSESSOR, "old").requirePasswordChange();
    assertThat(account.isMustChangePassword()).isTrue();

    account.changePassword("new");
    assertThat(account.getPasswordHash()).isEqualTo("new");
    assertThat(account.isMustChangePassword()).isFalse();
  }
}
