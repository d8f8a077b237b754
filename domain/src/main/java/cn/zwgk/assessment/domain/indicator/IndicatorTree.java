package cn.zwgk.assessment.domain.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The indicator table as the document shows it: areas (内容) holding indicators (一级指标) holding rows,
 * each row a criterion (二级指标) or the indicator itself. Built from the flat list in document order;
 * an area or indicator that the document continues after a page break is one node.
 */
public final class IndicatorTree<T extends IndicatorRow> {

  /** An area with its indicators and the sum of its BASE points. */
  public record Area<T extends IndicatorRow>(String name, List<Indicator<T>> indicators) {

    /** The sum of its BASE points; null where it has none (特别项). */
    public BigDecimal basePoints() {
      return sumOfBase(indicators.stream().flatMap(i -> i.rows().stream()).toList());
    }
  }

  /** An indicator with its rows: its criteria, or one row where it is scored itself. */
  public record Indicator<T extends IndicatorRow>(String name, List<T> rows) {

    /** The sum of its BASE points; null where it has none (special items, cross-references). */
    public BigDecimal basePoints() {
      return sumOfBase(rows);
    }
  }

  private final List<Area<T>> areas;

  private IndicatorTree(List<Area<T>> areas) {
    this.areas = List.copyOf(areas);
  }

  public static <T extends IndicatorRow> IndicatorTree<T> of(List<T> rows) {
    Map<String, Map<String, List<T>>> byArea = new LinkedHashMap<>();
    for (T row : rows) {
      byArea
          .computeIfAbsent(row.getArea(), a -> new LinkedHashMap<>())
          .computeIfAbsent(row.getIndicator(), i -> new ArrayList<>())
          .add(row);
    }
    List<Area<T>> areas = new ArrayList<>();
    byArea.forEach(
        (area, indicators) -> {
          List<Indicator<T>> nodes = new ArrayList<>();
          indicators.forEach((name, list) -> nodes.add(new Indicator<>(name, List.copyOf(list))));
          areas.add(new Area<>(area, List.copyOf(nodes)));
        });
    return new IndicatorTree<>(areas);
  }

  private static BigDecimal sumOfBase(List<? extends IndicatorRow> rows) {
    List<BigDecimal> points =
        rows.stream()
            .filter(r -> r.getKind() == ItemKind.BASE)
            .map(IndicatorRow::getPoints)
            .toList();
    return points.isEmpty() ? null : points.stream().reduce(Points.ZERO, BigDecimal::add);
  }

  public List<Area<T>> areas() {
    return areas;
  }

  /** The sum of all BASE points: exactly 100 for a table that may be used. */
  public BigDecimal baseTotal() {
    return areas.stream()
        .map(Area::basePoints)
        .filter(Objects::nonNull)
        .reduce(Points.ZERO, BigDecimal::add);
  }

  public boolean sumsToBaseTotal() {
    return baseTotal().compareTo(DefaultPoints.BASE_TOTAL) == 0;
  }
}
