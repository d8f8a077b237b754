package cn.zwgk.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.assessment.domain.Refusal;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

/** What pages and API make of a failure: the refusal it amounts to, or none for a real error. */
class FailuresTest {

  @Test
  void aLostConnectionIsUnavailableNotAConflict() {
    Throwable outage =
        new EJBTransactionRolledbackException(
            "rolled back",
            new PersistenceException(new SQLRecoverableException("link failure", "08S01")));
    assertThat(Failures.refusal(outage))
        .hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.UNAVAILABLE))
        .hasValueSatisfying(r -> assertThat(r.key()).isEqualTo("error.databaseUnavailable"));
  }

  @Test
  void aLostConnectionUnderAnOptimisticLockFailureIsStillUnavailable() {
    OptimisticLockException lock = new OptimisticLockException("could not check the version");
    lock.initCause(new SQLException("Communications link failure", "08S01"));
    assertThat(Failures.refusal(new EJBException(lock)))
        .hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.UNAVAILABLE));
  }

  @Test
  void aLostRaceIsAConflict() {
    assertThat(
            Failures.refusal(
                new EJBTransactionRolledbackException(
                    "rolled back", new OptimisticLockException("version changed"))))
        .hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT))
        .hasValueSatisfying(r -> assertThat(r.key()).isEqualTo("error.concurrent"));
  }

  @Test
  void aLockWaitTimeoutIsAConflict() {
    Throwable h2 =
        new EJBTransactionRolledbackException(
            "rolled back",
            new PersistenceException(
                new SQLTimeoutException("Timeout trying to lock table", "HYT00", 50200)));
    Throwable mariadb =
        new EJBException(
            new PersistenceException(
                new SQLTransactionRollbackException("Lock wait timeout exceeded", "40001", 1205)));
    assertThat(Failures.refusal(h2))
        .hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT));
    assertThat(Failures.refusal(mariadb))
        .hasValueSatisfying(r -> assertThat(r.key()).isEqualTo("error.concurrent"));
  }

  @Test
  void aDeadlockVictimIsAConflict() {
    assertThat(
            Failures.refusal(
                new PersistenceException(
                    new SQLTransactionRollbackException("Deadlock found", "40001", 1213))))
        .hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT));
  }

  @Test
  void aMissingRoleIsForbidden() {
    assertThat(Failures.refusal(new EJBAccessException("no")))
        .hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
  }

  @Test
  void aRefusalUnderTheContainersWrapperIsItself() {
    Refusal refusal = Refusal.badInput("json.malformed");
    assertThat(Failures.refusal(new EJBException(refusal))).containsSame(refusal);
  }

  @Test
  void anythingElseIsARealError() {
    assertThat(Failures.refusal(new IllegalStateException("bug"))).isEmpty();
    assertThat(Failures.refusal(new PersistenceException(new SQLException("syntax", "42000"))))
        .isEmpty();
  }
}
