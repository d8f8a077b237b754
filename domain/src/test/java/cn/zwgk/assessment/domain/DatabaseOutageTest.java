package cn.zwgk.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.exceptions.CJCommunicationsException;
import com.mysql.cj.jdbc.exceptions.CommunicationsException;
import com.mysql.cj.jdbc.exceptions.MySQLTransactionRollbackException;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import jakarta.resource.ResourceException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatabaseOutageTest {

  /** How a MariaDB shutdown reaches the services, as the pieces of the stack wrap it. */
  static Stream<Arguments> outages() {
    CommunicationsException linkFailure =
        new CommunicationsException(
            "Communications link failure", new ConnectException("Connection refused"));
    SQLException noManagedConnection =
        new SQLException(
            "IJ031019: You cannot get a connection",
            new ResourceException(
                "IJ000453: Unable to get managed connection for java:/Assessment"));
    return Stream.of(
        Arguments.of("Connector/J link failure", linkFailure),
        Arguments.of("EclipseLink around it", DatabaseException.sqlException(linkFailure)),
        Arguments.of(
            "JPA, EJB and EclipseLink around it",
            new EJBTransactionRolledbackException(
                "rolled back",
                new PersistenceException(DatabaseException.sqlException(linkFailure)))),
        Arguments.of("the pool has no connection", noManagedConnection),
        Arguments.of(
            "the pool's failure inside EclipseLink",
            new EJBException(
                new PersistenceException(DatabaseException.sqlException(noManagedConnection)))),
        Arguments.of(
            "transient connection failure",
            new SQLTransientConnectionException("connection reset", "08S01")),
        Arguments.of(
            "connection closed under the statement",
            new SQLNonTransientConnectionException(
                "No operations allowed after connection closed.", "08003")),
        Arguments.of("a plain SQLException with state 08", new SQLException("gone", "08006")),
        Arguments.of(
            "commit failing as the server goes",
            new RollbackException(
                "commit failed", DatabaseException.sqlException(new SQLException("x", "08S01")))),
        Arguments.of(
            "Connector/J's unchecked form",
            new PersistenceException(new CJCommunicationsException("Communications link failure"))),
        Arguments.of(
            "a read that timed out on the socket",
            new PersistenceException(new SocketTimeoutException("Read timed out"))),
        Arguments.of("refused at the socket", new ConnectException("Connection refused")),
        Arguments.of("on the next exception of a batch", batchWithNext()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outages")
  void aConnectionFailureIsAnOutage(String what, Throwable failure) {
    assertThat(DatabaseOutage.causedBy(failure)).as(what).isTrue();
  }

  /** What the user must reload for, or what is a real error: never reported as an outage. */
  static Stream<Arguments> notOutages() {
    return Stream.of(
        Arguments.of("a lost race", new OptimisticLockException("version changed")),
        Arguments.of(
            "a lost race inside EJB",
            new EJBTransactionRolledbackException(
                "rolled back", new OptimisticLockException("version changed"))),
        Arguments.of(
            "a lock wait timeout",
            new PersistenceException(
                DatabaseException.sqlException(
                    new MySQLTransactionRollbackException(
                        "Lock wait timeout exceeded", "40001", 1205)))),
        Arguments.of(
            "a duplicate key",
            new PersistenceException(
                DatabaseException.sqlException(
                    new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")))),
        Arguments.of("a query timeout", new SQLTimeoutException("timeout", "HYT00")),
        Arguments.of("an SQL error without state", new SQLException("syntax")),
        Arguments.of("a refusal", Refusal.conflict("error.concurrent")),
        Arguments.of("a null pointer", new NullPointerException()),
        Arguments.of("nothing", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notOutages")
  void anythingElseIsNot(String what, Throwable failure) {
    assertThat(DatabaseOutage.causedBy(failure)).as(what).isFalse();
  }

  @Test
  void aCommitLostOnTheWireIsAnOutage() {
    RollbackException rollback =
        new RollbackException("ARJUNA016053: Could not commit transaction.");
    ResourceException local = new ResourceException("IJ001156: Could not commit local transaction");
    local.initCause(
        new ResourceException(
            "SQLException", new CommunicationsException("Communications link failure", null)));
    rollback.addSuppressed(local);
    assertThat(
            DatabaseOutage.causedBy(new EJBTransactionRolledbackException("rolled back", rollback)))
        .isTrue();
  }

  @Test
  void aCycleOfCausesEnds() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertThat(DatabaseOutage.causedBy(a)).isFalse();
  }

  @Test
  void theRefusalIsUnavailable() {
    Refusal refusal = DatabaseOutage.refusal();
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.UNAVAILABLE);
    assertThat(refusal.key()).isEqualTo("error.databaseUnavailable");
  }

  private static SQLException batchWithNext() {
    SQLException batch = new SQLException("batch failed", "HY000");
    batch.setNextException(new SQLException("link failure", "08S01"));
    return batch;
  }
}
