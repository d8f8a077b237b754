package cn.zwgk.assessment.domain.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The columns every row of an indicator table has, whether it is a template's item or a cycle's
 * frozen copy of one: both tables hold the same texts and points, so that a year keeps what it was
 * scored against when the template changes later.
 */
@MappedSuperclass
public abstract class IndicatorItem implements Serializable, IndicatorRow {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
  private Long id;

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

  protected IndicatorItem() {}

  /** A copy of another item's texts and points. */
  protected IndicatorItem(IndicatorItem source) {
    this.position = source.position;
    this.area = source.area;
    this.indicator = source.indicator;
    this.criterion = source.criterion;
    this.kind = source.kind;
    this.points = source.points;
    this.note = source.note;
  }

  protected void setPoints(BigDecimal points) {
    this.points = points;
  }

  /** The item's text as people name it: its criterion, or its indicator where it has none. */
  public String label() {
    return criterion != null ? criterion : indicator;
  }

  public Long getId() {
    return id;
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
}
