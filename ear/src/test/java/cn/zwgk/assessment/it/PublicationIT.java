package cn.zwgk.assessment.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * After the close, through the API: the results published, appeals rejected and accepted (the
 * accepted one re-scored, re-approved and ranked again), an appeal after the window refused, the
 * archive refused while an appeal is open and then done, and the year read-only for good. The year
 * is closed once for the class; the tests run in the order of the year.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicationIT {

  private static final int YEAR = 2027;
  private static final String CYCLE = "api/cycles/" + YEAR;

  private static List<String> units;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private URL base;

  private YearApi year() throws Exception {
    YearApi year = new YearApi(base, YEAR);
    if (units == null) {
      units = year.closedYear();
    }
    return year;
  }

  private static List<JsonObject> ranking(Http as, String group) {
    Http.Reply reply = as.get(CYCLE + "/results?group=" + group);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.array().getValuesAs(JsonObject.class);
  }

  private static Map<String, JsonObject> byUnit(List<JsonObject> rows) {
    return rows.stream().collect(Collectors.toMap(r -> r.getString("unit"), r -> r));
  }

  private static Http.Reply appeal(YearApi year, String unit, String reason) {
    return year.as(unit)
        .postJson(year.path(unit) + "/appeal", "{\"reason\":" + YearApi.quote(reason) + "}");
  }

  private static Http.Reply attach(YearApi year, String unit, String fileName, byte[] content) {
    return year.as(unit)
        .upload(year.path(unit) + "/appeal/evidence", fileName, "application/pdf", content);
  }

  @Test
  @Order(1)
  void publicationShowsTheResultsToUnitsAndOpensTheWindow() throws Exception {
    YearApi year = year();
    String unit = units.get(0);
    assertThat(year.as(unit).get(CYCLE + "/results").status()).as("not yet").isEqualTo(403);
    String officeTag = year.admin().get(CYCLE + "/results").header("ETag");
    assertThat(year.as(unit).getIfNoneMatch(CYCLE + "/results", officeTag).status())
        .as("a tag that the office got opens nothing to a unit")
        .isEqualTo(403);
    assertThat(year.as(unit).postJson(CYCLE + "/publish", "").status()).isEqualTo(403);
    assertThat(year.approver().postJson(CYCLE + "/publish", "").status()).isEqualTo(403);
    assertThat(appeal(year, unit, "过早").status()).as("before publication").isEqualTo(409);
    assertThat(attach(year, unit, "过早.pdf", DataScopeIT.pdf("early")).status())
        .as("no appeal, no appeal files")
        .isEqualTo(409);
    assertThat(year.as(unit).get(year.path(unit)).object().isNull("totals"))
        .as("scores hidden from the unit before publication")
        .isTrue();

    Http.Reply published = year.admin().postJson(CYCLE + "/publish", "");

    assertThat(published.status()).as(published.body()).isEqualTo(200);
    JsonObject cycle = published.object();
    assertThat(cycle.getString("state")).isEqualTo("PUBLISHED");
    assertThat(cycle.getInt("appealWorkingDays")).isEqualTo(5);
    assertThat(cycle.getString("appealLastDay")).isNotBlank();
    assertThat(year.admin().postJson(CYCLE + "/publish", "").status()).as("twice").isEqualTo(409);
    List<JsonObject> towns = ranking(year.as(unit), "TOWN");
    assertThat(towns).isNotEmpty();
    JsonObject sheet = year.as(unit).get(year.path(unit)).object();
    assertThat(sheet.getJsonObject("totals").getJsonNumber("final").bigDecimalValue())
        .isEqualByComparingTo(
            byUnit(ranking(year.admin(), sheet.getString("group")))
                .get(unit)
                .getJsonNumber("final")
                .bigDecimalValue());
    assertThat(sheet.getJsonArray("items").getValuesAs(JsonObject.class))
        .anySatisfy(i -> assertThat(i.getString("reason", "")).isEqualTo("缺少会议记录"));
  }

  @Test
  @Order(2)
  void aRejectedAppealLeavesTheResult() throws Exception {
    YearApi year = year();
    String unit = units.get(1);
    Http.Reply filed = appeal(year, unit, "第1项已按要求召开会议，有会议纪要");
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    long id = filed.object().getJsonNumber("id").longValue();
    assertThat(filed.object().getString("state")).isEqualTo("FILED");
    byte[] minutes = DataScopeIT.pdf("appeal minutes " + unit);
    Http.Reply attached = attach(year, unit, "会议纪要.pdf", minutes);
    assertThat(attached.status()).as(attached.body()).isEqualTo(201);
    long fileId = attached.object().getJsonObject("evidence").getJsonNumber("id").longValue();
    assertThat(attach(year, unit, "会议纪要(1).pdf", minutes).object().getBoolean("duplicate"))
        .isTrue();
    Http.Reply disguised =
        year.as(unit).upload(year.path(unit) + "/appeal/evidence", "截图.png", "image/png", minutes);
    assertThat(disguised.status()).as("a PDF named .png").isEqualTo(400);
    assertThat(disguised.object().getString("error")).isEqualTo("evidence.disguised");
    assertThat(attach(year, unit, "run.exe", minutes).status()).isEqualTo(400);
    assertThat(
            year.as(units.get(2))
                .upload(year.path(unit) + "/appeal/evidence", "x.pdf", "application/pdf", minutes)
                .status())
        .as("another unit's clerk")
        .isEqualTo(403);
    assertThat(
            year.admin()
                .upload(year.path(unit) + "/appeal/evidence", "x.pdf", "application/pdf", minutes)
                .status())
        .as("the office does not add to a unit's appeal")
        .isEqualTo(403);
    String download = year.path(unit) + "/appeal/evidence/" + fileId;
    for (String who : List.of(unit, "admin", "assessor1", "auditor")) {
      Http.Reply file = year.as(who).get(download);
      assertThat(file.status()).as(who).isEqualTo(200);
      assertThat(file.body()).as(who).isEqualTo(new String(minutes, StandardCharsets.US_ASCII));
      assertThat(file.header("Content-Type")).startsWith("application/pdf");
    }
    assertThat(year.as(units.get(2)).get(download).status()).as("another unit").isEqualTo(403);
    assertThat(year.as(unit).get(year.path(units.get(2)) + "/appeal/evidence/" + fileId).status())
        .as("under another unit's path")
        .isIn(403, 404);
    JsonObject listed =
        year.admin().get(CYCLE + "/appeals").array().getValuesAs(JsonObject.class).stream()
            .filter(a -> a.getJsonNumber("id").longValue() == id)
            .findFirst()
            .orElseThrow();
    assertThat(listed.getJsonArray("files").getValuesAs(JsonObject.class))
        .singleElement()
        .satisfies(f -> assertThat(f.getString("fileName")).isEqualTo("会议纪要.pdf"));
    assertThat(year.admin().get("api/audit?unit=" + unit).array().getValuesAs(JsonObject.class))
        .anySatisfy(
            e -> {
              assertThat(e.getString("action")).isEqualTo("EVIDENCE_ADDED");
              assertThat(e.getString("target")).isEqualTo("appeal:" + id);
            });

    assertThat(
            year.as(unit)
                .postJson(CYCLE + "/appeals/" + id + "/reject", "{\"reason\":\"x\"}")
                .status())
        .as("a unit does not decide")
        .isEqualTo(403);
    Http.Reply noReason = year.admin().postJson(CYCLE + "/appeals/" + id + "/reject", "{}");
    assertThat(noReason.status()).isEqualTo(400);
    Http.Reply rejected =
        year.admin()
            .postJson(CYCLE + "/appeals/" + id + "/reject", "{\"reason\":\"会议纪要未上传，扣分成立\"}");

    assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
    assertThat(rejected.object().getString("state")).isEqualTo("REJECTED");
    assertThat(rejected.object().getString("assessmentState")).isEqualTo("FINAL");
    List<JsonObject> own =
        year.as(unit).get(CYCLE + "/appeals").array().getValuesAs(JsonObject.class);
    assertThat(own)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.getString("state")).isEqualTo("REJECTED");
              assertThat(a.getString("decisionReason")).isEqualTo("会议纪要未上传，扣分成立");
            });
    assertThat(year.as(units.get(2)).get(CYCLE + "/appeals").array())
        .as("another unit's")
        .isEmpty();
    assertThat(year.admin().postJson(CYCLE + "/appeals/" + id + "/accept", "").status())
        .as("decided once")
        .isEqualTo(409);
    Http.Reply decided = attach(year, unit, "补充材料.pdf", DataScopeIT.pdf("late " + unit));
    assertThat(decided.status()).as("after the decision").isEqualTo(409);
    assertThat(decided.object().getString("error")).isEqualTo("appeal.evidenceClosed");
  }

  @Test
  @Order(3)
  void anAcceptedAppealIsReScoredReApprovedAndRankedAgain() throws Exception {
    YearApi year = year();
    String unit = units.get(0);
    String group = year.sheet(year.admin(), unit).getString("group");
    Map<String, JsonObject> before = byUnit(ranking(year.admin(), group));
    assertThat(before.values()).allSatisfy(r -> assertThat(r.getInt("rank")).isEqualTo(1));
    String groupResults = CYCLE + "/results?group=" + group;
    String tag = year.admin().get(groupResults).header("ETag");
    assertThat(tag).isNotBlank();
    Http.Reply unchanged = year.admin().getIfNoneMatch(groupResults, tag);
    assertThat(unchanged.status()).as("the results stand").isEqualTo(304);
    assertThat(unchanged.body()).isEmpty();
    assertThat(year.admin().get(CYCLE + "/results").header("ETag"))
        .as("each group and all of them are tagged apart")
        .isNotEqualTo(tag);
    HttpResponse<byte[]> zipped =
        year.admin().download(groupResults, "Accept-Encoding", "gzip, deflate");
    assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(zipped.headers().allValues("Vary")).contains("Accept-Encoding");
    String zippedTag = zipped.headers().firstValue("ETag").orElseThrow();
    assertThat(zippedTag).as("another representation, another tag").isNotEqualTo(tag);
    try (GZIPInputStream unzip = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
      assertThat(new String(unzip.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(year.admin().get(groupResults).body());
    }
    assertThat(
            year.admin()
                .download(groupResults, "Accept-Encoding", "gzip", "If-None-Match", zippedTag)
                .statusCode())
        .isEqualTo(304);
    YearApi.Item first = year.baseItems(unit).get(0);
    assertThat(year.score(first.id(), unit, first.points().toPlainString(), null).status())
        .as("frozen before the appeal")
        .isEqualTo(409);
    assertThat(
            year.as(units.get(2))
                .postJson(year.path(unit) + "/appeal", "{\"reason\":\"x\"}")
                .status())
        .as("another unit's clerk")
        .isEqualTo(403);

    Http.Reply filed = appeal(year, unit, "第1项有会议记录，见附件");
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    assertThat(appeal(year, unit, "再次申诉").status()).as("one at a time").isEqualTo(409);
    long id = filed.object().getJsonNumber("id").longValue();
    Http.Reply accepted =
        year.admin().postJson(CYCLE + "/appeals/" + id + "/accept", "{\"reason\":\"请复核第1项\"}");
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(accepted.object().getString("assessmentState")).isEqualTo("APPEALED");
    assertThat(year.sheet(year.admin(), unit).getString("state")).isEqualTo("APPEALED");
    assertThat(year.assessor().get("api/tasks").array().getValuesAs(JsonObject.class))
        .anySatisfy(
            t -> {
              assertThat(t.getString("task")).isEqualTo("task.assessor.appealed");
              assertThat(t.getInt("count")).isEqualTo(1);
            });
    assertThat(
            year.score(year.baseItems(units.get(1)).get(0).id(), units.get(1), "0", "x").status())
        .as("a unit that no appeal re-opened stays frozen")
        .isEqualTo(409);

    assertThat(year.score(first.id(), unit, first.points().toPlainString(), null).status())
        .isEqualTo(200);
    assertThat(year.assessor().postJson(year.path(unit) + "/scored", "").status()).isEqualTo(200);
    Http.Reply approved = year.approver().postJson(year.path(unit) + "/approve", "");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.object().getString("state")).isEqualTo("FINAL");

    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    Map<String, JsonObject> after = byUnit(ranking(year.admin(), group));
    while (after.get(unit).getInt("rank") != 1
        || after.values().stream().filter(r -> r.getInt("rank") == 1).count() != 1) {
      assertThat(System.nanoTime()).as("ranked again").isLessThan(deadline);
      Thread.sleep(200);
      after = byUnit(ranking(year.admin(), group));
    }
    Http.Reply reRanked = year.admin().getIfNoneMatch(groupResults, tag);
    assertThat(reRanked.status()).as("the re-rank makes the old tag stale").isEqualTo(200);
    assertThat(reRanked.header("ETag")).isNotEqualTo(tag);
    assertThat(byUnit(reRanked.array().getValuesAs(JsonObject.class))).isEqualTo(after);
    BigDecimal oldFinal = before.get(unit).getJsonNumber("final").bigDecimalValue();
    assertThat(after.get(unit).getJsonNumber("final").bigDecimalValue())
        .isEqualByComparingTo(oldFinal.add(new BigDecimal("0.5")));
    assertThat(after.entrySet())
        .filteredOn(e -> !e.getKey().equals(unit))
        .allSatisfy(e -> assertThat(e.getValue().getInt("rank")).as(e.getKey()).isEqualTo(2));
    List<JsonObject> own =
        year.as(unit).get(CYCLE + "/appeals").array().getValuesAs(JsonObject.class);
    assertThat(own)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.getString("state")).isEqualTo("ACCEPTED");
              assertThat(a.getString("assessmentState")).isEqualTo("FINAL");
            });
    List<String> actions =
        year.admin().get("api/audit?unit=" + unit).array().getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("action"))
            .toList();
    assertThat(actions)
        .contains(
            "APPEAL_FILED",
            "APPEAL_ACCEPTED",
            "ASSESSMENT_REOPENED",
            "SCORE",
            "ASSESSMENT_APPROVED",
            "RESULT_RECOMPUTED",
            "ASSESSMENT_FINAL");
  }

  /**
   * In the browser: a unit's clerk reads its result, what it lost points on and its group's
   * ranking, and appeals; the office rejects the appeal on its page; the clerk sees the outcome.
   */
  @Test
  @Order(4)
  void aUnitAppealsAndTheOfficeDecidesInTheBrowser() throws Exception {
    YearApi year = year();
    String unit = units.get(6);
    String name = year.sheet(year.admin(), unit).getString("name");
    try (Browser browser = new Browser(base)) {
      browser.logIn(TestAccounts.clerkOf(unit), Deployments.DEMO_PASSWORD);
      browser.open("appeal.xhtml?year=" + YEAR);
      assertThat(browser.text(By.id("own-rank"))).contains("/");
      assertThat(browser.text(By.id("appeal:deductions"))).contains("缺少会议记录");
      assertThat(browser.text(By.id("appeal:ranking"))).contains(name);
      browser.type(By.id("appeal:reason"), "第1项会议记录已于年中上传，请复核");
      browser.type(By.id("appeal:evidence"), "2027年6月会议纪要");
      browser.click(By.id("appeal:file"));
      browser.waitForText(By.id("appeal:appeals"), "待处理", Duration.ofSeconds(10));
      Path minutes = Files.createTempDirectory("appeal").resolve("六月会议纪要.pdf");
      Files.write(minutes, DataScopeIT.pdf("browser appeal " + unit));
      browser.driver().findElement(By.id("appeal:attach-file_input")).sendKeys(minutes.toString());
      browser.waitForText(By.id("appeal:appeals"), "六月会议纪要.pdf", Duration.ofSeconds(10));
      browser.screenshot("appeal-filed");
    }
    try (Browser browser = new Browser(base)) {
      browser.logIn("admin", Deployments.DEMO_PASSWORD);
      browser.open("admin/publication.xhtml?year=" + YEAR);
      assertThat(browser.text(By.id("publication:appeals")))
          .contains(name)
          .contains("会议记录已于年中上传")
          .contains("六月会议纪要.pdf");
      String href =
          browser.driver().findElement(By.partialLinkText("六月会议纪要.pdf")).getAttribute("href");
      assertThat(href).contains("/appeal/evidence/");
      Http.Reply file = year.admin().get(href.substring(href.indexOf("api/")));
      assertThat(file.status()).isEqualTo(200);
      assertThat(file.body()).contains("browser appeal " + unit);
      browser.type(By.cssSelector("textarea[id$=':note']"), "会议记录未见上传时间，扣分成立");
      browser.click(By.cssSelector("button[id$=':reject']"));
      browser.waitForText(By.id("publication:appeals"), "会议记录未见上传时间，扣分成立", Duration.ofSeconds(10));
      assertThat(browser.driver().findElements(By.cssSelector("button[id$=':reject']"))).isEmpty();
      browser.screenshot("appeal-decided");
    }
    try (Browser browser = new Browser(base)) {
      browser.logIn(TestAccounts.clerkOf(unit), Deployments.DEMO_PASSWORD);
      browser.open("appeal.xhtml?year=" + YEAR);
      assertThat(browser.text(By.id("appeal:appeals"))).contains("已驳回").contains("扣分成立");
    }
  }

  /**
   * The office's calendar: read by everyone, kept by the admin with a reason, bad dates refused
   * with nothing changed, and the window counted again on it skips the holidays.
   */
  @Test
  @Order(5)
  void theWindowSkipsTheHolidaysThatTheOfficeKeeps() throws Exception {
    YearApi year = year();
    JsonObject seeded = year.as(units.get(0)).get("api/calendar").object();
    assertThat(dates(seeded, "holidays")).contains("2026-02-16", "2026-10-01", "2025-01-01");
    assertThat(dates(seeded, "workdays")).contains("2026-02-14", "2026-10-10", "2025-09-28");
    String calendar = "api/calendar";
    String body = "{\"holidays\":%s,\"workdays\":%s,\"reason\":%s}";

    assertThat(
            year.as(units.get(0))
                .send("PUT", calendar, body.formatted("\"\"", "\"\"", "\"x\""))
                .status())
        .isEqualTo(403);
    Http.Reply noReason =
        year.admin().send("PUT", calendar, body.formatted("\"2030-01-01\"", "\"\"", "\" \""));
    assertThat(noReason.status()).isEqualTo(400);
    Http.Reply badDate =
        year.admin().send("PUT", calendar, body.formatted("\"2030-02-30\"", "\"\"", "\"x\""));
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.object().getString("error")).isEqualTo("calendar.badDate");
    Http.Reply weekday =
        year.admin().send("PUT", calendar, body.formatted("\"\"", "\"2030-01-02\"", "\"x\""));
    assertThat(weekday.object().getString("error")).isEqualTo("calendar.workdayNotWeekend");
    assertThat(year.admin().get(calendar).object()).as("nothing changed").isEqualTo(seeded);
    try (Browser browser = new Browser(base)) {
      browser.logIn("admin", Deployments.DEMO_PASSWORD);
      browser.open("admin/cycles.xhtml");
      assertThat(browser.driver().findElement(By.id("calendar:holidays")).getAttribute("value"))
          .contains("2026-02-15~2026-02-23", "2025-10-01~2025-10-08");
      assertThat(browser.driver().findElement(By.id("calendar:workdays")).getAttribute("value"))
          .contains("2026-02-14", "2026-10-10");
      browser.type(By.id("calendar:workdays"), "2030-01-02");
      browser.type(By.id("calendar:reason"), "补录调休");
      browser.click(By.id("calendar:save"));
      browser.waitForText(By.id("messages"), "不是周六或周日", Duration.ofSeconds(10));
      browser.screenshot("calendar-refused");
    }
    assertThat(year.admin().get(calendar).object()).as("nothing changed").isEqualTo(seeded);

    LocalDate today = LocalDate.now();
    String holidays =
        String.join(" ", dates(seeded, "holidays"))
            + " "
            + today.plusDays(1)
            + "~"
            + today.plusDays(10);
    String workdays = String.join(" ", dates(seeded, "workdays"));
    Http.Reply saved =
        year.admin()
            .send(
                "PUT",
                calendar,
                body.formatted(
                    YearApi.quote(holidays), YearApi.quote(workdays), YearApi.quote("临时停工十天")));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    Http.Reply window = year.admin().send("PUT", CYCLE + "/appeal-window", "{\"workingDays\":1}");
    assertThat(window.status()).as(window.body()).isEqualTo(200);
    List<String> off = dates(saved.object(), "holidays");
    List<String> worked = dates(saved.object(), "workdays");
    LocalDate expected = today.plusDays(11);
    while (!worked.contains(expected.toString())
        && (expected.getDayOfWeek().getValue() > 5 || off.contains(expected.toString()))) {
      expected = expected.plusDays(1);
    }
    assertThat(window.object().getString("appealLastDay")).isEqualTo(expected.toString());
    assertThat(year.admin().get("api/audit").array().getValuesAs(JsonObject.class))
        .anySatisfy(
            e -> {
              assertThat(e.getString("action")).isEqualTo("CALENDAR_CHANGED");
              assertThat(e.getString("reason")).isEqualTo("临时停工十天");
              assertThat(e.getString("newValue")).contains(today.plusDays(1) + "~");
            });

    Http.Reply restored =
        year.admin()
            .send(
                "PUT",
                calendar,
                body.formatted(
                    YearApi.quote(String.join(" ", dates(seeded, "holidays"))),
                    YearApi.quote(workdays),
                    YearApi.quote("恢复")));
    assertThat(restored.object()).isEqualTo(seeded);
    assertThat(year.admin().send("PUT", CYCLE + "/appeal-window", "{\"workingDays\":5}").status())
        .isEqualTo(200);
  }

  private static List<String> dates(JsonObject calendar, String list) {
    return calendar.getJsonArray(list).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  /**
   * Demo mode's year before the current one: closed, ranked and graded by the rules, published, its
   * one appeal (with a file) rejected, and archived.
   */
  @Test
  @Order(12)
  void theDemoYearBeforeIsArchivedWithItsResultsAndASettledAppeal() throws Exception {
    YearApi year = year();
    String demo = "api/cycles/" + (LocalDate.now().getYear() - 1);
    Http admin = year.admin();
    assertThat(admin.get(demo).object().getString("state")).isEqualTo("ARCHIVED");
    for (String group : List.of("TOWN", "DEPARTMENT")) {
      List<JsonObject> rows =
          admin.get(demo + "/results?group=" + group).array().getValuesAs(JsonObject.class);
      assertThat(rows).isNotEmpty();
      assertThat(rows).allSatisfy(r -> assertThat(r.getString("grade")).isNotBlank());
      for (int i = 1; i < rows.size(); i++) {
        BigDecimal above = rows.get(i - 1).getJsonNumber("final").bigDecimalValue();
        BigDecimal here = rows.get(i).getJsonNumber("final").bigDecimalValue();
        assertThat(here).isLessThanOrEqualTo(above);
        assertThat(rows.get(i).getInt("rank"))
            .isEqualTo(here.compareTo(above) == 0 ? rows.get(i - 1).getInt("rank") : i + 1);
      }
      JsonObject first = rows.get(0);
      JsonObject sheet = admin.get(demo + "/assessments/" + first.getString("unit")).object();
      assertThat(sheet.getString("state")).isEqualTo("FINAL");
      assertThat(sheet.getJsonObject("totals").getJsonNumber("final").bigDecimalValue())
          .isEqualByComparingTo(first.getJsonNumber("final").bigDecimalValue());
    }
    List<JsonObject> appeals = admin.get(demo + "/appeals").array().getValuesAs(JsonObject.class);
    assertThat(appeals).hasSize(1);
    JsonObject appeal = appeals.get(0);
    assertThat(appeal.getString("state")).isEqualTo("REJECTED");
    JsonObject file = appeal.getJsonArray("files").getJsonObject(0);
    Http.Reply download =
        admin.get(
            demo
                + "/assessments/"
                + appeal.getString("unit")
                + "/appeal/evidence/"
                + file.getInt("id"));
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.header("Content-Type")).startsWith("application/pdf");
    assertThat(year.as(appeal.getString("unit")).get(demo + "/appeals").array()).hasSize(1);
  }

  @Test
  @Order(6)
  void theArchiveWaitsForTheWindowAndEveryAppeal() throws Exception {
    YearApi year = year();
    Http.Reply early = year.admin().postJson(CYCLE + "/archive", "");
    assertThat(early.status()).as(early.body()).isEqualTo(409);
    assertThat(early.object().getString("error")).isEqualTo("cycle.appealWindowOpen");
    String unit = units.get(3);
    Http.Reply open = appeal(year, unit, "第1项扣分过重");
    assertThat(open.status()).as(open.body()).isEqualTo(201);
    long id = open.object().getJsonNumber("id").longValue();
    assertThat(year.admin().get("api/tasks").array().getValuesAs(JsonObject.class))
        .anySatisfy(
            t -> {
              assertThat(t.getString("task")).isEqualTo("task.admin.appeals");
              assertThat(t.getInt("count")).isEqualTo(1);
            });

    assertThat(year.as(unit).send("PUT", CYCLE + "/appeal-window", "{\"workingDays\":0}").status())
        .isEqualTo(403);
    assertThat(year.admin().send("PUT", CYCLE + "/appeal-window", "{\"workingDays\":-1}").status())
        .isEqualTo(400);
    Http.Reply ended = year.admin().send("PUT", CYCLE + "/appeal-window", "{\"workingDays\":0}");
    assertThat(ended.status()).as(ended.body()).isEqualTo(200);
    Http.Reply late = appeal(year, units.get(4), "晚了");
    assertThat(late.status()).as("outside the window").isEqualTo(409);
    assertThat(late.object().getString("error")).isEqualTo("appeal.windowClosed");
    Http.Reply lateFile = attach(year, unit, "补充.pdf", DataScopeIT.pdf("after window " + unit));
    assertThat(lateFile.status())
        .as("a filed appeal takes no file after the window")
        .isEqualTo(409);
    assertThat(lateFile.object().getString("error")).isEqualTo("appeal.windowClosed");

    Http.Reply unsettled = year.admin().postJson(CYCLE + "/archive", "");
    assertThat(unsettled.status()).isEqualTo(409);
    assertThat(unsettled.object().getString("error")).isEqualTo("cycle.appealsUnsettled");
    assertThat(
            year.admin()
                .postJson(CYCLE + "/appeals/" + id + "/reject", "{\"reason\":\"扣分依据充分\"}")
                .status())
        .isEqualTo(200);

    Http.Reply archived = year.admin().postJson(CYCLE + "/archive", "");
    assertThat(archived.status()).as(archived.body()).isEqualTo(200);
    assertThat(archived.object().getString("state")).isEqualTo("ARCHIVED");
  }

  @Test
  @Order(7)
  void anArchivedYearIsReadOnly() throws Exception {
    YearApi year = year();
    assertThat(year.admin().get(CYCLE).object().getString("state")).isEqualTo("ARCHIVED");
    String unit = units.get(5);
    long item = year.baseItems(unit).get(0).id();
    assertThat(year.score(item, unit, "0", "x").status()).isEqualTo(409);
    assertThat(appeal(year, unit, "归档后").status()).isEqualTo(409);
    assertThat(year.admin().send("PUT", CYCLE + "/appeal-window", "{\"workingDays\":5}").status())
        .isEqualTo(409);
    assertThat(year.admin().postJson(CYCLE + "/publish", "").status()).isEqualTo(409);
    assertThat(year.admin().postJson(CYCLE + "/archive", "").status()).isEqualTo(409);
    assertThat(year.approver().postJson(year.path(unit) + "/approve", "").status()).isEqualTo(409);
    assertThat(ranking(year.as(unit), "TOWN")).as("results stay readable").isNotEmpty();
    assertThat(year.as("auditor").get("api/audit/verify").object().getBoolean("valid")).isTrue();
  }

  /** 考核结果汇总表, read back: each group's ranking, each unit's score sheet, the special items. */
  @Test
  @Order(8)
  void theWorkbookHoldsTheRankingsAndEveryUnitsSheet() throws Exception {
    YearApi year = year();
    assertThat(year.as(units.get(0)).download(CYCLE + "/export.xlsx").statusCode()).isEqualTo(403);
    assertThat(year.assessor().download(CYCLE + "/export.xlsx").statusCode()).isEqualTo(403);
    HttpResponse<byte[]> reply = year.approver().download(CYCLE + "/export.xlsx");
    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(reply.body()))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(3 + units.size());
      for (String group : List.of("TOWN", "DEPARTMENT")) {
        List<JsonObject> ranking = ranking(year.admin(), group);
        Sheet sheet = book.getSheet(group.equals("TOWN") ? "镇(区)政府排名" : "县直单位排名");
        assertThat(sheet).as(group).isNotNull();
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains(YEAR + "年度政务公开工作考核结果");
        assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("单位名称");
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
        assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:2");
        assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        assertThat(sheet.getLastRowNum()).isEqualTo(1 + ranking.size());
        for (int i = 0; i < ranking.size(); i++) {
          JsonObject expected = ranking.get(i);
          Row row = sheet.getRow(2 + i);
          assertThat(row.getCell(1).getStringCellValue()).isEqualTo(expected.getString("name"));
          assertThat((int) row.getCell(0).getNumericCellValue()).isEqualTo(expected.getInt("rank"));
          assertThat(BigDecimal.valueOf(row.getCell(5).getNumericCellValue()))
              .as(expected.getString("unit"))
              .isEqualByComparingTo(expected.getJsonNumber("final").bigDecimalValue());
          assertThat(BigDecimal.valueOf(row.getCell(2).getNumericCellValue()))
              .isEqualByComparingTo(expected.getJsonNumber("base").bigDecimalValue());
          assertThat(row.getCell(6).getStringCellValue()).isIn("优秀", "良好", "合格", "不合格");
        }
      }
      assertThat(book.getSheet("特别加减分")).isNotNull();

      String unit = units.get(0);
      JsonObject sheetJson = year.sheet(year.admin(), unit);
      Sheet detail = book.getSheet(sheetJson.getString("name"));
      assertThat(detail).isNotNull();
      assertThat(detail.getRow(1).getCell(7).getStringCellValue()).isEqualTo("扣分理由");
      List<JsonObject> items =
          sheetJson.getJsonArray("items").getValuesAs(JsonObject.class).stream()
              .filter(i -> i.getString("kind").equals("BASE"))
              .toList();
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = 0; i < items.size(); i++) {
        Row row = detail.getRow(2 + i);
        JsonObject item = items.get(i);
        assertThat(BigDecimal.valueOf(row.getCell(4).getNumericCellValue()))
            .isEqualByComparingTo(item.getJsonNumber("points").bigDecimalValue());
        assertThat(BigDecimal.valueOf(row.getCell(6).getNumericCellValue()))
            .isEqualByComparingTo(item.getJsonNumber("score").bigDecimalValue());
        assertThat(BigDecimal.valueOf(row.getCell(5).getNumericCellValue()))
            .isEqualByComparingTo(item.getJsonNumber("selfScore").bigDecimalValue());
        sum = sum.add(BigDecimal.valueOf(row.getCell(6).getNumericCellValue()));
      }
      assertThat(sum).isEqualByComparingTo("100");
      Sheet rejectedUnit = book.getSheet(year.sheet(year.admin(), units.get(1)).getString("name"));
      assertThat(rejectedUnit.getRow(2).getCell(7).getStringCellValue()).isEqualTo("缺少会议记录");
    }
  }

  /** 考核结果通报: both rankings with grades, and one score sheet per unit; its text is Chinese. */
  @Test
  @Order(9)
  void theReportNamesEveryUnitInChinese() throws Exception {
    YearApi year = year();
    assertThat(year.as(units.get(0)).download(CYCLE + "/report.pdf").statusCode()).isEqualTo(403);
    HttpResponse<byte[]> reply = year.admin().download(CYCLE + "/report.pdf");
    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Type").orElse("")).contains("application/pdf");

    try (PDDocument pdf = Loader.loadPDF(reply.body())) {
      assertThat(pdf.getNumberOfPages()).isGreaterThan(units.size());
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains(YEAR + "年度政务公开工作考核结果通报")
          .contains("镇(区)政府")
          .contains("县直单位")
          .contains("优秀")
          .contains("成绩单")
          .contains("缺少会议记录");
      for (String unit : units) {
        assertThat(text).contains(year.sheet(year.admin(), unit).getString("name"));
      }
      PDFTextStripper lastPage = new PDFTextStripper();
      lastPage.setStartPage(pdf.getNumberOfPages());
      lastPage.setEndPage(pdf.getNumberOfPages());
      assertThat(lastPage.getText(pdf)).contains("成绩单").contains("分项得分");
    }
  }

  /** 整改: a unit records its measures item by item; the office follows the completion rates. */
  @Test
  @Order(10)
  void rectificationIsRecordedAndItsRateFollowed() throws Exception {
    YearApi year = year();
    String unit = units.get(1);
    String path = year.path(unit) + "/rectification";
    List<JsonObject> items = year.as(unit).get(path).array().getValuesAs(JsonObject.class);
    assertThat(items)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.getString("reason")).isEqualTo("缺少会议记录");
              assertThat(i.isNull("measures")).isTrue();
            });
    long item = items.get(0).getJsonNumber("item").longValue();
    long fullMarks = year.baseItems(unit).get(1).id();
    String today = java.time.LocalDate.now().toString();
    String tomorrow = java.time.LocalDate.now().plusDays(1).toString();

    assertThat(
            year.as(units.get(2)).send("PUT", path + "/" + item, "{\"measures\":\"x\"}").status())
        .isEqualTo(403);
    assertThat(year.as(unit).send("PUT", path + "/" + item, "{\"measures\":\" \"}").status())
        .isEqualTo(400);
    assertThat(
            year.as(unit)
                .send(
                    "PUT",
                    path + "/" + item,
                    "{\"measures\":\"补录\",\"completedOn\":\"" + tomorrow + "\"}")
                .status())
        .isEqualTo(400);
    assertThat(year.as(unit).send("PUT", path + "/" + fullMarks, "{\"measures\":\"无\"}").status())
        .as("no points lost there")
        .isEqualTo(409);
    Http.Reply begun =
        year.as(unit).send("PUT", path + "/" + item, "{\"measures\":\"建立会议记录归档制度\"}");
    assertThat(begun.status()).as(begun.body()).isEqualTo(200);
    assertThat(rateOf(year, unit).getInt("completed")).isZero();
    assertThat(rateOf(year, unit).getInt("toRectify")).isEqualTo(1);

    long version = begun.object().getJsonNumber("version").longValue();
    Http.Reply done =
        year.as(unit)
            .send(
                "PUT",
                path + "/" + item,
                "{\"measures\":\"会议记录已补录并归档\",\"completedOn\":\""
                    + today
                    + "\",\"version\":"
                    + version
                    + "}");
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(
            year.as(unit)
                .send("PUT", path + "/" + item, "{\"measures\":\"旧\",\"version\":" + version + "}")
                .status())
        .as("stale")
        .isEqualTo(409);
    JsonObject rate = rateOf(year, unit);
    assertThat(rate.getInt("completed")).isEqualTo(1);
    assertThat(rate.getJsonNumber("percent").bigDecimalValue()).isEqualByComparingTo("100");

    JsonObject progress = year.approver().get(CYCLE + "/rectification").object();
    JsonObject overall = progress.getJsonObject("overall");
    assertThat(overall.getInt("toRectify"))
        .as("every unit but the one re-scored")
        .isEqualTo(units.size() - 1);
    assertThat(overall.getInt("completed")).isEqualTo(1);
    assertThat(overall.getJsonNumber("percent").bigDecimalValue())
        .isEqualByComparingTo(
            new BigDecimal(100)
                .divide(new BigDecimal(units.size() - 1), 1, java.math.RoundingMode.HALF_UP));
    assertThat(year.as(unit).get(CYCLE + "/rectification").status()).isEqualTo(403);

    try (Browser browser = new Browser(base)) {
      String other = units.get(2);
      browser.logIn(TestAccounts.clerkOf(other), Deployments.DEMO_PASSWORD);
      browser.open("rectification.xhtml?year=" + YEAR);
      browser.type(By.id("rect:items:0:measures"), "完善会议记录制度并补录");
      browser.click(By.id("rect:items:0:save"));
      browser.waitForText(By.id("messages"), "已保存", Duration.ofSeconds(10));
    }
    try (Browser browser = new Browser(base)) {
      browser.logIn("admin", Deployments.DEMO_PASSWORD);
      browser.open("rectification.xhtml?year=" + YEAR);
      assertThat(browser.text(By.id("overall"))).contains("1 / " + (units.size() - 1));
      assertThat(browser.driver().findElements(By.cssSelector("canvas"))).hasSize(1);
      browser.screenshot("rectification-office");
    }
  }

  private static JsonObject rateOf(YearApi year, String unit) {
    return year
        .admin()
        .get(CYCLE + "/rectification")
        .object()
        .getJsonArray("units")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(u -> u.getString("unit").equals(unit))
        .findFirst()
        .orElseThrow()
        .getJsonObject("rate");
  }

  /** 结果分析: areas against the group's average, results by year, distribution, most points lost. */
  @Test
  @Order(11)
  void theAnalysisShowsAreasYearsDistributionAndLostPoints() throws Exception {
    YearApi year = year();
    String reScored = units.get(0);
    String analysis = CYCLE + "/analysis";
    String group = year.sheet(year.admin(), reScored).getString("group");
    List<JsonObject> areas =
        year.as(reScored)
            .get(analysis + "/areas?unit=" + reScored)
            .array()
            .getValuesAs(JsonObject.class);
    assertThat(areas).hasSizeGreaterThanOrEqualTo(5);
    BigDecimal unitSum = BigDecimal.ZERO;
    for (JsonObject a : areas) {
      BigDecimal points = a.getJsonNumber("points").bigDecimalValue();
      assertThat(a.getJsonNumber("unit").bigDecimalValue())
          .as("full marks after the appeal")
          .isEqualByComparingTo(points);
      assertThat(a.getJsonNumber("groupAverage").bigDecimalValue()).isLessThanOrEqualTo(points);
      unitSum = unitSum.add(a.getJsonNumber("unit").bigDecimalValue());
    }
    assertThat(unitSum).isEqualByComparingTo("100");
    BigDecimal averageSum =
        areas.stream()
            .map(a -> a.getJsonNumber("groupAverage").bigDecimalValue())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(averageSum)
        .as("everyone else lost half a point")
        .isLessThan(new BigDecimal("100"))
        .isGreaterThan(new BigDecimal("99.4"));
    assertThat(year.as(units.get(2)).get(analysis + "/areas?unit=" + reScored).status())
        .isEqualTo(403);

    List<JsonObject> history =
        year.as(reScored)
            .get(analysis + "/history?unit=" + reScored)
            .array()
            .getValuesAs(JsonObject.class);
    assertThat(history)
        .anySatisfy(
            h -> {
              assertThat(h.getInt("year")).isEqualTo(YEAR);
              assertThat(h.getInt("rank")).isEqualTo(1);
              assertThat(h.getJsonNumber("final").bigDecimalValue()).isEqualByComparingTo("100");
            });

    List<JsonObject> bands =
        year.approver()
            .get(analysis + "/distribution?group=" + group)
            .array()
            .getValuesAs(JsonObject.class);
    int groupSize = ranking(year.admin(), group).size();
    assertThat(bands.stream().mapToInt(b -> b.getInt("units")).sum()).isEqualTo(groupSize);
    assertThat(bands)
        .filteredOn(b -> b.getString("label").equals("≥100"))
        .singleElement()
        .satisfies(b -> assertThat(b.getInt("units")).isEqualTo(1));
    assertThat(bands)
        .filteredOn(b -> b.getString("label").equals("95–100"))
        .singleElement()
        .satisfies(b -> assertThat(b.getInt("units")).isEqualTo(groupSize - 1));

    List<JsonObject> lost =
        year.admin().get(analysis + "/lost-points?limit=5").array().getValuesAs(JsonObject.class);
    assertThat(lost).isNotEmpty().hasSizeLessThanOrEqualTo(2);
    int unitsLosing = lost.stream().mapToInt(l -> l.getInt("units")).sum();
    assertThat(unitsLosing).as("all but the re-scored unit").isEqualTo(units.size() - 1);
    assertThat(lost.get(0).getJsonNumber("lost").bigDecimalValue())
        .isEqualByComparingTo(
            new BigDecimal("0.5").multiply(BigDecimal.valueOf(lost.get(0).getInt("units"))));

    try (Browser browser = new Browser(base)) {
      browser.logIn(TestAccounts.clerkOf(reScored), Deployments.DEMO_PASSWORD);
      browser.open("analysis.xhtml?year=" + YEAR);
      assertThat(browser.driver().findElements(By.cssSelector("canvas"))).hasSize(4);
      assertThat(browser.text(By.id("history-table")))
          .contains(String.valueOf(YEAR))
          .contains("1 / ");
      browser.screenshot("analysis-unit");
    }
  }
}
