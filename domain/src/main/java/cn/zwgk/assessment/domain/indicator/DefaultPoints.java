package cn.zwgk.assessment.domain.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The default points of an indicator table (DESIGN.md): each area's weight is spread over its BASE
 * items in steps of 0.5, the extra half-points going to the first items in document order; special
 * items carry the value of one occurrence.
 */
public final class DefaultPoints {

  public static final BigDecimal BASE_TOTAL = Points.normalize(new BigDecimal("100"));

  /** Default area weights in document order; they sum to 100. */
  public static final Map<String, BigDecimal> AREA_WEIGHTS = areaWeights();

  /** The one penalty item worth half a point per occurrence. */
  static final String HALF_POINT_PENALTY_PREFIX = "不按要求接受培训";

  private DefaultPoints() {}

  private static Map<String, BigDecimal> areaWeights() {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    weights.put("组织领导", new BigDecimal("10"));
    weights.put("制度建设", new BigDecimal("10"));
    weights.put("平台建设", new BigDecimal("10"));
    weights.put("政府信息公开", new BigDecimal("20"));
    weights.put("政务服务", new BigDecimal("15"));
    weights.put("政策解读", new BigDecimal("10"));
    weights.put("政务舆情监测处置", new BigDecimal("10"));
    weights.put("公众参与", new BigDecimal("15"));
    weights.replaceAll((area, weight) -> Points.normalize(weight));
    return Collections.unmodifiableMap(weights);
  }

  /**
   * Spreads {@code weight} over {@code count} items in steps of 0.5 so that the sum is exact; the
   * half-points that do not divide evenly go to the first items.
   */
  public static List<BigDecimal> spread(BigDecimal weight, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("nothing to spread over: " + count);
    }
    if (weight.signum() < 0 || !Points.isHalfStep(weight)) {
      throw new IllegalArgumentException(
          "weight must be a non-negative multiple of 0.5: " + weight);
    }
    int halves = weight.multiply(BigDecimal.valueOf(2)).intValueExact();
    int each = halves / count;
    int extra = halves % count;
    List<BigDecimal> points = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int itemHalves = each + (i < extra ? 1 : 0);
      points.add(Points.normalize(Points.HALF.multiply(BigDecimal.valueOf(itemHalves))));
    }
    return points;
  }

  /**
   * The default points of every row, in the order given. Areas without a default weight get none:
   * an administrator then sets their points by hand.
   */
  public static List<BigDecimal> of(List<? extends IndicatorRow> rows) {
    Map<String, Integer> baseCount = new LinkedHashMap<>();
    for (IndicatorRow row : rows) {
      if (row.getKind() == ItemKind.BASE) {
        baseCount.merge(row.getArea(), 1, Integer::sum);
      }
    }
    Map<String, List<BigDecimal>> spreads = new LinkedHashMap<>();
    baseCount.forEach(
        (area, count) ->
            spreads.put(area, spread(AREA_WEIGHTS.getOrDefault(area, Points.ZERO), count)));
    Map<String, Integer> used = new LinkedHashMap<>();
    List<BigDecimal> points = new ArrayList<>(rows.size());
    for (IndicatorRow row : rows) {
      points.add(
          switch (row.getKind()) {
            case BASE ->
                spreads.get(row.getArea()).get(used.merge(row.getArea(), 1, Integer::sum) - 1);
            case BONUS -> Points.normalize(BigDecimal.ONE);
            case PENALTY ->
                row.getCriterion() != null
                        && row.getCriterion().startsWith(HALF_POINT_PENALTY_PREFIX)
                    ? Points.HALF
                    : Points.normalize(BigDecimal.ONE);
            case CROSS_REF, ZERO_OUT -> Points.ZERO;
          });
    }
    return points;
  }
}
