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
 * only what the rules need and writes the places with one batched statement in its transaction: a
 * province's 15,000 results are not worth loading as entities to change two columns.
 */
@Named
@Dependent
public class RankGroups extends AbstractBatchlet {

  private static final int BATCH = 1000;

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
    try (Connection connection = dataSource.getConnection();
        PreparedStatement place =
            connection.prepareStatement(
                "UPDATE unit_result SET unit_rank = ?, grade = ? WHERE id = ?")) {
      int pending = 0;
      for (UnitGroup group : UnitGroup.values()) {
        List<Ranking.Entry> entries =
            standings.stream()
                .filter(standing -> standing.group() == group)
                .map(standing -> standing.entry())
                .toList();
        for (Ranking.Placed placed : Ranking.rank(entries, cycle.getGrading())) {
          place.setInt(1, placed.rank());
          place.setString(2, placed.grade().name());
          place.setLong(3, resultIds.get(placed.unit()));
          place.addBatch();
          if (++pending % BATCH == 0) {
            place.executeBatch();
          }
        }
      }
      place.executeBatch();
      try (PreparedStatement bump =
          connection.prepareStatement(
              "UPDATE assessment_cycle SET results_version = results_version + 1 WHERE id = ?")) {
        // What the results API served of this year is out of date from this commit on.
        bump.setLong(1, cycle.getId());
        bump.executeUpdate();
      }
    }
    progress.advance(job.getExecutionId(), standings.size());
    return "RANKED " + standings.size();
  }
}
