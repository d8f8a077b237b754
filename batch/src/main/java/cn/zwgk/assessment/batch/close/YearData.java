package cn.zwgk.assessment.batch.close;

import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.indicator.ItemKind;
import cn.zwgk.assessment.domain.ranking.Ranking;
import cn.zwgk.assessment.domain.scoring.Occurrence;
import cn.zwgk.assessment.domain.special.Decision;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the close and ranking jobs read of a year. A partition of the close is the year's
 * assessments with ids from {@code firstId} to {@code lastId}: each partition's reads touch only
 * its own rows, through the indexes.
 */
@Dependent
public class YearData {

  private static final String OF_PARTITION =
      " a.cycle.year = :year and a.id between :firstId and :lastId";

  @PersistenceContext private EntityManager em;

  public AssessmentCycle cycle(int year) {
    return em.createNamedQuery("AssessmentCycle.byYear", AssessmentCycle.class)
        .setParameter("year", year)
        .getSingleResult();
  }

  /** The ids of the year's assessments in ascending order: what the close partitions. */
  public List<Long> assessmentIds(int year) {
    return em.createQuery(
            "select a.id from UnitAssessment a where a.cycle.year = :year order by a.id",
            Long.class)
        .setParameter("year", year)
        .getResultList();
  }

  /**
   * One partition's figures in id order (restarts rely on it). The database sums the base scores
   * (DECIMAL, exact): the close reads one row per unit instead of one per item, and leaves every
   * rule to the calculator.
   */
  public List<UnitFigures> figures(int year, long firstId, long lastId) {
    Map<Long, BigDecimal> sums = baseSums(firstId, lastId);
    Map<Long, List<Occurrence>> occurrences = new HashMap<>();
    for (Object[] row :
        partitionQuery(
                "select a.id, i.id, i.kind, i.points from SpecialOccurrence o join o.assessment a"
                    + " join o.item i where o.decision = :approved and"
                    + OF_PARTITION
                    + " order by o.id",
                year,
                firstId,
                lastId)
            .setParameter("approved", Decision.APPROVED)
            .getResultList()) {
      occurrences
          .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
          .add(new Occurrence((Long) row[1], (ItemKind) row[2], (BigDecimal) row[3]));
    }
    Set<Long> zeroedOut =
        new HashSet<>(
            em.createQuery(
                    "select a.id from ZeroOut z join z.assessment a where z.decision = :approved"
                        + " and"
                        + OF_PARTITION,
                    Long.class)
                .setParameter("approved", Decision.APPROVED)
                .setParameter("year", year)
                .setParameter("firstId", firstId)
                .setParameter("lastId", lastId)
                .getResultList());

    List<UnitFigures> figures = new ArrayList<>();
    for (Object[] row :
        partitionQuery(
                "select a.id, u.id, u.unitGroup from UnitAssessment a join a.unit u where"
                    + OF_PARTITION
                    + " order by a.id",
                year,
                firstId,
                lastId)
            .getResultList()) {
      long id = (Long) row[0];
      figures.add(
          new UnitFigures(
              id,
              (Long) row[1],
              (UnitGroup) row[2],
              sums.get(id),
              occurrences.getOrDefault(id, List.of()),
              zeroedOut.contains(id)));
    }
    return figures;
  }

  /**
   * The sums of the item scores of the assessments with ids from {@code firstId} to {@code lastId},
   * whatever their year (the caller keeps its own). The entries are read in the order they are
   * stored (their ids) over the span that holds every entry of those assessments: one pass over the
   * table's own pages, where going through the assessment's index would look up every entry's row
   * on its own, three times slower on MariaDB. The span comes from the index alone; rows of other
   * assessments inside it are left out by the condition on the assessment. Plain SQL: the query
   * language would join the assessments' table to read an entry's assessment.
   */
  private Map<Long, BigDecimal> baseSums(long firstId, long lastId) {
    Object[] span =
        (Object[])
            em.createNativeQuery(
                    "SELECT MIN(id), MAX(id) FROM item_entry WHERE assessment_id BETWEEN ? AND ?")
                .setParameter(1, firstId)
                .setParameter(2, lastId)
                .getSingleResult();
    Map<Long, BigDecimal> sums = new HashMap<>();
    if (span[0] == null) {
      return sums;
    }
    for (Object row :
        em.createNativeQuery(
                "SELECT assessment_id, SUM(score) FROM item_entry WHERE id BETWEEN ? AND ?"
                    + " AND assessment_id BETWEEN ? AND ? GROUP BY assessment_id")
            .setParameter(1, ((Number) span[0]).longValue())
            .setParameter(2, ((Number) span[1]).longValue())
            .setParameter(3, firstId)
            .setParameter(4, lastId)
            .getResultList()) {
      Object[] sum = (Object[]) row;
      sums.put(((Number) sum[0]).longValue(), (BigDecimal) sum[1]);
    }
    return sums;
  }

  /** A unit's result as the ranking sees it. */
  public record Standing(long resultId, String unit, UnitGroup group, Ranking.Entry entry) {}

  /** Every result of the year, with what the ranking rules need and nothing else. */
  public List<Standing> standings(AssessmentCycle cycle) {
    return em.createQuery(
            "select r.id, u.code, r.unitGroup, r.finalScore, u.position from UnitResult r"
                + " join r.unit u where r.cycle = :cycle",
            Object[].class)
        .setParameter("cycle", cycle)
        .getResultStream()
        .map(
            row ->
                new Standing(
                    (Long) row[0],
                    (String) row[1],
                    (UnitGroup) row[2],
                    new Ranking.Entry((String) row[1], (BigDecimal) row[3], (Integer) row[4])))
        .toList();
  }

  private TypedQuery<Object[]> partitionQuery(String jpql, int year, long firstId, long lastId) {
    return em.createQuery(jpql, Object[].class)
        .setParameter("year", year)
        .setParameter("firstId", firstId)
        .setParameter("lastId", lastId);
  }
}
