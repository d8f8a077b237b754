package cn.zwgk.assessment.bench;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The close benchmark: a generated province-scale year is closed by the real close job, and the
 * same base totals are computed by the database itself with one {@code INSERT … SELECT … GROUP BY},
 * in the same run on the same database. Prints the two times, their ratio and the close's scores
 * per second, after checking that both computed the same totals.
 *
 * <p>Arguments: {@code --api URL --jdbc URL --user U --password P --units N --year Y}.
 */
public final class CloseBenchmark {

  private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

  /** The database's own sum of every unit's base scores in a cycle. */
  private static final String BASE_TOTALS =
      "SELECT e.assessment_id, SUM(e.score) FROM item_entry e"
          + " JOIN unit_assessment a ON a.id = e.assessment_id"
          + " WHERE a.cycle_id = ? GROUP BY e.assessment_id";

  private CloseBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int units = Integer.parseInt(options.getOrDefault("units", "15000"));
    int year = Integer.parseInt(options.getOrDefault("year", "2016"));
    Api api =
        new Api(options.get("api"), "admin", options.getOrDefault("admin-password", "Demo@2026"));
    api.awaitHealth(Duration.ofMinutes(3));

    try (Connection db =
        DriverManager.getConnection(
            options.get("jdbc"),
            options.getOrDefault("user", "root"),
            options.getOrDefault("password", ""))) {
      db.setAutoCommit(false);
      // The generator reads what the API has just written: a repeatable-read snapshot would not.
      db.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      YearGenerator generator = new YearGenerator(db, api, year);
      long started = System.nanoTime();
      int allUnits = generator.ensureUnits(units);
      long scores = generator.fillYear(year);
      System.out.printf(
          "generated: %d units, %d scores in %.1f s%n", allUnits, scores, seconds(started));

      long cycleId = single(db, "SELECT id FROM assessment_cycle WHERE cycle_year = " + year);
      warmUp(db, cycleId);
      long closeStarted = System.nanoTime();
      long execution =
          api.post("/api/cycles/" + year + "/close", "", 202)
              .getJsonNumber("executionId")
              .longValue();
      JsonObject job;
      String step = "";
      do {
        Thread.sleep(50);
        job = api.get("/api/jobs/" + execution);
        String now = job.getString("step", "");
        if (!now.equals(step)) {
          System.out.printf("  %6.2f s  step %s%n", seconds(closeStarted), now);
          step = now;
        }
      } while (!ENDED.contains(job.getString("status")));
      double closeSeconds = seconds(closeStarted);
      if (!job.getString("status").equals("COMPLETED")) {
        throw new IllegalStateException("the close ended " + job);
      }

      double sqlSeconds = databaseTotals(db, cycleId);
      compare(db, cycleId);

      System.out.printf("units: %d%n", allUnits);
      System.out.printf("scores: %d%n", scores);
      System.out.printf("close-seconds: %.2f%n", closeSeconds);
      System.out.printf("sql-seconds: %.2f%n", sqlSeconds);
      System.out.printf("close-ratio: %.2f%n", closeSeconds / sqlSeconds);
      System.out.printf("close-scores-per-second: %.0f%n", scores / closeSeconds);
    }
  }

  /**
   * Reads the year's scores once, untimed, before the close. Whoever reads them first after the
   * generator pays for the pages that its inserts pushed out of the database's cache; without this
   * the close would read a colder cache than the baseline that follows it.
   */
  private static void warmUp(Connection db, long cycleId) throws Exception {
    try (PreparedStatement read = db.prepareStatement(BASE_TOTALS)) {
      read.setLong(1, cycleId);
      try (ResultSet rs = read.executeQuery()) {
        while (rs.next()) {
          rs.getBigDecimal(2);
        }
      }
    }
    db.commit();
  }

  /** The database's own computation of every unit's base: one INSERT … SELECT … GROUP BY. */
  private static double databaseTotals(Connection db, long cycleId) throws Exception {
    try (Statement s = db.createStatement()) {
      s.execute("DROP TABLE IF EXISTS bench_base_totals");
      s.execute(
          "CREATE TABLE bench_base_totals (assessment_id BIGINT PRIMARY KEY, base DECIMAL(9, 2))");
    }
    db.commit();
    long started = System.nanoTime();
    try (PreparedStatement insert =
        db.prepareStatement("INSERT INTO bench_base_totals (assessment_id, base) " + BASE_TOTALS)) {
      insert.setLong(1, cycleId);
      insert.executeUpdate();
    }
    db.commit();
    return seconds(started);
  }

  /** The close and the database agree on every unit's base, to the cent. */
  private static void compare(Connection db, long cycleId) throws Exception {
    Map<Long, BigDecimal> expected = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT a.unit_id, b.base FROM bench_base_totals b JOIN unit_assessment a ON a.id = b.assessment_id")) {
      while (rs.next()) {
        expected.put(rs.getLong(1), rs.getBigDecimal(2));
      }
    }
    int compared = 0;
    try (PreparedStatement q =
        db.prepareStatement("SELECT unit_id, base FROM unit_result WHERE cycle_id = ?")) {
      q.setLong(1, cycleId);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          BigDecimal want = expected.getOrDefault(rs.getLong(1), BigDecimal.ZERO);
          if (want.compareTo(rs.getBigDecimal(2)) != 0) {
            throw new IllegalStateException(
                "unit " + rs.getLong(1) + ": close " + rs.getBigDecimal(2) + ", database " + want);
          }
          compared++;
        }
      }
    }
    if (compared < expected.size()) {
      throw new IllegalStateException(
          "the close wrote " + compared + " results for " + expected.size() + " units");
    }
    try (Statement s = db.createStatement()) {
      s.execute("DROP TABLE bench_base_totals");
    }
    db.commit();
  }

  private static long single(Connection db, String sql) throws Exception {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    return options;
  }
}
