package cn.zwgk.assessment.domain.indicator;

import java.math.BigDecimal;

/**
 * What the points rules and the tree need of an item, whether it is a template's item or a cycle's
 * frozen copy.
 */
public interface IndicatorRow {

  String getArea();

  String getIndicator();

  /** Null where the indicator is scored itself. */
  String getCriterion();

  ItemKind getKind();

  BigDecimal getPoints();
}
