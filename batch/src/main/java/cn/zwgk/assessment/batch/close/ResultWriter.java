package cn.zwgk.assessment.batch.close;

import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.job.ProgressRecorder;
import cn.zwgk.assessment.domain.result.UnitResult;
import cn.zwgk.assessment.domain.scoring.Totals;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.persistence.sessions.Session;

/**
 * Writes a chunk of results in the chunk's transaction with one JDBC batch, as the ranking writes
 * places: EclipseLink's own batch writing is off for the whole persistence unit, and one insert a
 * unit would cost the close more than computing the totals. Ids come from the entities' generator.
 * A unit that has a result already (a chunk done again after a restart) gets it replaced, so a
 * restarted close ends as an uninterrupted one.
 */
@Named
@Dependent
public class ResultWriter extends AbstractItemWriter {

  private static final String INSERT =
      "INSERT INTO unit_result (id, cycle_id, unit_id, unit_group, base, bonus, penalty,"
          + " final_score, zeroed_out, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String REPLACE =
      "UPDATE unit_result SET base = ?, bonus = ?, penalty = ?, final_score = ?, zeroed_out = ?,"
          + " computed_at = ? WHERE id = ?";

  @Resource(lookup = "java:jboss/datasources/AssessmentDS")
  private DataSource dataSource;

  @PersistenceContext private EntityManager em;
  @Inject private JobContext job;
  @Inject private YearData data;
  @EJB private ProgressRecorder progress;

  @Inject
  @BatchProperty(name = "year")
  private String year;

  @Override
  public void writeItems(List<Object> items) throws SQLException {
    LocalDateTime now = LocalDateTime.now();
    AssessmentCycle cycle = data.cycle(Integer.parseInt(year));
    List<ResultCalculator.Computed> results =
        items.stream().map(ResultCalculator.Computed.class::cast).toList();
    Map<Long, Long> existing = new HashMap<>();
    em.createQuery(
            "select r.unit.id, r.id from UnitResult r where r.cycle = :cycle and r.unit.id in :ids",
            Object[].class)
        .setParameter("cycle", cycle)
        .setParameter("ids", results.stream().map(ResultCalculator.Computed::unitId).toList())
        .getResultStream()
        .forEach(row -> existing.put((Long) row[0], (Long) row[1]));
    Session ids = em.unwrap(Session.class);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT);
        PreparedStatement replace = connection.prepareStatement(REPLACE)) {
      for (ResultCalculator.Computed result : results) {
        Long id = existing.get(result.unitId());
        if (id == null) {
          insert.setLong(1, ids.getNextSequenceNumberValue(UnitResult.class).longValue());
          insert.setLong(2, cycle.getId());
          insert.setLong(3, result.unitId());
          insert.setString(4, result.unitGroup().name());
          setTotals(insert, 5, result.totals(), now);
          insert.addBatch();
        } else {
          setTotals(replace, 1, result.totals(), now);
          replace.setLong(7, id);
          replace.addBatch();
        }
      }
      insert.executeBatch();
      replace.executeBatch();
    }
    progress.add(job.getExecutionId(), items.size());
  }

  /** The columns UnitResult.record sets, in its order, from {@code first} on. */
  private static void setTotals(
      PreparedStatement statement, int first, Totals totals, LocalDateTime now)
      throws SQLException {
    statement.setBigDecimal(first, totals.base());
    statement.setBigDecimal(first + 1, totals.bonus());
    statement.setBigDecimal(first + 2, totals.penalty());
    statement.setBigDecimal(first + 3, totals.finalScore());
    statement.setBoolean(first + 4, totals.zeroedOut());
    statement.setObject(first + 5, now);
  }
}
