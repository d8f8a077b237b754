package cn.zwgk.assessment.it;

import static cn.zwgk.assessment.it.Deployments.DEMO_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zwgk.assessment.domain.audit.AuditChainHead;
import cn.zwgk.assessment.domain.audit.AuditEvent;
import cn.zwgk.assessment.domain.audit.AuditKey;
import cn.zwgk.assessment.domain.audit.AuditRecord;
import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.RollbackException;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, with SQL behind the application's back: an audit event changed, deleted or
 * inserted in the database is found by {@code GET /api/audit/verify}, which names the first broken
 * event. Each tampering is undone at once, so that the chain is intact again for the other tests
 * (they share the database). (JUnit's assertions here: AssertJ is not deployed.)
 */
@ExtendWith(ArquillianExtension.class)
class AuditIntegrityIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests(AuditIntegrityIT.class, Http.class, Http.Reply.class);
  }

  @ArquillianResource private URL base;

  @Resource(lookup = "java:jboss/datasources/AssessmentDS")
  private DataSource dataSource;

  @Resource private UserTransaction transaction;

  /** Outside a transaction: what it finds is detached, a copy to forge with. */
  @PersistenceContext(unitName = "assessment")
  private EntityManager em;

  @Test
  void aChangedEventIsFound() throws SQLException {
    assertIntact();
    long seq = lastSeq() - 1;
    Map<String, Object> event = event(seq);
    try {
      update("UPDATE audit_event SET new_value = ? WHERE seq = ?", "100.00", seq);
      assertBrokenAt(seq);
    } finally {
      update("UPDATE audit_event SET new_value = ? WHERE seq = ?", event.get("NEW_VALUE"), seq);
    }
    assertIntact();
    try {
      update("UPDATE audit_event SET actor = ? WHERE seq = ?", "someone-else", seq);
      assertBrokenAt(seq);
    } finally {
      update("UPDATE audit_event SET actor = ? WHERE seq = ?", event.get("ACTOR"), seq);
    }
    assertIntact();
  }

  /**
   * In the middle the event after the gap no longer fits; at the end the head points at nothing.
   */
  @Test
  void aDeletedEventIsFoundInTheMiddleAndAtTheEnd() throws SQLException {
    assertIntact();
    long middle = lastSeq() - 2;
    Map<String, Object> event = event(middle);
    try {
      update("DELETE FROM audit_event WHERE seq = ?", middle);
      assertBrokenAt(middle + 1);
    } finally {
      insert(event);
    }
    assertIntact();

    long last = lastSeq();
    Map<String, Object> tail = event(last);
    try {
      update("DELETE FROM audit_event WHERE seq = ?", last);
      assertBrokenAt(last);
    } finally {
      insert(tail);
    }
    assertIntact();
  }

  @Test
  void anInsertedEventIsFound() throws SQLException {
    assertIntact();
    long last = lastSeq();
    Map<String, Object> forged = event(last);
    forged.put("SEQ", last + 1);
    forged.put("ACTION", "SCORE");
    forged.put("NEW_VALUE", "100.00");
    forged.put("PREV_HASH", forged.get("HASH"));
    forged.put("HASH", "f".repeat(64));
    insert(forged);
    try {
      assertBrokenAt(last + 1);
    } finally {
      update("DELETE FROM audit_event WHERE seq = ?", last + 1);
    }
    assertIntact();
  }

  /**
   * The forger knows the application's code and the development key (both public), appends an event
   * with a hash computed by them and moves the chain's head to it: only the server's own key makes
   * it stand out.
   */
  @Test
  void anInsertChainedWithoutTheServersKeyIsFound() throws SQLException {
    assertIntact();
    AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
    long lastSeq = head.getLastSeq();
    String lastHash = head.getLastHash();
    AuditEvent forged =
        head.append(
            new AuditRecord("assessor1", "SCORE", "forged", "gongan", "60.00", "100.00", "x"),
            LocalDateTime.now(),
            AuditKey.DEVELOPMENT);
    update(
        "INSERT INTO audit_event (seq, occurred_at, actor, action, target, unit_code, old_value,"
            + " new_value, reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        forged.getSeq(),
        forged.getOccurredAt(),
        forged.getActor(),
        forged.getAction(),
        forged.getTarget(),
        forged.getUnitCode(),
        forged.getOldValue(),
        forged.getNewValue(),
        forged.getReason(),
        forged.getPrevHash(),
        forged.getHash());
    update(
        "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE last_seq = ?",
        forged.getSeq(),
        forged.getHash(),
        lastSeq);
    try {
      assertBrokenAt(forged.getSeq());
    } finally {
      update(
          "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE last_seq = ?",
          lastSeq,
          lastHash,
          forged.getSeq());
      update("DELETE FROM audit_event WHERE seq = ?", forged.getSeq());
    }
    assertIntact();
  }

  @Test
  void theAuditorExportsAPeriod() {
    Http auditor = Http.as(base, "auditor", DEMO_PASSWORD);
    String today = java.time.LocalDate.now().toString();
    Http.Reply csv = auditor.get("api/audit/export?from=" + today + "&to=" + today + "&format=csv");
    assertEquals(200, csv.status(), csv.body());
    assertTrue(csv.header("Content-Type").startsWith("text/csv"));
    assertTrue(csv.header("Content-Disposition").contains("audit-" + today));
    assertTrue(csv.body().startsWith("\uFEFF\"序号\",\"时间\""), csv.body().substring(0, 40));
    assertTrue(csv.body().contains("\"LOGIN\""));
    Http.Reply xlsx =
        auditor.get("api/audit/export?from=" + today + "&to=" + today + "&format=xlsx");
    assertEquals(200, xlsx.status());
    assertTrue(xlsx.body().startsWith("PK"), "a zip: an xlsx workbook");

    assertEquals(400, auditor.get("api/audit/export?from=" + today).status());
    assertEquals(
        400,
        auditor.get("api/audit/export?from=" + today + "&to=" + today + "&format=pdf").status());
    assertEquals(
        403,
        Http.as(base, "admin", DEMO_PASSWORD)
            .get("api/audit/export?from=" + today + "&to=" + today)
            .status());
    JsonObject exported = auditor.get("api/audit?actor=auditor&limit=5").array().getJsonObject(0);
    assertEquals("AUDIT_EXPORTED", exported.getString("action"));
  }

  /**
   * A head that moved on between its reading and its update (another append committed meanwhile, or
   * an update the database lost, as H2 once did under 1,000 concurrent score writes) fails the
   * append's transaction: no event is committed beyond the head, and the chain stays intact.
   */
  @Test
  void anAppendOnAHeadThatMovedOnMeanwhileCommitsNothing() throws Exception {
    assertIntact();
    long last = lastSeq();
    transaction.begin();
    AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
    Thread otherWriter =
        new Thread(
            () -> {
              try {
                update(
                    "UPDATE audit_chain_head SET version = version + 1 WHERE id = ?",
                    AuditChainHead.ID);
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            });
    otherWriter.start();
    otherWriter.join();
    em.persist(
        head.append(
            new AuditRecord("assessor1", "SCORE", "stale head", "gongan", "1.00", "2.00", "x"),
            LocalDateTime.now(),
            AuditKey.DEVELOPMENT));
    assertThrows(RollbackException.class, transaction::commit);
    assertEquals(last, lastSeq());
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.createStatement().executeQuery("SELECT MAX(seq) FROM audit_event")) {
      assertTrue(rs.next());
      assertEquals(last, rs.getLong(1), "no event beyond the head");
    }
    assertIntact();
  }

  private void assertIntact() {
    JsonObject verify = verify();
    assertTrue(verify.getBoolean("valid"), verify.toString());
    assertTrue(verify.isNull("firstBroken"));
  }

  private void assertBrokenAt(long seq) {
    JsonObject verify = verify();
    assertFalse(verify.getBoolean("valid"), verify.toString());
    assertEquals(seq, verify.getJsonNumber("firstBroken").longValue(), verify.toString());
  }

  private JsonObject verify() {
    Http.Reply reply = Http.as(base, "auditor", DEMO_PASSWORD).get("api/audit/verify");
    assertEquals(200, reply.status(), reply.body());
    return reply.object();
  }

  private long lastSeq() throws SQLException {
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.createStatement().executeQuery("SELECT last_seq FROM audit_chain_head")) {
      assertTrue(rs.next());
      long last = rs.getLong(1);
      assertTrue(last >= 3, "a few events to tamper with");
      return last;
    }
  }

  /** The stored row, column names in upper case. */
  private Map<String, Object> event(long seq) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement("SELECT * FROM audit_event WHERE seq = ?")) {
      select.setLong(1, seq);
      try (ResultSet rs = select.executeQuery()) {
        assertTrue(rs.next(), "event " + seq);
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.put(meta.getColumnLabel(i).toUpperCase(java.util.Locale.ROOT), rs.getObject(i));
        }
        return row;
      }
    }
  }

  private void insert(Map<String, Object> row) throws SQLException {
    String columns = String.join(", ", row.keySet());
    String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
    update(
        "INSERT INTO audit_event (" + columns + ") VALUES (" + marks + ")", row.values().toArray());
  }

  private void update(String sql, Object... values) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      assertEquals(1, statement.executeUpdate(), sql);
    }
  }
}
