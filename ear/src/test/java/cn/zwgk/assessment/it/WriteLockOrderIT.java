package cn.zwgk.assessment.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import cn.zwgk.assessment.domain.audit.AuditChainHead;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The order in which a write takes its locks: its own rows first, the audit chain's head last
 * ({@code AuditTrail}). Every write appends to that one head, so a write that took it first would
 * hold it through its own work, and a write that takes it in the other order than another could
 * deadlock with it. Inside the server, this test holds the head itself and watches a score save.
 */
@ExtendWith(ArquillianExtension.class)
class WriteLockOrderIT {

  private static final int YEAR = 2054;
  private static final String UNIT = "minzheng";
  private static final long WAIT_MILLIS = 8_000;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests(
        WriteLockOrderIT.class, YearApi.class, TestAccounts.class, Http.class);
  }

  @ArquillianResource private URL base;

  @Resource(lookup = "java:jboss/datasources/AssessmentDS")
  private DataSource dataSource;

  @Resource private UserTransaction transaction;

  @PersistenceContext(unitName = "assessment")
  private EntityManager em;

  @Test
  void aScoreSaveHasWrittenItsAssessmentWhenItWaitsForTheAuditHead() throws Exception {
    YearApi year = new YearApi(base, YEAR);
    year.createAndOpen();
    year.selfAssessAndSubmit(UNIT);
    YearApi.Item item = year.baseItems(UNIT).get(0);
    // Also logs the assessor in: a login is an audit event, and it must not wait for the head.
    assertThat(year.score(item.id(), UNIT, "0", "初评").status()).isEqualTo(200);
    long assessment =
        em.createNamedQuery("UnitAssessment.one", UnitAssessment.class)
            .setParameter("year", YEAR)
            .setParameter("unit", UNIT)
            .getSingleResult()
            .getId();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      assertThat(locked(threads, assessment)).as("the assessment's row, before the save").isFalse();

      transaction.begin();
      boolean rowLockedWhileWaiting;
      Future<Http.Reply> save;
      try {
        em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        save = threads.submit(() -> year.score(item.id(), UNIT, "1", "锁的顺序"));
        rowLockedWhileWaiting = lockedWithin(threads, assessment, WAIT_MILLIS);
        assertThat(save.isDone()).as("the save waits for the head").isFalse();
      } finally {
        transaction.rollback();
      }

      Http.Reply saved = save.get(60, TimeUnit.SECONDS);
      assertThat(saved.status()).as(saved.body()).isEqualTo(200);
      assertThat(rowLockedWhileWaiting)
          .as(
              "the save had written (and so locked) the assessment's row when it waited for the head")
          .isTrue();
      assertThat(locked(threads, assessment)).as("the assessment's row, after the save").isFalse();
    } finally {
      threads.shutdownNow();
    }
  }

  /** Whether the row becomes locked by another transaction within the time given. */
  private boolean lockedWithin(ExecutorService threads, long assessment, long millis)
      throws Exception {
    long end = System.currentTimeMillis() + millis;
    while (System.currentTimeMillis() < end) {
      if (locked(threads, assessment)) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  /** H2's lock timeout (50200) or MariaDB's (1205), under the names the drivers give them. */
  private static boolean refusedForALock(SQLException e) {
    return e instanceof SQLTimeoutException
        || e instanceof SQLTransactionRollbackException
        || e.getErrorCode() == 50200
        || e.getErrorCode() == 1205;
  }

  /**
   * Whether another transaction holds the assessment's row: asked without waiting, on a connection
   * of its own (another thread: this one may be inside the test's transaction).
   */
  private boolean locked(ExecutorService threads, long assessment) throws Exception {
    return CompletableFuture.supplyAsync(
            () -> {
              try (Connection c = dataSource.getConnection();
                  PreparedStatement select =
                      c.prepareStatement(
                          "SELECT id FROM unit_assessment WHERE id = ? FOR UPDATE NOWAIT")) {
                select.setLong(1, assessment);
                try (ResultSet rs = select.executeQuery()) {
                  assertThat(rs.next()).as("the assessment's row").isTrue();
                  return false;
                }
              } catch (SQLException e) {
                if (refusedForALock(e)) {
                  return true;
                }
                throw new IllegalStateException(e);
              }
            },
            threads)
        .get(30, TimeUnit.SECONDS);
  }
}
