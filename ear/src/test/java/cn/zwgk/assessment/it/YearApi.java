package cn.zwgk.assessment.it;

import static cn.zwgk.assessment.it.Deployments.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;

/** The year's workflow through the API, for tests: one call per step, as each role. */
final class YearApi {

  /** A BASE item of a unit's sheet: its id and its points. */
  record Item(long id, BigDecimal points) {}

  private final URL base;
  private final int year;

  YearApi(URL base, int year) {
    this.base = base;
    this.year = year;
  }

  Http admin() {
    return as("admin");
  }

  Http assessor() {
    return as("assessor1");
  }

  Http approver() {
    return as("approver1");
  }

  /** As a demo account, or as a unit's clerk when given a unit code. */
  Http as(String usernameOrUnit) {
    return Http.as(base, TestAccounts.clerkOf(usernameOrUnit), DEMO_PASSWORD);
  }

  String path(String unit) {
    return "api/cycles/" + year + "/assessments/" + unit;
  }

  /** Creates the cycle and opens it, as the administrator. */
  void createAndOpen() {
    Http.Reply created = admin().postJson("api/cycles", "{\"year\":" + year + "}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    Http.Reply opened = admin().postJson("api/cycles/" + year + "/open", "");
    assertThat(opened.status()).as(opened.body()).isEqualTo(200);
  }

  JsonObject sheet(Http as, String unit) {
    Http.Reply reply = as.get(path(unit));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.object();
  }

  List<Item> baseItems(String unit) {
    return sheet(admin(), unit).getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("kind").equals("BASE"))
        .map(
            i ->
                new Item(
                    i.getJsonNumber("id").longValue(), i.getJsonNumber("points").bigDecimalValue()))
        .toList();
  }

  /** The id of the first item of a kind (BONUS, PENALTY …) in the unit's table. */
  long itemOfKind(String unit, String kind) {
    return sheet(admin(), unit).getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("kind").equals(kind))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  Http.Reply self(String unit, long item, String score, String remark) {
    String json =
        "{\"score\":" + score + (remark == null ? "" : ",\"remark\":" + quote(remark)) + "}";
    return as(unit).send("PUT", path(unit) + "/self/" + item, json);
  }

  Http.Reply score(long item, String unit, String score, String reason) {
    String json =
        "{\"score\":" + score + (reason == null ? "" : ",\"reason\":" + quote(reason)) + "}";
    return assessor().send("PUT", path(unit) + "/scores/" + item, json);
  }

  /** Self-scores every BASE item at full marks and submits. */
  void selfAssessAndSubmit(String unit) {
    for (Item item : baseItems(unit)) {
      assertThat(self(unit, item.id(), item.points().toPlainString(), null).status())
          .isEqualTo(200);
    }
    Http.Reply submitted = as(unit).postJson(path(unit) + "/submit", "");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
  }

  /** Scores every BASE item at full marks, the first one half a point less, and marks it scored. */
  void scoreAndMarkScored(String unit) {
    List<Item> items = baseItems(unit);
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      String score =
          i == 0
              ? item.points().subtract(new BigDecimal("0.5")).toPlainString()
              : item.points().toPlainString();
      assertThat(score(item.id(), unit, score, i == 0 ? "缺少会议记录" : null).status()).isEqualTo(200);
    }
    Http.Reply scored = assessor().postJson(path(unit) + "/scored", "");
    assertThat(scored.status()).as(scored.body()).isEqualTo(200);
  }

  static String quote(String text) {
    return jakarta.json.Json.createValue(text).toString();
  }
}
