package cn.zwgk.assessment.domain.scoring;

import cn.zwgk.assessment.domain.indicator.Points;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** The numbers of DESIGN.md's scoring rules that a cycle may set for itself. */
@Embeddable
public class ScoringRules implements Serializable {

  public static final BigDecimal DEFAULT_BONUS_ITEM_CAP = Points.normalize(new BigDecimal("2"));
  public static final BigDecimal DEFAULT_BONUS_TOTAL_CAP = Points.normalize(new BigDecimal("5"));

  /** At most this much bonus from one bonus item, whatever the number of occurrences. */
  @Column(name = "bonus_item_cap", nullable = false, precision = 6, scale = 2)
  private BigDecimal bonusItemCap;

  /** At most this much bonus in all. */
  @Column(name = "bonus_total_cap", nullable = false, precision = 6, scale = 2)
  private BigDecimal bonusTotalCap;

  protected ScoringRules() {}

  public ScoringRules(BigDecimal bonusItemCap, BigDecimal bonusTotalCap) {
    this.bonusItemCap = Points.normalize(Objects.requireNonNull(bonusItemCap));
    this.bonusTotalCap = Points.normalize(Objects.requireNonNull(bonusTotalCap));
  }

  public static ScoringRules defaults() {
    return new ScoringRules(DEFAULT_BONUS_ITEM_CAP, DEFAULT_BONUS_TOTAL_CAP);
  }

  public BigDecimal bonusItemCap() {
    return bonusItemCap;
  }

  public BigDecimal bonusTotalCap() {
    return bonusTotalCap;
  }
}
