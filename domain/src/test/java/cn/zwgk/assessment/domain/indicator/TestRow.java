package cn.zwgk.assessment.domain.indicator;

import java.math.BigDecimal;

/**
 * A plain {@link IndicatorRow} for tests: no entity, no database. Shared with the integration tests
 * through the domain's test jar.
 */
public record TestRow(
    String area, String indicator, String criterion, ItemKind kind, BigDecimal points)
    implements IndicatorRow {

  static TestRow base(String area, String indicator, String criterion, String points) {
    return new TestRow(area, indicator, criterion, ItemKind.BASE, new BigDecimal(points));
  }

  static TestRow base(String area, String criterion) {
    return new TestRow(area, "指标", criterion, ItemKind.BASE, Points.ZERO);
  }

  static TestRow of(String area, String indicator, ItemKind kind, String points) {
    return new TestRow(area, indicator, null, kind, new BigDecimal(points));
  }

  static TestRow ofKind(ItemKind kind, String criterion) {
    return new TestRow("特别项", "特别项", criterion, kind, Points.ZERO);
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
}
