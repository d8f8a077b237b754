package cn.zwgk.assessment.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The year's work through the API (API.md, "One year's assessment"): every transition and every
 * refusal — wrong state 409, another unit's data 403, bad input 400, stale version 409 — each
 * leaving the data as it was, and the audit trail intact afterwards. Each test has a year of its
 * own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentYearIT {

  private static final String PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void aCycleIsCreatedEditedAndOpenedOnlyByTheOfficeAndOnlyWhenItSumsTo100() {
    YearApi year = new YearApi(base, 2031);
    assertThat(year.as("huimeng").postJson("api/cycles", "{\"year\":2031}").status())
        .isEqualTo(403);
    assertThat(year.admin().postJson("api/cycles", "{\"year\":1999}").status()).isEqualTo(400);
    assertThat(year.admin().postJson("api/cycles", "{\"year\":\"abc\"}").status()).isEqualTo(400);
    Http.Reply created = year.admin().postJson("api/cycles", "{\"year\":2031}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.object().getString("state")).isEqualTo("DRAFT");
    assertThat(year.admin().postJson("api/cycles", "{\"year\":2031}").status()).isEqualTo(409);

    List<JsonObject> items =
        year.admin().get("api/cycles/2031/items?group=TOWN").array().getValuesAs(JsonObject.class);
    assertThat(items).hasSize(65);
    JsonObject first = items.get(0);
    String points = "api/cycles/2031/items/" + first.getJsonNumber("id") + "/points";
    assertThat(year.admin().send("PUT", points, "{\"points\":1.25}").status()).isEqualTo(400);
    assertThat(year.assessor().send("PUT", points, "{\"points\":2}").status()).isEqualTo(403);
    Http.Reply changed = year.admin().send("PUT", points, "{\"points\":2}");
    assertThat(changed.status()).isEqualTo(200);
    Http.Reply stale =
        year.admin()
            .send("PUT", points, "{\"points\":1.5,\"version\":" + first.getInt("version") + "}");
    assertThat(stale.status()).as("a stale version").isEqualTo(409);

    String settings = "api/cycles/2031/settings";
    assertThat(
            year.admin().send("PUT", settings, "{\"bonusItemCap\":3,\"bonusTotalCap\":2}").status())
        .isEqualTo(400);
    Http.Reply strict =
        year.admin()
            .send(
                "PUT",
                settings,
                "{\"bonusItemCap\":2,\"bonusTotalCap\":5,\"excellentMin\":92,\"goodMin\":80,"
                    + "\"passMin\":60,\"excellentQuotaPercent\":25}");
    assertThat(strict.status()).as(strict.body()).isEqualTo(200);
    assertThat(strict.object().getJsonObject("settings").getInt("excellentMin")).isEqualTo(92);
    Http.Reply refused = year.admin().postJson("api/cycles/2031/open", "");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.object().getString("error")).isEqualTo("cycle.pointsNot100");
    assertThat(year.admin().get("api/cycles/2031").object().getString("state")).isEqualTo("DRAFT");

    assertThat(year.admin().send("PUT", points, "{\"points\":1.5}").status()).isEqualTo(200);
    assertThat(
            year.admin()
                .send(
                    "PUT",
                    "api/cycles/2031/deadlines",
                    "{\"selfAssessmentDue\":\"2031-12-20\",\"scoringDue\":\"2031-12-01\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            year.admin()
                .send(
                    "PUT",
                    "api/cycles/2031/deadlines",
                    "{\"selfAssessmentDue\":\"2031-12-20\",\"scoringDue\":\"2031-12-31\"}")
                .status())
        .isEqualTo(200);
    Http.Reply opened = year.admin().postJson("api/cycles/2031/open", "");
    assertThat(opened.status()).isEqualTo(200);
    assertThat(opened.object().getString("state")).isEqualTo("OPEN");
    assertThat(opened.object().getString("scoringDue")).isEqualTo("2031-12-31");
    assertThat(year.admin().postJson("api/cycles/2031/open", "").status())
        .as("opened twice")
        .isEqualTo(409);
    assertThat(year.admin().send("PUT", points, "{\"points\":2}").status())
        .as("frozen once open")
        .isEqualTo(409);
    assertThat(
            year.admin()
                .send(
                    "PUT",
                    settings,
                    "{\"bonusItemCap\":2,\"bonusTotalCap\":5,\"excellentMin\":90,\"goodMin\":80,\"passMin\":60,\"excellentQuotaPercent\":30}")
                .status())
        .as("settings frozen once open")
        .isEqualTo(409);

    // A template edited later never changes a cycle that exists: the cycle kept its copy.
    assertThat(year.admin().get("api/cycles/2031/assessments").array())
        .hasSizeGreaterThanOrEqualTo(53);
  }

  @Test
  void aUnitSelfAssessesAndSubmitsItsOwnUnitOnly() {
    YearApi year = new YearApi(base, 2032);
    year.createAndOpen();
    List<YearApi.Item> items = year.baseItems("pingle");
    long first = items.get(0).id();

    assertThat(year.self("pingle", first, "-0.5", null).status()).isEqualTo(400);
    assertThat(year.self("pingle", first, "0.25", null).status()).isEqualTo(400);
    assertThat(year.self("pingle", first, "999", null).status()).isEqualTo(400);
    assertThat(
            year.as("pingle")
                .send("PUT", year.path("pingle") + "/self/" + first, "{\"score\":\"x\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            year.as("pingle")
                .send("PUT", year.path("pingle") + "/self/" + first, "{not json")
                .status())
        .isEqualTo(400);
    assertThat(
            year.as("baihe")
                .send("PUT", year.path("pingle") + "/self/" + first, "{\"score\":1}")
                .status())
        .as("another unit")
        .isEqualTo(403);
    assertThat(year.as("baihe").get(year.path("pingle")).status())
        .as("another unit's sheet")
        .isEqualTo(403);
    assertThat(year.as("baihe").get(year.path("pingle")).body()).doesNotContain("平乐镇");
    assertThat(year.self("pingle", 999_999, "1", null).status()).isEqualTo(404);
    assertThat(
            year.assessor()
                .send("PUT", year.path("pingle") + "/self/" + first, "{\"score\":1}")
                .status())
        .isEqualTo(403);

    String remark = "已完成 😀 “五公开” <script>alert(1)</script> 'quotes'";
    Http.Reply saved = year.self("pingle", first, "1", remark);
    assertThat(saved.status()).isEqualTo(200);
    JsonObject sheet = saved.object();
    assertThat(sheet.getString("state")).isEqualTo("SELF_ASSESSING");
    JsonObject item = itemOf(sheet, first);
    assertThat(item.getJsonNumber("selfScore").bigDecimalValue()).isEqualByComparingTo("1");
    assertThat(item.getString("remark")).isEqualTo(remark);
    assertThat(item.isNull("score")).as("a unit never sees scores before publication").isTrue();
    assertThat(sheet.isNull("totals")).isTrue();

    Http.Reply incomplete = year.as("pingle").postJson(year.path("pingle") + "/submit", "");
    assertThat(incomplete.status()).isEqualTo(409);
    assertThat(incomplete.object().getString("error")).isEqualTo("assessment.selfIncomplete");

    for (YearApi.Item i : items) {
      assertThat(year.self("pingle", i.id(), i.points().toPlainString(), null).status())
          .isEqualTo(200);
    }
    long version = year.sheet(year.as("pingle"), "pingle").getJsonNumber("version").longValue();
    Http.Reply staleSubmit =
        year.as("pingle")
            .postJson(year.path("pingle") + "/submit", "{\"version\":" + (version - 1) + "}");
    assertThat(staleSubmit.status()).isEqualTo(409);
    assertThat(staleSubmit.object().getString("error")).isEqualTo("assessment.stale");

    Http.Reply submitted =
        year.as("pingle")
            .postJson(year.path("pingle") + "/submit", "{\"version\":" + version + "}");
    assertThat(submitted.status()).isEqualTo(200);
    assertThat(submitted.object().getString("state")).isEqualTo("SUBMITTED");
    Http.Reply twice = year.as("pingle").postJson(year.path("pingle") + "/submit", "");
    assertThat(twice.status()).as("a double submit").isEqualTo(409);
    assertThat(year.self("pingle", first, "0", null).status())
        .as("read-only once submitted")
        .isEqualTo(409);
    assertThat(
            itemOf(year.sheet(year.admin(), "pingle"), first)
                .getJsonNumber("selfScore")
                .bigDecimalValue())
        .isEqualByComparingTo(items.get(0).points());
  }

  @Test
  void anAssessorScoresReturnsAndHandsToApprovalAndAnApproverDecides() {
    YearApi year = new YearApi(base, 2036);
    year.createAndOpen();
    year.selfAssessAndSubmit("baihe");
    List<YearApi.Item> items = year.baseItems("baihe");
    YearApi.Item first = items.get(0);

    assertThat(
            year.score(
                    first.id(),
                    "baihe",
                    first.points().subtract(BigDecimal.ONE).toPlainString(),
                    null)
                .status())
        .as("below full marks without a reason")
        .isEqualTo(400);
    assertThat(
            year.score(
                    first.id(),
                    "baihe",
                    first.points().subtract(BigDecimal.ONE).toPlainString(),
                    "   ")
                .status())
        .as("a blank reason")
        .isEqualTo(400);
    assertThat(
            year.approver()
                .send("PUT", year.path("baihe") + "/scores/" + first.id(), "{\"score\":1}")
                .status())
        .isEqualTo(403);
    assertThat(
            year.as("baihe")
                .send("PUT", year.path("baihe") + "/scores/" + first.id(), "{\"score\":1}")
                .status())
        .isEqualTo(403);
    Http.Reply scored = year.score(first.id(), "baihe", "0.5", "未提供签到表");
    assertThat(scored.status()).isEqualTo(200);
    assertThat(scored.object().getString("state")).isEqualTo("SCORING");
    assertThat(scored.object().getJsonObject("totals").getJsonNumber("base").bigDecimalValue())
        .isEqualByComparingTo("0.5");
    assertThat(year.assessor().postJson(year.path("baihe") + "/scored", "").status())
        .as("not every item scored")
        .isEqualTo(409);
    assertThat(year.approver().postJson(year.path("baihe") + "/approve", "").status())
        .as("not scored yet")
        .isEqualTo(409);

    assertThat(
            year.assessor().postJson(year.path("baihe") + "/return", "{\"comment\":\"\"}").status())
        .isEqualTo(400);
    Http.Reply returned =
        year.assessor().postJson(year.path("baihe") + "/return", "{\"comment\":\"请补充会议纪要\"}");
    assertThat(returned.status()).isEqualTo(200);
    assertThat(returned.object().getString("state")).isEqualTo("RETURNED");
    JsonObject seenByUnit = year.sheet(year.as("baihe"), "baihe");
    assertThat(seenByUnit.getString("returnComment")).isEqualTo("请补充会议纪要");
    assertThat(year.self("baihe", first.id(), first.points().toPlainString(), "已补充").status())
        .isEqualTo(200);
    assertThat(year.as("baihe").postJson(year.path("baihe") + "/submit", "").status())
        .isEqualTo(200);

    year.scoreAndMarkScored("baihe");
    JsonObject scoredSheet = year.sheet(year.approver(), "baihe");
    assertThat(scoredSheet.getString("state")).isEqualTo("SCORED");
    BigDecimal fullMarks =
        items.stream().map(YearApi.Item::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(scoredSheet.getJsonObject("totals").getJsonNumber("base").bigDecimalValue())
        .isEqualByComparingTo(fullMarks.subtract(new BigDecimal("0.5")));
    assertThat(itemOf(scoredSheet, first.id()).getString("reason")).isEqualTo("缺少会议记录");

    assertThat(year.approver().postJson(year.path("baihe") + "/reject", "{}").status())
        .isEqualTo(400);
    Http.Reply rejected =
        year.approver().postJson(year.path("baihe") + "/reject", "{\"reason\":\"第 1 项扣分依据不足\"}");
    assertThat(rejected.status()).isEqualTo(200);
    assertThat(rejected.object().getString("state")).isEqualTo("SCORING");
    assertThat(year.sheet(year.assessor(), "baihe").getString("rejectReason"))
        .isEqualTo("第 1 项扣分依据不足");
    assertThat(year.assessor().postJson(year.path("baihe") + "/scored", "").status())
        .isEqualTo(200);

    assertThat(year.assessor().postJson(year.path("baihe") + "/approve", "").status())
        .isEqualTo(403);
    assertThat(year.admin().postJson(year.path("baihe") + "/approve", "").status()).isEqualTo(403);
    Http.Reply approved = year.approver().postJson(year.path("baihe") + "/approve", "");
    assertThat(approved.status()).isEqualTo(200);
    assertThat(approved.object().getString("state")).isEqualTo("APPROVED");
    assertThat(year.approver().postJson(year.path("baihe") + "/approve", "").status())
        .as("approved twice")
        .isEqualTo(409);
    assertThat(year.score(first.id(), "baihe", "0", "x").status())
        .as("no scoring after approval")
        .isEqualTo(409);
  }

  @Test
  void specialItemsAndZeroOutCountOnlyOnceApprovedByAnotherPerson() {
    // A past year: occurrences are dated within the cycle's year and never after today.
    YearApi year = new YearApi(base, 2021);
    year.createAndOpen();
    String unit = "songzhuang";
    long bonus = year.itemOfKind(unit, "BONUS");
    long penalty = year.itemOfKind(unit, "PENALTY");
    long base = year.itemOfKind(unit, "BASE");
    String date = "\"2021-03-15\"";
    String special = year.path(unit) + "/special-items";

    assertThat(
            year.as(unit)
                .postJson(
                    special,
                    "{\"item\":" + bonus + ",\"occurredOn\":" + date + ",\"description\":\"x\"}")
                .status())
        .isEqualTo(403);
    assertThat(
            year.assessor()
                .postJson(
                    special,
                    "{\"item\":" + base + ",\"occurredOn\":" + date + ",\"description\":\"x\"}")
                .status())
        .as("not a special item")
        .isEqualTo(400);
    assertThat(
            year.assessor()
                .postJson(
                    special,
                    "{\"item\":" + bonus + ",\"occurredOn\":\"2020-12-31\",\"description\":\"x\"}")
                .status())
        .as("another year")
        .isEqualTo(400);
    assertThat(
            year.assessor()
                .postJson(special, "{\"item\":" + bonus + ",\"occurredOn\":" + date + "}")
                .status())
        .as("no description")
        .isEqualTo(400);

    long first =
        recorded(
            year.assessor()
                .postJson(
                    special,
                    "{\"item\":"
                        + bonus
                        + ",\"occurredOn\":"
                        + date
                        + ",\"description\":\"市政府网站专题报道\"}"));
    long second =
        recorded(
            year.admin()
                .postJson(
                    special,
                    "{\"item\":"
                        + bonus
                        + ",\"occurredOn\":"
                        + date
                        + ",\"description\":\"领导批示表扬\"}"));
    long third =
        recorded(
            year.assessor()
                .postJson(
                    special,
                    "{\"item\":"
                        + bonus
                        + ",\"occurredOn\":"
                        + date
                        + ",\"description\":\"通报表扬\"}"));
    long fine =
        recorded(
            year.assessor()
                .postJson(
                    special,
                    "{\"item\":"
                        + penalty
                        + ",\"occurredOn\":"
                        + date
                        + ",\"description\":\"负面报道\"}"));

    Http.Reply evidence =
        year.assessor()
            .upload(
                special + "/" + first + "/evidence",
                "报道截图.pdf",
                "application/pdf",
                PDF.getBytes(StandardCharsets.US_ASCII));
    assertThat(evidence.status()).isEqualTo(201);
    assertThat(
            year.admin()
                .upload(
                    special + "/" + first + "/evidence",
                    "a.pdf",
                    "application/pdf",
                    PDF.getBytes(StandardCharsets.US_ASCII))
                .status())
        .as("only the recorder adds evidence")
        .isEqualTo(403);

    JsonObject pending = year.sheet(year.approver(), unit).getJsonObject("totals");
    assertThat(pending.getJsonNumber("bonus").bigDecimalValue())
        .as("pending items do not count")
        .isEqualByComparingTo("0");
    assertThat(year.assessor().postJson(special + "/" + first + "/approve", "").status())
        .isEqualTo(403);
    for (long id : List.of(first, second, third, fine)) {
      assertThat(year.approver().postJson(special + "/" + id + "/approve", "").status())
          .isEqualTo(200);
    }
    assertThat(year.approver().postJson(special + "/" + first + "/approve", "").status())
        .as("decided twice")
        .isEqualTo(409);
    JsonObject totals = year.sheet(year.approver(), unit).getJsonObject("totals");
    assertThat(totals.getJsonNumber("bonus").bigDecimalValue())
        .as("at most 2 from one bonus item")
        .isEqualByComparingTo("2");
    assertThat(totals.getJsonNumber("penalty").bigDecimalValue()).isEqualByComparingTo("1");
    assertThat(totals.getJsonNumber("final").bigDecimalValue())
        .as("never below 0")
        .isEqualByComparingTo("1");

    JsonObject seenByUnit = year.sheet(year.as(unit), unit);
    assertThat(seenByUnit.getJsonArray("specialItems")).hasSize(4);
    assertThat(seenByUnit.getJsonArray("specialItems").getJsonObject(0).getJsonArray("evidence"))
        .hasSize(1);

    assertThat(
            year.assessor()
                .postJson(year.path(unit) + "/zero-out", "{\"reason\":\"弄虚作假\"}")
                .status())
        .isEqualTo(403);
    assertThat(year.admin().postJson(year.path(unit) + "/zero-out", "{\"reason\":\" \"}").status())
        .isEqualTo(400);
    Http.Reply zeroOut =
        year.admin().postJson(year.path(unit) + "/zero-out", "{\"reason\":\"佐证材料系伪造\"}");
    assertThat(zeroOut.status()).isEqualTo(201);
    assertThat(year.admin().postJson(year.path(unit) + "/zero-out", "{\"reason\":\"再次\"}").status())
        .isEqualTo(409);
    assertThat(year.sheet(year.approver(), unit).getJsonObject("totals").getBoolean("zeroedOut"))
        .isFalse();
    assertThat(year.admin().postJson(year.path(unit) + "/zero-out/approve", "").status())
        .isEqualTo(403);
    assertThat(year.approver().postJson(year.path(unit) + "/zero-out/approve", "").status())
        .isEqualTo(200);
    JsonObject zeroed = year.sheet(year.approver(), unit).getJsonObject("totals");
    assertThat(zeroed.getBoolean("zeroedOut")).isTrue();
    assertThat(zeroed.getJsonNumber("final").bigDecimalValue()).isEqualByComparingTo("0");
    assertThat(zeroed.getJsonNumber("bonus").bigDecimalValue())
        .as("the real bonus stays on record")
        .isEqualByComparingTo("2");
  }

  @Test
  void evidenceIsCheckedByContentStoredOnceAndReadOnlyByThoseWhoSeeTheUnit() {
    YearApi year = new YearApi(base, 2038);
    year.createAndOpen();
    String unit = "chaoyang";
    long item = year.baseItems(unit).get(0).id();
    String upload = year.path(unit) + "/evidence/" + item;
    byte[] pdf = (PDF + "% chaoyang " + LocalDate.now()).getBytes(StandardCharsets.US_ASCII);

    Http.Reply first = year.as(unit).upload(upload, "会议纪要.pdf", "application/pdf", pdf);
    assertThat(first.status()).isEqualTo(201);
    Http.Reply again = year.as(unit).upload(upload, "会议纪要(1).pdf", "application/pdf", pdf);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.object().getBoolean("duplicate")).isTrue();
    assertThat(year.as(unit).upload(upload, "photo.png", "image/png", pdf).status())
        .as("a PDF named .png")
        .isEqualTo(400);
    assertThat(year.as(unit).upload(upload, "run.exe", "application/octet-stream", pdf).status())
        .isEqualTo(400);
    byte[] other = (PDF + "% another file").getBytes(StandardCharsets.US_ASCII);
    assertThat(
            year.as(unit).upload(upload, "../../etc/passwd.pdf", "application/pdf", other).status())
        .as("a path in the name is dropped, not followed")
        .isEqualTo(201);
    assertThat(year.as("huimeng").upload(upload, "x.pdf", "application/pdf", pdf).status())
        .isEqualTo(403);

    long evidenceId = first.object().getJsonObject("evidence").getJsonNumber("id").longValue();
    String download = upload + "/" + evidenceId;
    for (String who : List.of(unit, "assessor1", "approver1", "admin", "auditor")) {
      Http.Reply file = year.as(who).get(download);
      assertThat(file.status()).as(who).isEqualTo(200);
      assertThat(file.body()).as(who).isEqualTo(new String(pdf, StandardCharsets.US_ASCII));
      assertThat(file.header("Content-Type")).startsWith("application/pdf");
    }
    assertThat(year.as("huimeng").get(download).status()).isEqualTo(403);
    JsonObject listed = itemOf(year.sheet(year.as(unit), unit), item);
    assertThat(listed.getJsonArray("evidence")).hasSize(2);
    assertThat(listed.getJsonArray("evidence").getJsonObject(1).getString("fileName"))
        .isEqualTo("passwd.pdf");
  }

  @Test
  void theAuditTrailRecordsTheChangesAndItsChainIsIntact() {
    YearApi year = new YearApi(base, 2039);
    year.createAndOpen();
    long item = year.baseItems("matun").get(0).id();
    assertThat(year.self("matun", item, "1", "自评说明").status()).isEqualTo(200);

    List<JsonObject> events =
        year.as("auditor")
            .get("api/audit?unit=matun&limit=50")
            .array()
            .getValuesAs(JsonObject.class);
    assertThat(events)
        .anySatisfy(
            e -> {
              assertThat(e.getString("action")).isEqualTo("SELF_SCORE");
              assertThat(e.getString("actor")).isEqualTo("matun");
              assertThat(e.getString("target")).isEqualTo("assessment:2039/matun/item:" + item);
              assertThat(e.getString("newValue")).isEqualTo("1.00 | 自评说明");
            });
    assertThat(
            year.as("auditor")
                .get("api/audit?actor=admin&limit=20")
                .array()
                .getValuesAs(JsonObject.class))
        .anySatisfy(e -> assertThat(e.getString("action")).isEqualTo("CYCLE_OPENED"));
    assertThat(year.as("matun").get("api/audit").status()).isEqualTo(403);
    assertThat(year.admin().get("api/audit/verify").status())
        .as("only the auditor verifies")
        .isEqualTo(403);
    assertThat(year.as("auditor").get("api/audit?limit=0").status()).isEqualTo(400);
    assertThat(year.as("auditor").get("api/audit?from=yesterday").status()).isEqualTo(400);

    JsonObject verify = year.as("auditor").get("api/audit/verify").object();
    assertThat(verify.getBoolean("valid")).isTrue();
    assertThat(verify.isNull("firstBroken")).isTrue();
    assertThat(verify.getJsonNumber("events").longValue()).isGreaterThan(10);
  }

  @Test
  void anAssessorScoresOnlyTheUnitsAssignedToIt() {
    YearApi year = new YearApi(base, 2041);
    year.createAndOpen();
    year.selfAssessAndSubmit("xiaolangdi");
    long item = year.baseItems("xiaolangdi").get(0).id();
    List<String> all = year.assignedUnits("assessor1");
    assertThat(all).contains("xiaolangdi", "huimeng");
    assertThat(YearApi.assign(year.assessor(), "assessor1", all, List.of("huimeng")).status())
        .as("only the office assigns")
        .isEqualTo(403);
    assertThat(
            YearApi.assign(year.admin(), "assessor1", all, List.of("huimeng", "nosuchunit"))
                .status())
        .isEqualTo(400);
    assertThat(
            year.admin()
                .send("PUT", "api/assignments/assessor1", "{\"units\":[\"huimeng\"]}")
                .status())
        .as("what the caller read is required")
        .isEqualTo(400);
    try {
      assertThat(YearApi.assign(year.admin(), "assessor1", all, List.of("huimeng")).status())
          .isEqualTo(200);
      Http.Reply stale =
          YearApi.assign(year.admin(), "assessor1", all, List.of("huimeng", "baihe"));
      assertThat(stale.status()).as("read before the change above").isEqualTo(409);
      assertThat(stale.object().getString("error")).isEqualTo("assign.stale");
      assertThat(year.assignedUnits("assessor1")).containsExactly("huimeng");
      assertThat(year.score(item, "xiaolangdi", "1", null).status()).isEqualTo(403);
      assertThat(year.assessor().get(year.path("xiaolangdi")).status()).isEqualTo(403);
      assertThat(
              year.assessor()
                  .get("api/cycles/2041/assessments")
                  .array()
                  .getValuesAs(JsonObject.class))
          .extracting(a -> a.getString("unit"))
          .containsExactly("huimeng");
    } finally {
      assertThat(
              YearApi.assign(year.admin(), "assessor1", year.assignedUnits("assessor1"), all)
                  .status())
          .isEqualTo(200);
    }
    assertThat(
            year.score(
                    item,
                    "xiaolangdi",
                    year.baseItems("xiaolangdi").get(0).points().toPlainString(),
                    null)
                .status())
        .isEqualTo(200);
  }

  /** Two offices change one assessor's units from what both read: one wins, the other is told. */
  @Test
  void twoChangesFromTheSameReadingDoNotLoseEachOther() throws Exception {
    YearApi year = new YearApi(base, 2041);
    List<String> all = year.assignedUnits("assessor1");
    List<List<String>> wanted =
        List.of(List.of("huimeng", "xiaolangdi"), List.of("huimeng", "baihe"));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> replies = new ArrayList<>();
      for (List<String> units : wanted) {
        replies.add(
            pool.submit(() -> YearApi.assign(year.admin(), "assessor1", all, units).status()));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> reply : replies) {
        statuses.add(reply.get());
      }
      assertThat(statuses).containsExactlyInAnyOrder(200, 409);
      List<String> won = wanted.get(statuses.indexOf(200));
      assertThat(year.assignedUnits("assessor1")).containsExactlyInAnyOrderElementsOf(won);
    } finally {
      pool.shutdown();
      YearApi.assign(year.admin(), "assessor1", year.assignedUnits("assessor1"), all);
    }
  }

  @Test
  void rejectedSpecialItemsAndZeroOutsDoNotCount() {
    YearApi year = new YearApi(base, 2023);
    year.createAndOpen();
    String unit = "changdai";
    long penalty = year.itemOfKind(unit, "PENALTY");
    Http.Reply recorded =
        year.assessor()
            .postJson(
                year.path(unit) + "/special-items",
                "{\"item\":" + penalty + ",\"occurredOn\":\"2023-06-01\",\"description\":\"误报\"}");
    long id = recorded.object().getJsonNumber("id").longValue();
    assertThat(
            year.approver()
                .postJson(year.path(unit) + "/special-items/" + id + "/reject", "{}")
                .status())
        .as("a reason is required")
        .isEqualTo(400);
    Http.Reply rejected =
        year.approver()
            .postJson(
                year.path(unit) + "/special-items/" + id + "/reject", "{\"reason\":\"核实为误报\"}");
    assertThat(rejected.status()).isEqualTo(200);
    assertThat(rejected.object().getString("state")).isEqualTo("REJECTED");
    assertThat(
            year.approver()
                .postJson(year.path(unit) + "/special-items/" + id + "/approve", "")
                .status())
        .isEqualTo(409);

    assertThat(
            year.admin().postJson(year.path(unit) + "/zero-out", "{\"reason\":\"疑似造假\"}").status())
        .isEqualTo(201);
    assertThat(
            year.approver()
                .postJson(year.path(unit) + "/zero-out/reject", "{\"reason\":\"查无实据\"}")
                .status())
        .isEqualTo(200);
    JsonObject totals = year.sheet(year.approver(), unit).getJsonObject("totals");
    assertThat(totals.getJsonNumber("penalty").bigDecimalValue()).isEqualByComparingTo("0");
    assertThat(totals.getBoolean("zeroedOut")).isFalse();
    assertThat(
            year.admin().postJson(year.path(unit) + "/zero-out", "{\"reason\":\"新线索\"}").status())
        .as("a new zero-out after a rejected one")
        .isEqualTo(201);
  }

  private static JsonObject itemOf(JsonObject sheet, long id) {
    return sheet.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElseThrow();
  }

  private static long recorded(Http.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.object().getJsonNumber("id").longValue();
  }
}
