package cn.zwgk.assessment.batch.ranking;

import cn.zwgk.assessment.batch.close.YearData;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.job.ProgressRecorder;
import cn.zwgk.assessment.domain.ranking.Ranking;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Ranks and grades every group of a year from its results, by the rules of the domain. It reads
 * only what the rules need, puts the places into {@code unit_place} with one batched insert and
 * writes them into the results with one UPDATE, all in its transaction: a province's 15,000 results
 * are not worth loading as entities, nor updating one statement each, to change two columns.
 */
@Named
@Dependent
public class RankGroups extends AbstractBatchlet {

  private static final int BATCH = 1000;

  /**
   * How the places reach the results, in each database's terms: MariaDB runs a subquery in SET once
   * per row and twice as slow as its multi-table UPDATE, which H2 does not know.
   */
  private enum PlaceStatements {
    MYSQL(
        "UPDATE unit_result r JOIN unit_place p ON p.result_id = r.id"
            + " SET r.unit_rank = p.unit_rank, r.grade = p.grade WHERE r.cycle_id = ?",
        "DELETE p FROM unit_place p JOIN unit_result r ON r.id = p.result_id WHERE r.cycle_id = ?"),
    STANDARD(
        "UPDATE unit_result SET"
            + " unit_rank = (SELECT p.unit_rank FROM unit_place p WHERE p.result_id = unit_result.id),"
            + " grade = (SELECT p.grade FROM unit_place p WHERE p.result_id = unit_result.id)"
            + " WHERE cycle_id = ?",
        "DELETE FROM unit_place WHERE result_id IN"
            + " (SELECT id FROM unit_result WHERE cycle_id = ?)");

    final String apply;
    final String clear;

    PlaceStatements(String apply, String clear) {
      this.apply = apply;
      this.clear = clear;
    }

    static PlaceStatements of(Connection connection) throws SQLException {
      return connection.getMetaData().getDatabaseProductName().equals("MySQL") ? MYSQL : STANDARD;
    }
  }

  private static final String BUMP_RESULTS_VERSION =
      "UPDATE assessment_cycle SET results_version = results_version + 1 WHERE id = ?";

  @Resource(lookup = "java:jboss/datasources/AssessmentDS")
  private DataSource dataSource;

  @Inject private YearData data;
  @Inject private JobContext job;
  @EJB private ProgressRecorder progress;

  @Inject
  @BatchProperty(name = "year")
  private String year;

  @Override
  @Transactional
  public String process() throws SQLException {
    AssessmentCycle cycle = data.cycle(Integer.parseInt(year));
    List<YearData.Standing> standings = data.standings(cycle);
    progress.total(job.getExecutionId(), standings.size());
    Map<String, Long> resultIds = new HashMap<>();
    standings.forEach(standing -> resultIds.put(standing.unit(), standing.resultId()));
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement place =
          connection.prepareStatement(
              "INSERT INTO unit_place (result_id, unit_rank, grade) VALUES (?, ?, ?)")) {
        int pending = 0;
        for (UnitGroup group : UnitGroup.values()) {
          List<Ranking.Entry> entries =
              standings.stream()
                  .filter(standing -> standing.group() == group)
                  .map(standing -> standing.entry())
                  .toList();
          for (Ranking.Placed placed : Ranking.rank(entries, cycle.getGrading())) {
            place.setLong(1, resultIds.get(placed.unit()));
            place.setInt(2, placed.rank());
            place.setString(3, placed.grade().name());
            place.addBatch();
            if (++pending % BATCH == 0) {
              place.executeBatch();
            }
          }
        }
        place.executeBatch();
      }
      PlaceStatements statements = PlaceStatements.of(connection);
      update(connection, statements.apply, cycle.getId());
      update(connection, statements.clear, cycle.getId());
      // What the results API served of this year is out of date from this commit on.
      update(connection, BUMP_RESULTS_VERSION, cycle.getId());
    }
    progress.advance(job.getExecutionId(), standings.size());
    return "RANKED " + standings.size();
  }

  private static void update(Connection connection, String sql, long cycleId) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, cycleId);
      statement.executeUpdate();
    }
  }
}
