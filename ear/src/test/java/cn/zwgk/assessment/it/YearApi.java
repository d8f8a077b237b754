package cn.zwgk.assessment.it;

import static cn.zwgk.assessment.it.Deployments.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

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

  /** Every unit of the cycle, assigned to the one assessor (imported units have none yet). */
  List<String> unitsAssignedToTheAssessor() {
    List<String> units =
        admin()
            .get("api/cycles/" + year + "/assessments")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(a -> a.getString("unit"))
            .toList();
    Http.Reply assigned = assign(admin(), "assessor1", assignedUnits("assessor1"), units);
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    return units;
  }

  /** The units assigned to an assessor, as the office reads them. */
  List<String> assignedUnits(String assessor) {
    return assignedUnits(admin(), assessor);
  }

  static List<String> assignedUnits(Http admin, String assessor) {
    return admin.get("api/assignments").array().getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getString("assessor").equals(assessor))
        .findFirst()
        .orElseThrow()
        .getJsonArray("units")
        .getValuesAs(JsonString.class)
        .stream()
        .map(JsonString::getString)
        .toList();
  }

  /** Replaces an assessor's units, naming the units the caller read before (previous). */
  static Http.Reply assign(Http as, String assessor, List<String> previous, List<String> units) {
    return as.send(
        "PUT",
        "api/assignments/" + assessor,
        "{\"units\":["
            + units.stream().map(YearApi::quote).collect(Collectors.joining(","))
            + "],\"previous\":["
            + previous.stream().map(YearApi::quote).collect(Collectors.joining(","))
            + "]}");
  }

  /**
   * Takes a new cycle through the whole year to the end of its close: every unit self-assessed,
   * scored half a point below full marks on its first item, approved; then closed.
   *
   * @return the units of the year
   */
  List<String> closedYear() throws Exception {
    createAndOpen();
    List<String> units = unitsAssignedToTheAssessor();
    inParallel(
        units,
        unit -> {
          selfAssessAndSubmit(unit);
          scoreAndMarkScored(unit);
          Http.Reply approved = approver().postJson(path(unit) + "/approve", "");
          assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        });
    Http.Reply close = admin().postJson("api/cycles/" + year + "/close", "");
    assertThat(close.status()).as(close.body()).isEqualTo(202);
    long execution = close.object().getJsonNumber("executionId").longValue();
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (!admin().get("api/jobs/" + execution).object().getString("status").equals("COMPLETED")) {
      assertThat(System.nanoTime()).as("the close ends").isLessThan(deadline);
      Thread.sleep(200);
    }
    assertThat(admin().get("api/cycles/" + year).object().getString("state")).isEqualTo("CLOSED");
    return units;
  }

  interface UnitWork {
    void run(String unit) throws Exception;
  }

  /** Four units at a time: several clerks and one busy assessor, as at a deadline. */
  static void inParallel(List<String> units, UnitWork work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (String unit : units) {
        Callable<Object> task =
            () -> {
              work.run(unit);
              return null;
            };
        futures.add(pool.submit(task));
      }
      for (Future<Object> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  static String quote(String text) {
    return jakarta.json.Json.createValue(text).toString();
  }
}
