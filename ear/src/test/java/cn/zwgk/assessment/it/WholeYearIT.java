package cn.zwgk.assessment.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A whole year through the API alone, for every unit: created, opened, self-assessed, scored (some
 * returned and resubmitted), approved, with special items and a zero-out; the totals as the rules
 * say and the audit trail intact. And two people writing the same assessment at once: one wins, the
 * other is told, nothing is lost.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WholeYearIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void everyUnitGoesThroughTheWholeYear() throws Exception {
    YearApi year = new YearApi(base, 2022);
    year.createAndOpen();
    List<String> units =
        year
            .admin()
            .get("api/cycles/2022/assessments")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(a -> a.getString("unit"))
            .toList();
    assertThat(units).hasSizeGreaterThanOrEqualTo(53);
    // Units imported by other tests have no assessor yet: the office assigns them all to one.
    assertThat(
            YearApi.assign(year.admin(), "assessor1", year.assignedUnits("assessor1"), units)
                .status())
        .isEqualTo(200);

    Map<String, BigDecimal> expectedBase = new ConcurrentHashMap<>();
    YearApi.inParallel(
        units,
        unit -> {
          year.selfAssessAndSubmit(unit);
          if (unit.hashCode() % 5 == 0) {
            assertThat(
                    year.assessor()
                        .postJson(year.path(unit) + "/return", "{\"comment\":\"补充材料\"}")
                        .status())
                .isEqualTo(200);
            assertThat(year.as(unit).postJson(year.path(unit) + "/submit", "").status())
                .isEqualTo(200);
          }
          year.scoreAndMarkScored(unit);
          expectedBase.put(
              unit,
              year.baseItems(unit).stream()
                  .map(YearApi.Item::points)
                  .reduce(BigDecimal.ZERO, BigDecimal::add)
                  .subtract(new BigDecimal("0.5")));
          if (!unit.equals(units.get(units.size() - 1))) {
            assertThat(year.approver().postJson(year.path(unit) + "/approve", "").status())
                .isEqualTo(200);
          }
        });

    String last = units.get(units.size() - 1);
    Http.Reply early = year.admin().postJson("api/cycles/2022/close", "");
    assertThat(early.status()).as("a unit is not approved yet").isEqualTo(409);
    assertThat(early.object().getString("error")).isEqualTo("close.incomplete");
    assertThat(early.object().getJsonArray("details").getString(0)).contains("待审核");
    assertThat(year.approver().postJson(year.path(last) + "/approve", "").status()).isEqualTo(200);

    String bonusUnit = units.get(0);
    String zeroUnit = units.get(1);
    long bonus = year.itemOfKind(bonusUnit, "BONUS");
    Http.Reply recorded =
        year.assessor()
            .postJson(
                year.path(bonusUnit) + "/special-items",
                "{\"item\":" + bonus + ",\"occurredOn\":\"2022-05-01\",\"description\":\"通报表扬\"}");
    assertThat(recorded.status()).isEqualTo(201);
    long id = recorded.object().getJsonNumber("id").longValue();
    assertThat(
            year.approver()
                .postJson(year.path(bonusUnit) + "/special-items/" + id + "/approve", "")
                .status())
        .isEqualTo(200);
    assertThat(
            year.admin()
                .postJson(year.path(zeroUnit) + "/zero-out", "{\"reason\":\"弄虚作假\"}")
                .status())
        .isEqualTo(201);
    assertThat(year.approver().postJson(year.path(zeroUnit) + "/zero-out/approve", "").status())
        .isEqualTo(200);

    Map<String, JsonObject> results =
        year
            .approver()
            .get("api/cycles/2022/assessments")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .collect(Collectors.toMap(a -> a.getString("unit"), a -> a));
    for (String unit : units) {
      JsonObject row = results.get(unit);
      assertThat(row.getString("state")).as(unit).isEqualTo("APPROVED");
      JsonObject totals = row.getJsonObject("totals");
      BigDecimal base = expectedBase.get(unit);
      assertThat(totals.getJsonNumber("base").bigDecimalValue())
          .as(unit)
          .isEqualByComparingTo(base);
      BigDecimal expectedFinal =
          unit.equals(zeroUnit)
              ? BigDecimal.ZERO
              : unit.equals(bonusUnit) ? base.add(BigDecimal.ONE) : base;
      assertThat(totals.getJsonNumber("final").bigDecimalValue())
          .as(unit)
          .isEqualByComparingTo(expectedFinal);
    }

    assertThat(year.as(units.get(2)).postJson("api/cycles/2022/close", "").status()).isEqualTo(403);
    assertThat(year.admin().get("api/cycles/2022/results").status())
        .as("before the close")
        .isEqualTo(409);
    closeInTheBrowser(units.size());
    assertThat(year.admin().get("api/cycles/2022").object().getString("state")).isEqualTo("CLOSED");

    for (String group : List.of("TOWN", "DEPARTMENT")) {
      List<JsonObject> ranked =
          year.approver()
              .get("api/cycles/2022/results?group=" + group)
              .array()
              .getValuesAs(JsonObject.class);
      assertThat(ranked).isNotEmpty().allMatch(r -> r.getString("group").equals(group));
      List<BigDecimal> finals =
          ranked.stream().map(r -> r.getJsonNumber("final").bigDecimalValue()).toList();
      int quota = Math.max(1, ranked.size() * 30 / 100);
      for (JsonObject row : ranked) {
        String unit = row.getString("unit");
        JsonObject running = results.get(unit).getJsonObject("totals");
        BigDecimal finalScore = row.getJsonNumber("final").bigDecimalValue();
        assertThat(finalScore)
            .as(unit)
            .isEqualByComparingTo(running.getJsonNumber("final").bigDecimalValue());
        assertThat(row.getJsonNumber("base").bigDecimalValue())
            .as(unit)
            .isEqualByComparingTo(expectedBase.get(unit));
        int rank = 1 + (int) finals.stream().filter(f -> f.compareTo(finalScore) > 0).count();
        assertThat(row.getInt("rank")).as(unit).isEqualTo(rank);
        String grade =
            finalScore.compareTo(new BigDecimal("90")) >= 0
                ? (rank <= quota ? "EXCELLENT" : "GOOD")
                : finalScore.compareTo(new BigDecimal("80")) >= 0
                    ? "GOOD"
                    : finalScore.compareTo(new BigDecimal("60")) >= 0 ? "PASS" : "FAIL";
        assertThat(row.getString("grade")).as(unit).isEqualTo(grade);
      }
      assertThat(ranked).extracting(r -> r.getInt("rank")).isSorted();
    }
    JsonObject zeroed =
        year
            .approver()
            .get("api/cycles/2022/results")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(r -> r.getString("unit").equals(zeroUnit))
            .findFirst()
            .orElseThrow();
    assertThat(zeroed.getString("grade")).isEqualTo("FAIL");
    assertThat(zeroed.getBoolean("zeroedOut")).isTrue();
    assertThat(zeroed.getJsonNumber("base").bigDecimalValue())
        .isEqualByComparingTo(expectedBase.get(zeroUnit));

    assertThat(year.admin().postJson("api/cycles/2022/close", "").status())
        .as("closed twice")
        .isEqualTo(409);
    long item = year.baseItems(bonusUnit).get(0).id();
    assertThat(year.score(item, bonusUnit, "0", "x").status()).as("frozen").isEqualTo(409);
    assertThat(
            year.assessor()
                .postJson(
                    year.path(bonusUnit) + "/special-items",
                    "{\"item\":" + bonus + ",\"occurredOn\":\"2022-05-02\",\"description\":\"晚了\"}")
                .status())
        .isEqualTo(409);
    assertThat(year.as(units.get(3)).get("api/cycles/2022/results").status())
        .as("not published")
        .isEqualTo(403);

    JsonObject verify = year.as("auditor").get("api/audit/verify").object();
    assertThat(verify.getBoolean("valid")).isTrue();
  }

  /**
   * The administrator starts the close on its page and watches it run to the end; then the results
   * page shows the ranking and its charts.
   */
  private void closeInTheBrowser(int units) {
    try (Browser browser = new Browser(base)) {
      browser.logIn("admin", Deployments.DEMO_PASSWORD);
      browser.open("admin/close.xhtml?year=2022");
      assertThat(browser.driver().findElements(By.id("close:missing")))
          .as("nothing missing")
          .isEmpty();
      browser.click(By.id("close:start"));
      browser.click(By.id("close:confirm-yes"));
      browser.waitForText(By.id("status"), "已完成", Duration.ofSeconds(120));
      browser.waitForText(By.id("cycle-state"), "已结算", Duration.ofSeconds(10));
      browser.screenshot("close-completed");

      browser.click(By.id("close:results-link"));
      assertThat(browser.text(By.id("results:table"))).contains("优秀");
      assertThat(browser.driver().findElements(By.cssSelector("canvas"))).hasSize(2);
      browser.click(By.cssSelector(".ui-row-toggler"));
      browser.waitForText(By.className("areas"), "组织领导", Duration.ofSeconds(10));
      browser.screenshot("results-town");
      browser.open("admin/jobs.xhtml");
      String newest =
          browser
              .driver()
              .findElements(By.cssSelector("[id='jobs:table_data'] > tr"))
              .get(0)
              .getText();
      assertThat(newest)
          .as("the close ranks in a step of its own; the steps are named in Chinese")
          .contains("年度结算")
          .contains("完成结算")
          .contains("已完成")
          .as("the finish counts nothing: the close shows the units it ranked, not 0 of 0")
          .contains(units + " / " + units);
      browser.screenshot("jobs");
    }
  }

  @Test
  void concurrentWritesOnOneVersionLoseNothing() throws Exception {
    YearApi year = new YearApi(base, 2040);
    year.createAndOpen();
    String unit = "hengshui";
    year.selfAssessAndSubmit(unit);
    YearApi.Item item = year.baseItems(unit).get(0);
    long version = year.sheet(year.assessor(), unit).getJsonNumber("version").longValue();

    int writers = 12;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<Http.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      String score = i % 2 == 0 ? item.points().toPlainString() : "0";
      String json =
          "{\"score\":" + score + ",\"reason\":\"并发 " + i + "\",\"version\":" + version + "}";
      replies.add(
          pool.submit(
              () -> year.assessor().send("PUT", year.path(unit) + "/scores/" + item.id(), json)));
    }
    List<Http.Reply> done = new ArrayList<>();
    for (Future<Http.Reply> reply : replies) {
      done.add(reply.get());
    }
    pool.shutdown();

    List<Http.Reply> applied = done.stream().filter(r -> r.status() == 200).toList();
    assertThat(applied).as("exactly one write wins").hasSize(1);
    assertThat(done).allSatisfy(r -> assertThat(r.status()).isIn(200, 409));
    JsonObject winner = applied.get(0).object();
    JsonObject now = year.sheet(year.assessor(), unit);
    assertThat(now.getJsonNumber("version").longValue())
        .isEqualTo(winner.getJsonNumber("version").longValue());
    JsonObject stored =
        now.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(i -> i.getJsonNumber("id").longValue() == item.id())
            .findFirst()
            .orElseThrow();
    JsonObject won =
        winner.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(i -> i.getJsonNumber("id").longValue() == item.id())
            .findFirst()
            .orElseThrow();
    assertThat(stored.getJsonNumber("score").bigDecimalValue())
        .isEqualByComparingTo(won.getJsonNumber("score").bigDecimalValue());
    assertThat(stored.getString("reason")).isEqualTo(won.getString("reason"));
  }
}
