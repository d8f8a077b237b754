package cn.zwgk.assessment.domain.cycle;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.indicator.DefaultPoints;
import cn.zwgk.assessment.domain.indicator.IndicatorRow;
import cn.zwgk.assessment.domain.indicator.ItemKind;
import cn.zwgk.assessment.domain.indicator.Points;
import cn.zwgk.assessment.domain.indicator.TemplateItem;
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
import jakarta.persistence.Version;
import java.io.Serializable;
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
public class CycleItem implements Serializable, IndicatorRow {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cycle_template_id")
  private CycleTemplate template;

  @Column(name = "sort_order", nullable = false)
  private int position;

  @Column(nullable = false, length = 100)
  private String area;

  @Column(nullable = false, length = 200)
  private String indicator;

  @Column(length = 500)
  private String criterion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ItemKind kind;

  @Column(nullable = false, precision = 6, scale = 2)
  private BigDecimal points;

  @Column(length = 200)
  private String note;

  @Version private long version;

  protected CycleItem() {}

  /** A copy of a template's item. */
  public CycleItem(CycleTemplate template, TemplateItem source) {
    this.template = template;
    this.position = source.getPosition();
    this.area = source.getArea();
    this.indicator = source.getIndicator();
    this.criterion = source.getCriterion();
    this.kind = source.getKind();
    this.points = source.getPoints();
    this.note = source.getNote();
  }

  /**
   * Sets the points (an administrator, while the cycle is a draft): BASE items 0 to 100, special
   * items the value of one occurrence (more than 0, at most 100), in steps of 0.5; cross-references
   * and zero-outs carry none.
   */
  public void changePoints(BigDecimal newPoints) {
    if (!kind.carriesPoints()) {
      throw Refusal.badInput("points.none", kind.name());
    }
    if (!Points.isValidScore(newPoints, DefaultPoints.BASE_TOTAL)) {
      throw Refusal.badInput("points.invalid", DefaultPoints.BASE_TOTAL);
    }
    if ((kind == ItemKind.BONUS || kind == ItemKind.PENALTY) && newPoints.signum() == 0) {
      throw Refusal.badInput("points.specialZero");
    }
    template.getCycle().requireState(CycleState.DRAFT);
    this.points = Points.normalize(newPoints.stripTrailingZeros());
  }

  /** BASE items are scored; every other kind is a reference or a special item. */
  public boolean isScored() {
    return kind == ItemKind.BASE;
  }

  public Long getId() {
    return id;
  }

  public CycleTemplate getTemplate() {
    return template;
  }

  public int getPosition() {
    return position;
  }

  @Override
  public String getArea() {
    return area;
  }

  @Override
  public String getIndicator() {
    return indicator;
  }

  @Override
  public String getCriterion() {
    return criterion;
  }

  @Override
  public ItemKind getKind() {
    return kind;
  }

  @Override
  public BigDecimal getPoints() {
    return points;
  }

  public String getNote() {
    return note;
  }

  public long getVersion() {
    return version;
  }

  /** The item's text as people name it: its criterion, or its indicator where it has none. */
  public String label() {
    return criterion != null ? criterion : indicator;
  }
}
