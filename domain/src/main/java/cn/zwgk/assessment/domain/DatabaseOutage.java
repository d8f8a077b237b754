package cn.zwgk.assessment.domain;

import jakarta.resource.ResourceException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure caused by the database being out of reach (down, restarting, connection lost or
 * none to be had from the pool) from one caused by the data (a lost race, a constraint): the first
 * is worth retrying as it is, the second needs the user to reload and decide again. The drivers and
 * the persistence provider wrap it differently, so the whole chain of causes is looked at.
 */
public final class DatabaseOutage {

  /** SQLSTATE class 08: connection exception (SQL:2016 and every JDBC driver). */
  private static final String CONNECTION_STATE_CLASS = "08";

  private DatabaseOutage() {}

  public static boolean causedBy(Throwable failure) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 30; depth++) {
      if (isConnectionFailure(t)) {
        return true;
      }
      if (t instanceof SQLException sql
          && sql.getNextException() != null
          && isConnectionFailure(sql.getNextException())) {
        return true;
      }
      // A commit that failed on the wire: the transaction manager reports the resource's failure
      // as a suppressed exception of its RollbackException, not as its cause.
      for (Throwable suppressed : t.getSuppressed()) {
        if (causedBy(suppressed)) {
          return true;
        }
      }
      Throwable next = t.getCause();
      if (next == t) {
        break;
      }
      t = next;
    }
    return false;
  }

  /** The refusal that stands for an outage: 503 in the API, a message asking to retry on pages. */
  public static Refusal refusal() {
    return Refusal.unavailable("error.databaseUnavailable");
  }

  private static boolean isConnectionFailure(Throwable t) {
    if (t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException
        || t instanceof SQLRecoverableException
        || t instanceof SocketException
        || t instanceof SocketTimeoutException) {
      return true;
    }
    if (t instanceof SQLException sql
        && sql.getSQLState() != null
        && sql.getSQLState().startsWith(CONNECTION_STATE_CLASS)) {
      return true;
    }
    // The pool found no connection to give (IronJacamar: "unable to get managed connection").
    if (t instanceof ResourceException) {
      return true;
    }
    // Connector/J's unchecked form, which the domain cannot name by type.
    return t.getClass().getSimpleName().equals("CJCommunicationsException");
  }
}
