package cn.zwgk.assessment.domain.result;

import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.ranking.Grade;
import cn.zwgk.assessment.domain.ranking.Ranking;
import cn.zwgk.assessment.domain.scoring.Totals;
import cn.zwgk.assessment.domain.unit.AssessedUnit;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A unit's result of a closed year, written by the close: its totals, then its rank in its group
 * and its grade. A zeroed-out unit keeps its real base, bonus and penalty with a final of 0.
 */
@Entity
@Table(name = "unit_result")
@NamedQuery(
    name = "UnitResult.ofCycle",
    query = "select r from UnitResult r join fetch r.unit where r.cycle = :cycle")
@NamedQuery(
    name = "UnitResult.ofUnit",
    query = "select r from UnitResult r where r.cycle = :cycle and r.unit = :unit")
public class UnitResult implements Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cycle_id")
  private AssessmentCycle cycle;

  @ManyToOne(optional = false)
  @JoinColumn(name = "unit_id")
  private AssessedUnit unit;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit_group", nullable = false, length = 16)
  private UnitGroup unitGroup;

  @Column(nullable = false, precision = 7, scale = 2)
  private BigDecimal base;

  @Column(nullable = false, precision = 7, scale = 2)
  private BigDecimal bonus;

  @Column(nullable = false, precision = 7, scale = 2)
  private BigDecimal penalty;

  @Column(name = "final_score", nullable = false, precision = 7, scale = 2)
  private BigDecimal finalScore;

  @Column(name = "zeroed_out", nullable = false)
  private boolean zeroedOut;

  /** Set by the ranking; null until then. */
  @Column(name = "unit_rank")
  private Integer rank;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Grade grade;

  @Column(name = "computed_at", nullable = false)
  private LocalDateTime computedAt;

  protected UnitResult() {}

  public UnitResult(AssessmentCycle cycle, AssessedUnit unit, Totals totals, LocalDateTime now) {
    this.cycle = cycle;
    this.unit = unit;
    this.unitGroup = unit.getUnitGroup();
    record(totals, now);
  }

  /** The totals, computed again (a restarted close, a re-scored appeal): the rank must follow. */
  public void record(Totals totals, LocalDateTime now) {
    this.base = totals.base();
    this.bonus = totals.bonus();
    this.penalty = totals.penalty();
    this.finalScore = totals.finalScore();
    this.zeroedOut = totals.zeroedOut();
    this.computedAt = now;
  }

  /** The place the ranking gave it in its group. */
  public void place(Ranking.Placed placed) {
    rank = placed.rank();
    grade = placed.grade();
  }

  public Long getId() {
    return id;
  }

  public AssessmentCycle getCycle() {
    return cycle;
  }

  public AssessedUnit getUnit() {
    return unit;
  }

  public UnitGroup getUnitGroup() {
    return unitGroup;
  }

  public BigDecimal getBase() {
    return base;
  }

  public BigDecimal getBonus() {
    return bonus;
  }

  public BigDecimal getPenalty() {
    return penalty;
  }

  public BigDecimal getFinalScore() {
    return finalScore;
  }

  public boolean isZeroedOut() {
    return zeroedOut;
  }

  public Integer getRank() {
    return rank;
  }

  public Grade getGrade() {
    return grade;
  }

  public LocalDateTime getComputedAt() {
    return computedAt;
  }
}
