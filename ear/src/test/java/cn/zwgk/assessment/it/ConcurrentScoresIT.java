package cn.zwgk.assessment.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The concurrency drill (issue 6): 1,000 conflicting score writes on one item at once — without a
 * version, with the version last seen, with a version long stale. Each is applied (200) or refused
 * with 409; none is lost: every applied write moved the assessment's version on by exactly one and
 * left exactly one audit event, and the item holds the last applied score.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentScoresIT {

  private static final int YEAR = 2053;
  private static final String UNIT = "minzheng";
  private static final int WRITES = 1_000;
  private static final int THREADS = 32;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private URL base;

  /** A write the server applied: what was sent and the version its answer carried. */
  private record Applied(int write, String score, String reason, long version) {}

  @Test
  void everyConflictingWriteIsAppliedOrRefusedAndNoneIsLost() throws Exception {
    YearApi year = new YearApi(base, YEAR);
    year.createAndOpen();
    year.selfAssessAndSubmit(UNIT);
    YearApi.Item item = year.baseItems(UNIT).get(0);
    assertThat(year.score(item.id(), UNIT, "0", "初评").status()).isEqualTo(200);
    long start = version(year);
    long eventsBefore = scoreEvents(year, item.id()).size();
    int steps = item.points().multiply(BigDecimal.valueOf(2)).intValue() + 1;

    AtomicLong lastSeen = new AtomicLong(start);
    Map<Integer, Applied> applied = new ConcurrentHashMap<>();
    Map<Integer, String> unexpected = new ConcurrentHashMap<>();
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> futures = new ArrayList<>();
    Http assessor = year.assessor();
    for (int i = 0; i < WRITES; i++) {
      int write = i;
      futures.add(
          pool.submit(
              () -> {
                go.await();
                String score =
                    BigDecimal.valueOf(write % steps, 0)
                        .multiply(new BigDecimal("0.5"))
                        .toPlainString();
                String reason = "第 " + write + " 次评分";
                String version =
                    switch (write % 3) {
                      case 0 -> "";
                      case 1 -> ",\"version\":" + lastSeen.get();
                      default -> ",\"version\":" + start;
                    };
                Http.Reply reply =
                    assessor.send(
                        "PUT",
                        year.path(UNIT) + "/scores/" + item.id(),
                        "{\"score\":"
                            + score
                            + ",\"reason\":"
                            + YearApi.quote(reason)
                            + version
                            + "}");
                statuses.merge(reply.status(), 1, Integer::sum);
                if (reply.status() == 200) {
                  long now = reply.object().getJsonNumber("version").longValue();
                  lastSeen.accumulateAndGet(now, Math::max);
                  applied.put(write, new Applied(write, score, reason, now));
                } else if (reply.status() != 409 || !reply.object().containsKey("message")) {
                  unexpected.put(write, reply.status() + " " + reply.body());
                }
                return null;
              }));
    }
    go.countDown();
    for (Future<?> future : futures) {
      future.get();
    }
    pool.shutdown();

    System.out.printf(
        "Concurrency drill: %d conflicting writes, %s by status; %d applied, none lost%n",
        WRITES, new TreeMap<>(statuses), applied.size());
    assertThat(unexpected).as("only 200 or 409").isEmpty();
    assertThat(applied).isNotEmpty();

    List<Long> versions = applied.values().stream().map(Applied::version).sorted().toList();
    assertThat(versions)
        .as("each applied write moved the version on by one: none was applied on top of another")
        .isEqualTo(
            java.util.stream.LongStream.rangeClosed(start + 1, start + applied.size())
                .boxed()
                .toList());
    Applied last =
        applied.values().stream().max(Comparator.comparingLong(Applied::version)).orElseThrow();

    JsonObject sheet = year.sheet(year.admin(), UNIT);
    assertThat(sheet.getJsonNumber("version").longValue()).isEqualTo(last.version());
    JsonObject stored =
        sheet.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(i -> i.getJsonNumber("id").longValue() == item.id())
            .findFirst()
            .orElseThrow();
    assertThat(stored.getJsonNumber("score").bigDecimalValue()).isEqualByComparingTo(last.score());
    assertThat(stored.getString("reason")).isEqualTo(last.reason());

    List<JsonObject> events = scoreEvents(year, item.id());
    assertThat(events)
        .as("one audit event per applied write")
        .hasSize((int) eventsBefore + applied.size());
    List<String> audited =
        events.subList(0, applied.size()).stream()
            .sorted(Comparator.comparingLong(e -> e.getJsonNumber("id").longValue()))
            .map(e -> e.getString("newValue"))
            .toList();
    List<String> inVersionOrder =
        applied.values().stream()
            .sorted(Comparator.comparingLong(Applied::version))
            .map(a -> new BigDecimal(a.score()).toPlainString() + " | " + a.reason())
            .toList();
    assertThat(audited.stream().map(ConcurrentScoresIT::normalised).toList())
        .as("the audit trail tells the applied writes in the order they were applied")
        .isEqualTo(inVersionOrder.stream().map(ConcurrentScoresIT::normalised).toList());
    Http.Reply verified = year.as("auditor").get("api/audit/verify");
    assertThat(verified.status()).isEqualTo(200);
    assertThat(verified.object().getBoolean("valid")).as(verified.body()).isTrue();
    Http.Reply after = year.score(item.id(), UNIT, item.points().toPlainString(), null);
    assertThat(after.status()).as("a write after the storm: " + after.body()).isEqualTo(200);
    assertThat(scoreEvents(year, item.id())).hasSize((int) eventsBefore + applied.size() + 1);
  }

  /** "1.50 | reason" and "1.5 | reason" are the same score. */
  private static String normalised(String described) {
    int bar = described.indexOf(" | ");
    return new BigDecimal(described.substring(0, bar)).stripTrailingZeros().toPlainString()
        + described.substring(bar);
  }

  private static long version(YearApi year) {
    return year.sheet(year.admin(), UNIT).getJsonNumber("version").longValue();
  }

  /** The SCORE events of the item, newest first. */
  private static List<JsonObject> scoreEvents(YearApi year, long item) {
    Http.Reply reply = year.admin().get("api/audit?unit=" + UNIT + "&limit=10000");
    assertThat(reply.status()).isEqualTo(200);
    String target = "assessment:" + YEAR + "/" + UNIT + "/item:" + item;
    return reply.array().getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("action").equals("SCORE") && e.getString("target").equals(target))
        .collect(Collectors.toList());
  }
}
