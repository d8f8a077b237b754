package cn.zwgk.assessment.web.page;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The pages' charts as Chart.js configurations for PrimeFaces' {@code p:chart}: one point per
 * label, each with its colour, in the page's own words.
 */
final class Charts {

  /** One bar or slice: its label, its value and its colour. */
  record Point(String label, Number value, String colour) {}

  private Charts() {}

  /**
   * A bar chart without legend; horizontal bars for categories with long names, vertical ones with
   * a suggested maximum for scores.
   */
  static String bar(List<Point> points, String series, boolean horizontal, Integer suggestedMax) {
    JsonObjectBuilder axis = Json.createObjectBuilder().add("beginAtZero", true);
    if (suggestedMax != null) {
      axis.add("suggestedMax", suggestedMax);
    } else {
      axis.add("ticks", Json.createObjectBuilder().add("precision", 0));
    }
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add("legend", Json.createObjectBuilder().add("display", false)))
            .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", axis));
    if (horizontal) {
      options.add("indexAxis", "y");
    }
    return chart("bar", points, series, options);
  }

  /** A doughnut with its legend. */
  static String doughnut(List<Point> points) {
    return chart(
        "doughnut",
        points,
        null,
        Json.createObjectBuilder().add("maintainAspectRatio", false).add("animation", false));
  }

  private static String chart(
      String type, List<Point> points, String series, JsonObjectBuilder options) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    JsonArrayBuilder colours = Json.createArrayBuilder();
    for (Point p : points) {
      labels.add(p.label());
      values.add(
          p.value() instanceof BigDecimal d
              ? Json.createValue(d)
              : Json.createValue(p.value().longValue()));
      colours.add(p.colour());
    }
    JsonObjectBuilder dataset =
        Json.createObjectBuilder().add("data", values).add("backgroundColor", colours);
    if (series != null) {
      dataset.add("label", series);
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add("datasets", Json.createArrayBuilder().add(dataset)))
        .add("options", options)
        .build()
        .toString();
  }
}
