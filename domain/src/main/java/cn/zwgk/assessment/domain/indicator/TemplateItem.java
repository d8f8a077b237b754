package cn.zwgk.assessment.domain.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One row of the indicator table: area (内容) → indicator (一级指标) → criterion (二级指标). The criterion is
 * null where the indicator is scored itself.
 */
@Entity
@Table(name = "template_item")
public class TemplateItem implements Serializable, IndicatorRow {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "template_id")
  private IndicatorTemplate template;

  /** Document order, from 1. */
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

  protected TemplateItem() {}

  public Long getId() {
    return id;
  }

  public IndicatorTemplate getTemplate() {
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
}
