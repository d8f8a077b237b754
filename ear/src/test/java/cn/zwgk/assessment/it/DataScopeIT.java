package cn.zwgk.assessment.it;

import static cn.zwgk.assessment.it.Deployments.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data scope (issue 6): a unit's clerk calls every API endpoint and opens every page that names
 * another unit, and gets 403 or 404 with nothing of the other unit in the answer — not its name,
 * its remarks, scores, evidence or special items — and nothing of the other unit changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataScopeIT {

  private static final int YEAR = 2024;
  private static final String OWN = "jiaoyu";
  private static final String OTHER = "huimeng";
  private static final String REMARK = "会盟镇自评备注-机密-7Q";
  private static final String REASON = "扣分理由-机密-8R";
  private static final String DESCRIPTION = "特别加分说明-机密-9S";
  private static final String FILE_NAME = "会盟镇佐证-机密.pdf";
  private static final String SPECIAL_FILE_NAME = "会盟镇加分佐证-机密.pdf";

  /** What the other unit's year holds, found once (the server is shared by the methods). */
  private record Other(
      String name,
      long item,
      long evidence,
      long special,
      long specialEvidence,
      String state,
      long version) {}

  private static Other other;
  private static long ownItem;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private URL base;

  private YearApi year;

  @BeforeEach
  void prepare() {
    year = new YearApi(base, YEAR);
    if (other != null) {
      return;
    }
    year.createAndOpen();
    long item = year.baseItems(OTHER).get(0).id();
    Http.Reply uploaded =
        year.as(OTHER)
            .upload(year.path(OTHER) + "/evidence/" + item, FILE_NAME, "application/pdf", pdf("a"));
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
    assertThat(year.self(OTHER, item, "0.5", REMARK).status()).isEqualTo(200);
    year.selfAssessAndSubmit(OTHER);
    assertThat(year.score(item, OTHER, "0", REASON).status()).isEqualTo(200);
    long bonus = year.itemOfKind(OTHER, "BONUS");
    Http.Reply special =
        year.assessor()
            .postJson(
                year.path(OTHER) + "/special-items",
                "{\"item\":"
                    + bonus
                    + ",\"occurredOn\":\"2024-03-01\",\"description\":"
                    + YearApi.quote(DESCRIPTION)
                    + "}");
    assertThat(special.status()).as(special.body()).isEqualTo(201);
    long specialId = special.object().getJsonNumber("id").longValue();
    Http.Reply specialFile =
        year.assessor()
            .upload(
                year.path(OTHER) + "/special-items/" + specialId + "/evidence",
                SPECIAL_FILE_NAME,
                "application/pdf",
                pdf("b"));
    assertThat(specialFile.status()).as(specialFile.body()).isEqualTo(201);
    JsonObject sheet = year.sheet(year.admin(), OTHER);
    other =
        new Other(
            sheet.getString("name"),
            item,
            evidenceOf(sheet, item),
            specialId,
            specialFile.object().getJsonObject("evidence").getJsonNumber("id").longValue(),
            sheet.getString("state"),
            sheet.getJsonNumber("version").longValue());
    ownItem = year.baseItems(OWN).get(0).id();
  }

  @Test
  void everyApiEndpointThatNamesAnotherUnitIsRefusedAndSaysNothingOfIt() {
    Http clerk = year.as(OWN);
    String o = year.path(OTHER);
    String own = year.path(OWN);
    String version = "{\"version\":" + other.version() + "}";
    List<Probe> probes =
        List.of(
            Probe.get("the other unit's sheet", o),
            Probe.json("PUT", "its self-assessment", o + "/self/" + other.item(), "{\"score\":1}"),
            Probe.upload("evidence for it", o + "/evidence/" + other.item()),
            Probe.get("its evidence", o + "/evidence/" + other.item() + "/" + other.evidence()),
            Probe.get(
                "its evidence inline",
                o + "/evidence/" + other.item() + "/" + other.evidence() + "?inline=true"),
            Probe.upload("a file for its appeal", o + "/appeal/evidence"),
            Probe.get("its evidence as an appeal's", o + "/appeal/evidence/" + other.evidence()),
            Probe.json("POST", "its submit", o + "/submit", version),
            Probe.json("PUT", "its score", o + "/scores/" + other.item(), "{\"score\":1}"),
            Probe.json("POST", "its return", o + "/return", "{\"comment\":\"x\"}"),
            Probe.json("POST", "its scored", o + "/scored", version),
            Probe.json("POST", "its approval", o + "/approve", version),
            Probe.json("POST", "its rejection", o + "/reject", "{\"reason\":\"x\"}"),
            Probe.json(
                "POST",
                "a special item on it",
                o + "/special-items",
                "{\"item\":"
                    + other.item()
                    + ",\"occurredOn\":\"2024-01-01\",\"description\":\"x\"}"),
            Probe.upload(
                "evidence for its special item",
                o + "/special-items/" + other.special() + "/evidence"),
            Probe.get(
                "its special item's evidence",
                o + "/special-items/" + other.special() + "/evidence/" + other.specialEvidence()),
            Probe.json(
                "POST",
                "approving its special item",
                o + "/special-items/" + other.special() + "/approve",
                "{}"),
            Probe.json(
                "POST",
                "rejecting its special item",
                o + "/special-items/" + other.special() + "/reject",
                "{\"reason\":\"x\"}"),
            Probe.json("POST", "its zero-out", o + "/zero-out", "{\"reason\":\"x\"}"),
            Probe.json("POST", "approving its zero-out", o + "/zero-out/approve", "{}"),
            Probe.json(
                "POST", "rejecting its zero-out", o + "/zero-out/reject", "{\"reason\":\"x\"}"),
            Probe.json("POST", "an appeal for it", o + "/appeal", "{\"reason\":\"x\"}"),
            Probe.get("its audit trail", "api/audit?unit=" + OTHER),
            Probe.get("the assignments", "api/assignments"),
            Probe.get("its results", "api/cycles/" + YEAR + "/results?group=TOWN"),
            // Its ids under the clerk's own unit: the ids do not open another unit's data.
            Probe.json(
                "PUT",
                "its item under the own unit",
                own + "/self/" + other.item(),
                "{\"score\":1}"),
            Probe.upload(
                "evidence for its item under the own unit", own + "/evidence/" + other.item()),
            Probe.get(
                "its evidence under the own unit and its item",
                own + "/evidence/" + other.item() + "/" + other.evidence()),
            Probe.get(
                "its evidence as the own unit's appeal's",
                own + "/appeal/evidence/" + other.evidence()),
            Probe.get(
                "its evidence under the own unit and the own item",
                own + "/evidence/" + ownItem + "/" + other.evidence()),
            Probe.get(
                "its special evidence under the own unit",
                own
                    + "/special-items/"
                    + other.special()
                    + "/evidence/"
                    + other.specialEvidence()));
    List<String> failures = new ArrayList<>();
    for (Probe probe : probes) {
      Http.Reply reply = probe.send(clerk);
      if (reply.status() != 403 && reply.status() != 404) {
        failures.add(probe.what() + ": " + reply.status() + " " + reply.body());
      } else if (!leaks(reply.body()).isEmpty()) {
        failures.add(probe.what() + " leaks " + leaks(reply.body()));
      } else if (!reply.object().containsKey("error") || !reply.object().containsKey("message")) {
        failures.add(probe.what() + ": no error and message in " + reply.body());
      }
    }
    System.out.printf("Data scope: %d API calls on another unit, all refused%n", probes.size());
    assertThat(failures).isEmpty();
    assertUnchanged();
  }

  @Test
  void listsShowTheOwnUnitOnly() {
    Http clerk = year.as(OWN);
    Http.Reply list = clerk.get("api/cycles/" + YEAR + "/assessments");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.array()).hasSize(1);
    assertThat(list.array().getJsonObject(0).getString("unit")).isEqualTo(OWN);
    assertThat(leaks(list.body())).isEmpty();
    Http.Reply tasks = clerk.get("api/tasks");
    assertThat(tasks.status()).isEqualTo(200);
    assertThat(leaks(tasks.body())).isEmpty();
  }

  @Test
  void pagesOpenedOnAnotherUnitAreRefusedAndSayNothingOfIt() {
    PageSession clerk = new PageSession(base, TestAccounts.clerkOf(OWN), DEMO_PASSWORD);
    for (String page :
        List.of(
            "score.xhtml?year=" + YEAR + "&unit=" + OTHER,
            "approve.xhtml?year=" + YEAR + "&unit=" + OTHER,
            "audit.xhtml?unit=" + OTHER,
            "results.xhtml?year=" + YEAR + "&group=TOWN")) {
      Http.Reply reply = clerk.open(page);
      assertThat(reply.status()).as(page).isIn(403, 404);
      assertThat(leaks(reply.body())).as(page).isEmpty();
    }
    Http.Reply score = clerk.open("score.xhtml?year=" + YEAR + "&unit=" + OTHER);
    assertThat(score.body()).contains("只能查看和办理本单位");
  }

  @Test
  void pageActionsPostedOnAnotherUnitChangeNothingAndSayNothingOfIt() {
    PageSession clerk = new PageSession(base, TestAccounts.clerkOf(OWN), DEMO_PASSWORD);
    String scorePage = "score.xhtml?year=" + YEAR + "&unit=" + OTHER;
    clerk.open(scorePage);
    assertThat(clerk.viewState()).as("the page's other forms carry a view state").isNotNull();
    for (var action :
        List.of(
            Map.of("form", "actions", "source", "actions:scored"),
            Map.of("form", "return-form", "source", "return-form:confirm"),
            Map.of("form", "score", "source", "score:save"))) {
      Http.Reply reply =
          clerk.ajax(
              scorePage,
              action.get("form"),
              action.get("source"),
              Map.of("score:item", "1", "score:newScore", "0", "return-form:comment", "x"));
      assertThat(reply.status())
          .as("%s posted on a page whose opening was refused", action.get("source"))
          .isEqualTo(403);
      assertThat(leaks(reply.body())).as(action.get("source")).isEmpty();
    }
    String approvePage = "approve.xhtml?year=" + YEAR + "&unit=" + OTHER;
    clerk.open(approvePage);
    Http.Reply reply = clerk.ajax(approvePage, "actions", "actions:approve", Map.of());
    assertThat(reply.status()).as("an approval posted on a refused page").isEqualTo(403);
    assertThat(leaks(reply.body())).isEmpty();
    assertUnchanged();
  }

  /**
   * On a refused page the layout's own form (language, logout) still works; the page's forms, also
   * posted along with it, get the refusal.
   */
  @Test
  void onARefusedPageOnlyTheLayoutsFormWorks() {
    PageSession clerk = new PageSession(base, TestAccounts.clerkOf(OWN), DEMO_PASSWORD);
    String scorePage = "score.xhtml?year=" + YEAR + "&unit=" + OTHER;
    assertThat(clerk.open(scorePage).status()).isEqualTo(403);
    Map<String, String> language =
        Map.of("userbar", "userbar", "userbar:lang-zh", "userbar:lang-zh");
    assertThat(clerk.post(scorePage, language).status())
        .as("the language switch on a refused page")
        .isLessThan(400);

    clerk.open(scorePage);
    Map<String, String> smuggled = new java.util.LinkedHashMap<>(language);
    smuggled.put("actions", "actions");
    smuggled.put("actions:scored", "actions:scored");
    Http.Reply reply = clerk.post(scorePage, smuggled);
    assertThat(reply.status()).as("a page form posted along with the layout's").isEqualTo(403);
    assertThat(leaks(reply.body())).isEmpty();
    assertUnchanged();
  }

  /** The other unit's assessment as it was after the set-up: same state, same version. */
  private void assertUnchanged() {
    JsonObject sheet = year.sheet(year.admin(), OTHER);
    assertThat(sheet.getString("state")).isEqualTo(other.state());
    assertThat(sheet.getJsonNumber("version").longValue()).isEqualTo(other.version());
    assertThat(sheet.isNull("zeroOut")).isTrue();
    assertThat(sheet.getJsonArray("specialItems").getJsonObject(0).getString("state"))
        .isEqualTo("PENDING");
  }

  /** What of the other unit a body shows. */
  private static Set<String> leaks(String body) {
    Set<String> found = new java.util.TreeSet<>();
    for (String secret :
        List.of(
            OTHER,
            other.name(),
            REMARK,
            REASON,
            DESCRIPTION,
            FILE_NAME,
            SPECIAL_FILE_NAME,
            "%PDF")) {
      if (body.contains(secret)) {
        found.add(secret);
      }
    }
    return found;
  }

  private static long evidenceOf(JsonObject sheet, long item) {
    return sheet.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getJsonNumber("id").longValue() == item)
        .findFirst()
        .orElseThrow()
        .getJsonArray("evidence")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  static byte[] pdf(String marker) {
    return ("%PDF-1.4\n% "
            + marker
            + "\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** One request of the clerk's on the other unit. */
  private record Probe(String what, String method, String path, String json) {

    static Probe get(String what, String path) {
      return new Probe(what, "GET", path, null);
    }

    static Probe json(String method, String what, String path, String json) {
      return new Probe(what, method, path, json);
    }

    static Probe upload(String what, String path) {
      return new Probe(what, "UPLOAD", path, null);
    }

    Http.Reply send(Http as) {
      return switch (method) {
        case "GET" -> as.get(path);
        case "UPLOAD" -> as.upload(path, "x.pdf", "application/pdf", pdf("c"));
        default -> as.send(method, path, json);
      };
    }
  }
}
