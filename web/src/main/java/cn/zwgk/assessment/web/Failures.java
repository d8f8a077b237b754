package cn.zwgk.assessment.web;

import cn.zwgk.assessment.domain.DatabaseOutage;
import cn.zwgk.assessment.domain.Refusal;
import jakarta.ejb.EJBAccessException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.util.Optional;

/**
 * What a failure from the services means to the user: the refusal it carries or amounts to (a role
 * the caller lacks, an update that lost a race or timed out waiting for another's lock, the
 * database out of reach), under the container's wrappers. Empty for a real error. One place for
 * pages and API.
 */
public final class Failures {

  private Failures() {}

  public static Optional<Refusal> refusal(Throwable failure) {
    // First, as a lost connection may surface inside what looks like a lost race.
    if (DatabaseOutage.causedBy(failure)) {
      return Optional.of(DatabaseOutage.refusal());
    }
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
      if (t instanceof Refusal refusal) {
        return Optional.of(refusal);
      }
      if (t instanceof EJBAccessException) {
        return Optional.of(Refusal.forbidden("error.forbidden"));
      }
      // jakarta.persistence's and EclipseLink's own: a concurrent update won.
      if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
        return Optional.of(Refusal.conflict("error.concurrent"));
      }
      // Waited too long for another transaction's lock (H2, MariaDB's 1205) or chosen as a
      // deadlock's victim: also a race lost to someone changing the same data.
      if (t instanceof SQLTransactionRollbackException || t instanceof SQLTimeoutException) {
        return Optional.of(Refusal.conflict("error.concurrent"));
      }
    }
    return Optional.empty();
  }
}
