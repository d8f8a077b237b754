package cn.zwgk.assessment.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Province-scale data for the benchmarks: N units beside the seed's, a cycle of its own (created
 * and opened through the API, as an office would), every BASE item self-scored and scored with a
 * realistic spread, special items and a few zero-outs, every assessment approved. Rows go in with
 * JDBC batches; ids are drawn far above the application's own sequence.
 */
final class YearGenerator {

  /** Generated rows take ids from here on: the application's sequence never gets near. */
  static final long ID_BASE = 9_000_000_000_000L;

  private static final int BATCH = 1_000;
  private static final String[] REASONS = {
    "佐证材料不完整。", "信息公开不及时。", "未见会议记录。", "栏目更新滞后。", "解读与文件未关联。"
  };

  private final Connection db;
  private final Api api;
  private final Random random;
  private long nextId;

  YearGenerator(Connection db, Api api, long seed) {
    this.db = db;
    this.api = api;
    this.random = new Random(seed);
  }

  /** Units g000001 … up to {@code units} generated ones (those there already are kept). */
  int ensureUnits(int units) throws SQLException {
    int existing = count("SELECT COUNT(*) FROM assessed_unit WHERE code LIKE 'g______'");
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO assessed_unit (id, code, name, unit_group, sort_order, version)"
                + " VALUES (?, ?, ?, ?, ?, 1)")) {
      for (int n = existing + 1; n <= units; n++) {
        insert.setLong(1, ID_BASE + n);
        insert.setString(2, String.format("g%06d", n));
        insert.setString(3, String.format("模拟单位%06d", n));
        insert.setString(4, n % 5 == 0 ? "TOWN" : "DEPARTMENT");
        insert.setInt(5, 1000 + n);
        insert.addBatch();
        if (n % BATCH == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
    db.commit();
    return count("SELECT COUNT(*) FROM assessed_unit");
  }

  /**
   * The year, created and opened through the API, filled and approved here. Returns the number of
   * item scores written.
   */
  long fillYear(int year) throws Exception {
    api.post("/api/cycles", "{\"year\":" + year + "}", 201);
    api.post("/api/cycles/" + year + "/open", "", 200);
    long cycleId = single("SELECT id FROM assessment_cycle WHERE cycle_year = " + year);
    nextId = ID_BASE + 1_000_000_000L * (year % 1000);

    Map<String, List<Item>> itemsByGroup = new HashMap<>();
    try (PreparedStatement q =
        db.prepareStatement(
            "SELECT t.unit_group, i.id, i.points, i.kind FROM cycle_item i"
                + " JOIN cycle_template t ON t.id = i.cycle_template_id"
                + " WHERE t.cycle_id = ? ORDER BY i.sort_order")) {
      q.setLong(1, cycleId);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          itemsByGroup
              .computeIfAbsent(rs.getString(1), g -> new ArrayList<>())
              .add(new Item(rs.getLong(2), rs.getBigDecimal(3), rs.getString(4)));
        }
      }
    }

    long scores = 0;
    List<long[]> assessments = new ArrayList<>();
    try (PreparedStatement q =
        db.prepareStatement(
            "SELECT a.id, u.id, u.unit_group FROM unit_assessment a"
                + " JOIN assessed_unit u ON u.id = a.unit_id WHERE a.cycle_id = ? ORDER BY a.id")) {
      q.setLong(1, cycleId);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          assessments.add(
              new long[] {rs.getLong(1), rs.getLong(2), "TOWN".equals(rs.getString(3)) ? 1 : 0});
        }
      }
    }

    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO item_entry (id, assessment_id, item_id, self_score, remark, score, reason, scored_by)"
                + " VALUES (?, ?, ?, ?, NULL, ?, ?, 'assessor1')")) {
      int pending = 0;
      int units = 0;
      for (long[] a : assessments) {
        // Units differ: most do well, some are careless.
        double care = Math.min(0.99, Math.max(0.55, 0.9 + random.nextGaussian() * 0.08));
        for (Item item : itemsByGroup.get(a[2] == 1 ? "TOWN" : "DEPARTMENT")) {
          if (!item.kind().equals("BASE")) {
            continue;
          }
          BigDecimal score = item.points();
          String reason = null;
          if (random.nextDouble() > care) {
            BigDecimal lost =
                new BigDecimal("0.5").multiply(BigDecimal.valueOf(1 + random.nextInt(3)));
            score = score.subtract(lost).max(BigDecimal.ZERO);
            reason = REASONS[random.nextInt(REASONS.length)];
          }
          insert.setLong(1, nextId++);
          insert.setLong(2, a[0]);
          insert.setLong(3, item.id());
          insert.setBigDecimal(4, item.points());
          insert.setBigDecimal(5, score);
          insert.setString(6, reason);
          insert.addBatch();
          scores++;
          if (++pending == BATCH) {
            insert.executeBatch();
            pending = 0;
          }
        }
        if (++units % 500 == 0) {
          insert.executeBatch();
          pending = 0;
          db.commit();
        }
      }
      insert.executeBatch();
    }
    db.commit();

    specialItems(cycleId, year, assessments, itemsByGroup);
    try (PreparedStatement approve =
        db.prepareStatement(
            "UPDATE unit_assessment SET state = 'APPROVED', scored_by = 'assessor1',"
                + " approved_by = 'approver1', version = version + 1 WHERE cycle_id = ?")) {
      approve.setLong(1, cycleId);
      approve.executeUpdate();
    }
    db.commit();
    return scores;
  }

  /**
   * About 4% of units with approved bonus occurrences, 3% with penalties, one in 500 zeroed out.
   */
  private void specialItems(
      long cycleId, int year, List<long[]> assessments, Map<String, List<Item>> itemsByGroup)
      throws SQLException {
    Timestamp now = Timestamp.valueOf(LocalDateTime.now());
    Date day = Date.valueOf(LocalDate.of(year, 6, 30));
    try (PreparedStatement special =
            db.prepareStatement(
                "INSERT INTO special_occurrence (id, assessment_id, item_id, occurred_on, description,"
                    + " decision, recorded_by, recorded_at, decided_by, decided_at, version)"
                    + " VALUES (?, ?, ?, ?, ?, 'APPROVED', 'assessor1', ?, 'approver1', ?, 1)");
        PreparedStatement zero =
            db.prepareStatement(
                "INSERT INTO zero_out (id, assessment_id, reason, decision, recorded_by, recorded_at,"
                    + " decided_by, decided_at, version)"
                    + " VALUES (?, ?, '材料造假', 'APPROVED', 'admin', ?, 'approver1', ?, 1)")) {
      for (long[] a : assessments) {
        List<Item> items = itemsByGroup.get(a[2] == 1 ? "TOWN" : "DEPARTMENT");
        double roll = random.nextDouble();
        String kind = roll < 0.04 ? "BONUS" : roll < 0.07 ? "PENALTY" : null;
        if (kind != null) {
          List<Item> ofKind = items.stream().filter(i -> i.kind().equals(kind)).toList();
          for (int n = 1 + random.nextInt(3); n > 0; n--) {
            special.setLong(1, nextId++);
            special.setLong(2, a[0]);
            special.setLong(3, ofKind.get(random.nextInt(ofKind.size())).id());
            special.setDate(4, day);
            special.setString(5, kind.equals("BONUS") ? "通报表扬" : "通报批评");
            special.setTimestamp(6, now);
            special.setTimestamp(7, now);
            special.addBatch();
          }
        }
        if (random.nextInt(500) == 0) {
          zero.setLong(1, nextId++);
          zero.setLong(2, a[0]);
          zero.setTimestamp(3, now);
          zero.setTimestamp(4, now);
          zero.addBatch();
        }
      }
      special.executeBatch();
      zero.executeBatch();
    }
    db.commit();
  }

  private int count(String sql) throws SQLException {
    return (int) single(sql);
  }

  private long single(String sql) throws SQLException {
    try (var statement = db.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private record Item(long id, BigDecimal points, String kind) {}
}
