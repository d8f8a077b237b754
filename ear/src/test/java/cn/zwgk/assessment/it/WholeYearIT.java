package cn.zwgk.assessment.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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

    Map<String, BigDecimal> expectedBase = new ConcurrentHashMap<>();
    inParallel(
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
          assertThat(year.approver().postJson(year.path(unit) + "/approve", "").status())
              .isEqualTo(200);
        });

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

    JsonObject verify = year.as("auditor").get("api/audit/verify").object();
    assertThat(verify.getBoolean("valid")).isTrue();
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

  private interface UnitWork {
    void run(String unit) throws Exception;
  }

  /** Four units at a time: several clerks and one busy assessor, as at a deadline. */
  private static void inParallel(List<String> units, UnitWork work) throws Exception {
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
}
