package cn.zwgk.assessment.web.page;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;

/**
 * The pages' charts as Chart.js configurations for PrimeFaces' {@code p:chart}: one point per
 * label, each with its colour, in the page's own words.
 */
final class Charts {

  /** One bar or slice: its label, its value and its colour. */
  record Point(String label, Number value, String colour) {}

  /** One line or radar series: its label, one value per label of the chart, its colour. */
  record Series(String label, List<? extends Number> values, String colour) {}

  private Charts() {}

  /** A radar of several series over the same labels (areas), from zero up to {@code max}. */
  static String radar(List<String> labels, List<Series> series, Number max) {
    JsonObjectBuilder scale =
        Json.createObjectBuilder().add("beginAtZero", true).add("suggestedMax", number(max));
    return multi(
        "radar",
        labels,
        series,
        Json.createObjectBuilder()
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add("scales", Json.createObjectBuilder().add("r", scale)));
  }

  /** Lines of several series over the same labels (years). */
  static String line(List<String> labels, List<Series> series) {
    return multi(
        "line",
        labels,
        series,
        Json.createObjectBuilder().add("maintainAspectRatio", false).add("animation", false));
  }

  private static String multi(
      String type, List<String> labels, List<Series> series, JsonObjectBuilder options) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (Series s : series) {
      JsonArrayBuilder values = Json.createArrayBuilder();
      s.values().forEach(v -> values.add(number(v)));
      datasets.add(
          Json.createObjectBuilder()
              .add("label", s.label())
              .add("data", values)
              .add("borderColor", s.colour())
              .add("backgroundColor", s.colour() + "33")
              .add("fill", "radar".equals(type)));
    }
    JsonArrayBuilder names = Json.createArrayBuilder();
    labels.forEach(names::add);
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }

  private static JsonValue number(Number value) {
    return value instanceof BigDecimal d
        ? Json.createValue(d)
        : Json.createValue(value.longValue());
  }

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
      values.add(number(p.value()));
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
