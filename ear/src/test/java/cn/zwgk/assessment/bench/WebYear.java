package cn.zwgk.assessment.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The people of the web benchmark on a generated year: a year at its scoring deadline, where the
 * assessors' units (of the 65-item DEPARTMENT table) have handed in their self-assessment and wait
 * for scores, and every other unit is still filling in; an assessor account for every few units and
 * a clerk account for each other unit, all with the demo password (its hash copied from a demo
 * account), written with JDBC like the rest of the generated data.
 */
final class WebYear {

  /** Accounts and assignments take ids from here on, apart from the generator's rows. */
  private static final long ID_BASE = YearGenerator.ID_BASE + 999_000_000_000L;

  private final Connection db;
  private long nextId = ID_BASE;

  WebYear(Connection db) {
    this.db = db;
  }

  /** Who works in the year: each assessor's units by username, and the clerks' usernames. */
  record People(Map<String, List<String>> assessors, List<String> clerks) {}

  /**
   * Turns the filled and approved {@code year} back to its scoring deadline and creates the
   * accounts.
   */
  People atDeadline(int year, int assessors, int unitsEach, int clerks) throws SQLException {
    List<String[]> units = new ArrayList<>();
    try (PreparedStatement q =
            db.prepareStatement(
                "SELECT id, code, unit_group FROM assessed_unit WHERE code LIKE 'g______' ORDER BY code");
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        units.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
      }
    }
    List<String[]> departments =
        units.stream()
            .filter(u -> u[2].equals("DEPARTMENT"))
            .limit((long) assessors * unitsEach)
            .toList();
    List<String[]> others =
        units.stream().filter(u -> !departments.contains(u)).limit(clerks).toList();
    if (departments.size() < assessors * unitsEach || others.size() < clerks) {
      throw new IllegalStateException("not enough generated units for the accounts");
    }

    long cycleId = single("SELECT id FROM assessment_cycle WHERE cycle_year = " + year);
    String ofCycle =
        " WHERE assessment_id IN (SELECT id FROM unit_assessment WHERE cycle_id = " + cycleId + ")";
    update("DELETE FROM special_occurrence" + ofCycle);
    update("DELETE FROM zero_out" + ofCycle);
    update("UPDATE item_entry SET score = NULL, reason = NULL, scored_by = NULL" + ofCycle);
    update(
        "UPDATE unit_assessment SET state = 'SELF_ASSESSING', scored_by = NULL, approved_by = NULL,"
            + " version = version + 1 WHERE cycle_id = "
            + cycleId);
    try (PreparedStatement submit =
        db.prepareStatement(
            "UPDATE unit_assessment SET state = 'SUBMITTED', submitted_at = ? WHERE cycle_id = ? AND unit_id = ?")) {
      for (String[] unit : departments) {
        submit.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now()));
        submit.setLong(2, cycleId);
        submit.setLong(3, Long.parseLong(unit[0]));
        submit.addBatch();
      }
      submit.executeBatch();
    }

    String hash;
    try (PreparedStatement q =
            db.prepareStatement(
                "SELECT password_hash FROM user_account WHERE username = 'assessor1'");
        ResultSet rs = q.executeQuery()) {
      if (!rs.next()) {
        throw new IllegalStateException("no demo account assessor1: is the server in demo mode?");
      }
      hash = rs.getString(1);
    }

    Map<String, List<String>> assessorUnits = new TreeMap<>();
    List<String> clerkNames = new ArrayList<>();
    try (PreparedStatement account =
            db.prepareStatement(
                "INSERT INTO user_account (id, username, display_name, role, unit_id, password_hash,"
                    + " must_change_password, enabled, version) VALUES (?, ?, ?, ?, ?, ?, FALSE, TRUE, 1)");
        PreparedStatement assign =
            db.prepareStatement(
                "INSERT INTO assessor_assignment (id, assessor_id, unit_id) VALUES (?, ?, ?)")) {
      for (int a = 0; a < assessors; a++) {
        String username = String.format("webassessor%03d", a + 1);
        long id = nextId++;
        add(account, id, username, "压测考核员" + (a + 1), "ASSESSOR", null, hash);
        List<String> own = new ArrayList<>();
        for (String[] unit : departments.subList(a * unitsEach, (a + 1) * unitsEach)) {
          assign.setLong(1, nextId++);
          assign.setLong(2, id);
          assign.setLong(3, Long.parseLong(unit[0]));
          assign.addBatch();
          own.add(unit[1]);
        }
        assessorUnits.put(username, own);
      }
      account.executeBatch();
      assign.executeBatch();
      for (String[] unit : others) {
        add(
            account,
            nextId++,
            unit[1],
            unit[1] + "填报员",
            "UNIT_USER",
            Long.parseLong(unit[0]),
            hash);
        clerkNames.add(unit[1]);
      }
      account.executeBatch();
    }
    db.commit();
    return new People(assessorUnits, clerkNames);
  }

  private static void add(
      PreparedStatement account,
      long id,
      String username,
      String name,
      String role,
      Long unit,
      String hash)
      throws SQLException {
    account.setLong(1, id);
    account.setString(2, username);
    account.setString(3, name);
    account.setString(4, role);
    if (unit == null) {
      account.setNull(5, Types.BIGINT);
    } else {
      account.setLong(5, unit);
    }
    account.setString(6, hash);
    account.addBatch();
  }

  private void update(String sql) throws SQLException {
    try (var statement = db.createStatement()) {
      statement.executeUpdate(sql);
    }
  }

  private long single(String sql) throws SQLException {
    try (var statement = db.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
