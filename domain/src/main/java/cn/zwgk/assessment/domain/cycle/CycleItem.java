package cn.zwgk.assessment.domain.cycle;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.indicator.DefaultPoints;
import cn.zwgk.assessment.domain.indicator.IndicatorItem;
import cn.zwgk.assessment.domain.indicator.ItemKind;
import cn.zwgk.assessment.domain.indicator.Points;
import cn.zwgk.assessment.domain.indicator.TemplateItem;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One item of a cycle's frozen table: what units are scored against that year. */
@Entity
@Table(name = "cycle_item")
@NamedQuery(
    name = "CycleItem.ofTemplate",
    query = "select i from CycleItem i where i.template = :template order by i.position")
@NamedQuery(
    name = "CycleItem.ofCycle",
    query =
        "select i from CycleItem i where i.template.cycle = :cycle"
            + " order by i.template.unitGroup, i.position")
public class CycleItem extends IndicatorItem {

  @ManyToOne(optional = false)
  @JoinColumn(name = "cycle_template_id")
  private CycleTemplate template;

  protected CycleItem() {}

  /** A copy of a template's item. */
  public CycleItem(CycleTemplate template, TemplateItem source) {
    super(source);
    this.template = template;
  }

  /**
   * Sets the points (an administrator, while the cycle is a draft): BASE items 0 to 100, special
   * items the value of one occurrence (more than 0, at most 100), in steps of 0.5; cross-references
   * and zero-outs carry none.
   */
  public void changePoints(BigDecimal newPoints) {
    if (!getKind().carriesPoints()) {
      throw Refusal.badInput("points.none", getKind().name());
    }
    if (!Points.isValidScore(newPoints, DefaultPoints.BASE_TOTAL)) {
      throw Refusal.badInput("points.invalid", DefaultPoints.BASE_TOTAL);
    }
    if ((getKind() == ItemKind.BONUS || getKind() == ItemKind.PENALTY) && newPoints.signum() == 0) {
      throw Refusal.badInput("points.specialZero");
    }
    template.getCycle().requireState(CycleState.DRAFT);
    setPoints(Points.normalize(newPoints.stripTrailingZeros()));
  }

  /** BASE items are scored; every other kind is a reference or a special item. */
  public boolean isScored() {
    return getKind() == ItemKind.BASE;
  }

  public CycleTemplate getTemplate() {
    return template;
  }
}
