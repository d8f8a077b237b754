package cn.zwgk.assessment.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * The hostile-input corpus (issue 6): a table of bad inputs across the API and the pages — scores
 * as text, NaN, huge, negative, too many decimals; malformed JSON, wrong content types, oversized
 * bodies; SQL and script meta-characters where an identifier, a number or a date is expected, and
 * with control characters in every text field; unicode tricks; path-traversal names; stale versions
 * and replays. Each is refused with a 4xx and {"error","message"} in the language asked for, and
 * every table of the database is the same before and after. Then text that is only unusual (Chinese
 * punctuation, emoji, quotes, markup and SQL as text) is accepted and shown back exactly, escaped
 * on the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {

  // A past year of its own: special items take dates that have passed, and the demo archives the
  // year before the current one.
  private static final int YEAR = 2019;

  /** A unit filling in its self-assessment. */
  private static final String FILLING = "shuiwu";

  /** A unit being scored. */
  private static final String SCORING = "tongji";

  /** A unit scored, waiting for approval, with a zero-out waiting too. */
  private static final String SCORED = "jiaotong";

  private static final String JSON = "application/json";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.earWithSnapshots();
  }

  @ArquillianResource private URL base;

  /** One bad input: who sends what where, and the status it must get. */
  record Case(
      String kind,
      String label,
      String as,
      String method,
      String path,
      String contentType,
      byte[] body,
      int status) {}

  /** What the set-up left: the paths, an item of each unit and the versions as they stand. */
  private record Year(
      YearApi api,
      long fillingItem,
      BigDecimal fillingPoints,
      long fillingVersion,
      long scoringItem,
      long scoringVersion,
      long scoredVersion,
      long special,
      long specialVersion,
      long evidence) {}

  @Test
  @Order(1)
  void everyHostileInputIsRefusedAndNothingChanges() {
    Year year = prepare();
    List<Case> corpus = corpus(year);
    // Logged in before the first snapshot: a login is an event of its own (LOGIN).
    PageSession clerk = new PageSession(base, FILLING, Deployments.DEMO_PASSWORD);
    Map<String, String> before = DatabaseSnapshot.take(base);
    List<String> failures = new ArrayList<>();
    int refused = 0;
    for (int i = 0; i < corpus.size(); i++) {
      Case c = corpus.get(i);
      String language = i % 2 == 0 ? "zh-CN" : "en";
      String problem;
      try {
        problem = problem(c, send(year.api(), c, language), language);
      } catch (java.io.UncheckedIOException e) {
        problem = "no answer: " + e.getMessage();
      }
      if (problem == null) {
        refused++;
      } else {
        failures.add("[" + c.kind() + "] " + c.label() + ": " + problem);
      }
    }
    List<PageCase> pageCorpus = pageCorpus();
    refused += postPages(clerk, year, pageCorpus, failures);
    int tried = corpus.size() + pageCorpus.size();
    Map<String, String> after = DatabaseSnapshot.take(base);
    boolean unchanged = before.equals(after);
    System.out.printf(
        "Hostile-input corpus: %d inputs tried (%d API, %d page), %d refused with a clear message,"
            + " database %s (%d tables compared)%n",
        tried,
        corpus.size(),
        pageCorpus.size(),
        refused,
        unchanged ? "unchanged" : "CHANGED",
        before.size());
    failures.forEach(System.out::println);
    before.keySet().stream()
        .filter(t -> !before.get(t).equals(after.get(t)))
        .forEach(
            t -> System.out.println("changed: " + t + " " + before.get(t) + " -> " + after.get(t)));
    assertThat(failures).isEmpty();
    assertThat(tried).isGreaterThanOrEqualTo(100);
    assertThat(after).as("every table, row by row").isEqualTo(before);
  }

  /** Text that is only unusual: typographic and CJK punctuation, emoji, quotes, markup, SQL, EL. */
  static final String UNUSUAL =
      "“引号”「直角」『双』《书名》——破折号……；：！？、 😀👍🏽🇨🇳 <b>粗体</b>"
          + " <script>alert('x')</script> 'single' \"double\" & Robert'); DROP TABLE item_entry;--"
          + " #{1+1} ${x} \\ %s";

  @Test
  @Order(2)
  void unusualTextIsAcceptedAndShownBackExactly() {
    YearApi api = new YearApi(base, YEAR);
    List<YearApi.Item> items = api.baseItems(FILLING);
    assertThat(api.self(FILLING, items.get(1).id(), "0.5", UNUSUAL).status()).isEqualTo(200);
    assertThat(remarkOf(api, items.get(1).id())).isEqualTo(UNUSUAL);

    long scoring = api.baseItems(SCORING).get(1).id();
    assertThat(api.score(scoring, SCORING, "0", UNUSUAL).status()).isEqualTo(200);
    JsonObject scored =
        api.sheet(api.admin(), SCORING).getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(i -> i.getJsonNumber("id").longValue() == scoring)
            .findFirst()
            .orElseThrow();
    assertThat(scored.getString("reason")).isEqualTo(UNUSUAL);

    // Typed into the page and saved as the page sends it; shown back escaped, never as markup.
    PageSession clerk = new PageSession(base, FILLING, Deployments.DEMO_PASSWORD);
    String page = "self.xhtml?year=" + YEAR;
    SelfRow row = SelfRow.of(clerk.open(page).body(), items.get(2).id());
    String typed = UNUSUAL + "\n第二行";
    Http.Reply saved =
        clerk.ajax(page, "self", row.save(), Map.of(row.score(), "0.5", row.remark(), typed));
    assertThat(saved.body()).contains("status-saved").doesNotContain("ui-messages-error");
    assertThat(remarkOf(api, items.get(2).id())).isEqualTo(typed);
    String shown = clerk.open(page).body();
    assertThat(shown)
        .contains("“引号”「直角」『双』《书名》——破折号……；：！？、 😀👍🏽🇨🇳")
        .contains("&lt;b&gt;粗体&lt;/b&gt;")
        .contains("&lt;script&gt;alert(")
        .contains("#{1+1} ${x}")
        .doesNotContain("<b>粗体</b>")
        .doesNotContain("<script>alert('x')");
  }

  private static String remarkOf(YearApi api, long item) {
    return api
        .sheet(api.as(FILLING), FILLING)
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(i -> i.getJsonNumber("id").longValue() == item)
        .findFirst()
        .orElseThrow()
        .getString("remark");
  }

  private static String problem(Case c, Http.Reply reply, String language) {
    if (reply.status() != c.status()) {
      return "status " + reply.status() + " instead of " + c.status() + ": " + reply.body();
    }
    JsonObject body;
    try {
      body = reply.object();
    } catch (RuntimeException e) {
      return "not a JSON error: " + reply.body();
    }
    if (!body.containsKey("error") || !body.containsKey("message")) {
      return "no error and message: " + reply.body();
    }
    String message = body.getString("message");
    if (message.isBlank() || message.contains("{") && message.contains("}")) {
      return "an unworded message: " + message;
    }
    boolean chinese =
        message
            .codePoints()
            .anyMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN);
    if (language.equals("zh-CN") && !chinese) {
      return "not in Chinese: " + message;
    }
    if (language.equals("en") && !message.matches("(?s).*[A-Za-z]{3,}.*")) {
      return "not in English: " + message;
    }
    return null;
  }

  /** Sends a case as its account: a demo account or a unit's clerk, or "user:password". */
  private Http.Reply send(YearApi api, Case c, String language) {
    String as = c.as() == null ? "admin" : c.as();
    int colon = as.indexOf(':');
    Http http =
        (colon < 0 ? api.as(as) : Http.as(base, as.substring(0, colon), as.substring(colon + 1)))
            .inLanguage(language);
    if (c.kind().equals("upload")) {
      return http.upload(c.path(), c.contentType(), "application/pdf", c.body());
    }
    return http.raw(c.method(), c.path(), c.contentType(), c.body());
  }

  // ---- the pages ----------------------------------------------------------------------------

  /** A bad input typed into the self-assessment page's score and remark of an item. */
  private record PageCase(String label, String score, String remark) {}

  private static List<PageCase> pageCorpus() {
    return List.of(
        new PageCase("score as text", "abc", "x"),
        new PageCase("score NaN", "NaN", "x"),
        new PageCase("score Infinity", "Infinity", "x"),
        new PageCase("negative score", "-1", "x"),
        new PageCase("score off the steps", "0.25", "x"),
        new PageCase("three decimals", "1.005", "x"),
        new PageCase("huge score", "1e400", "x"),
        new PageCase("score above the points", "99999999999", "x"),
        new PageCase("remark with NUL", "1", "a\u0000b".translateEscapes()),
        new PageCase("remark with an override", "1", "invoice\u202Efdp.exe".translateEscapes()),
        new PageCase("remark with an escape sequence", "1", "\u001b[31mred".translateEscapes()),
        new PageCase("remark too long", "1", "字".repeat(2001)));
  }

  /**
   * Posts each page case as the page's save button would (a PrimeFaces Ajax postback with the view
   * state of a freshly opened page) and counts those refused with a message on the page.
   */
  private int postPages(PageSession clerk, Year year, List<PageCase> cases, List<String> failures) {
    String page = "self.xhtml?year=" + YEAR;
    int refused = 0;
    for (PageCase c : cases) {
      Http.Reply opened = clerk.open(page);
      assertThat(opened.status()).isEqualTo(200);
      SelfRow row = SelfRow.of(opened.body(), year.fillingItem());
      Http.Reply reply =
          clerk.ajax(
              page, "self", row.save(), Map.of(row.score(), c.score(), row.remark(), c.remark()));
      if (reply.status() == 200
          && reply.body().contains("<partial-response")
          && (reply.body().contains("ui-messages-error")
              || reply.body().contains("status-failed"))) {
        refused++;
      } else {
        failures.add(
            "[page] " + c.label() + ": " + reply.status() + " " + abbreviate(reply.body()));
      }
    }
    return refused;
  }

  /** The names of an item's fields and save button on the self-assessment page. */
  private record SelfRow(String score, String remark, String save) {

    static SelfRow of(String html, long item) {
      int start = html.indexOf("item-" + item + "\"");
      if (start < 0) {
        start = html.indexOf("item-" + item + " ");
      }
      assertThat(start).as("the row of item %d on the page", item).isPositive();
      int end = html.indexOf("<tr", start);
      String row = html.substring(start, end < 0 ? html.length() : end);
      return new SelfRow(
          find(row, "name=\"([^\"]*:score_hinput)\""),
          find(row, "name=\"([^\"]*:remark)\""),
          find(row, "id=\"([^\"]*:save)\""));
    }

    private static String find(String row, String regex) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(row);
      assertThat(m.find()).as("%s in %s", regex, row).isTrue();
      return m.group(1);
    }
  }

  // ---- the set-up ---------------------------------------------------------------------------

  private Year prepare() {
    YearApi api = new YearApi(base, YEAR);
    api.createAndOpen();
    YearApi.Item filling = api.baseItems(FILLING).get(0);
    Http.Reply self = api.self(FILLING, filling.id(), "0.5", "已有的备注");
    assertThat(self.status()).as(self.body()).isEqualTo(200);
    Http.Reply uploaded =
        api.as(FILLING)
            .upload(
                api.path(FILLING) + "/evidence/" + filling.id(),
                "会议纪要.pdf",
                "application/pdf",
                DataScopeIT.pdf("corpus"));
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);

    api.selfAssessAndSubmit(SCORING);
    long scoringItem = api.baseItems(SCORING).get(0).id();
    assertThat(api.score(scoringItem, SCORING, "0", "缺少材料").status()).isEqualTo(200);
    long bonus = api.itemOfKind(SCORING, "BONUS");
    Http.Reply special =
        api.assessor()
            .postJson(
                api.path(SCORING) + "/special-items",
                "{\"item\":" + bonus + ",\"occurredOn\":\"2019-05-01\",\"description\":\"获市级表彰\"}");
    assertThat(special.status()).as(special.body()).isEqualTo(201);

    api.selfAssessAndSubmit(SCORED);
    api.scoreAndMarkScored(SCORED);
    Http.Reply zeroOut =
        api.admin().postJson(api.path(SCORED) + "/zero-out", "{\"reason\":\"材料造假\"}");
    assertThat(zeroOut.status()).as(zeroOut.body()).isEqualTo(201);

    JsonObject fillingSheet = api.sheet(api.admin(), FILLING);
    JsonObject scoringSheet = api.sheet(api.admin(), SCORING);
    JsonObject specialJson = scoringSheet.getJsonArray("specialItems").getJsonObject(0);
    return new Year(
        api,
        filling.id(),
        filling.points(),
        fillingSheet.getJsonNumber("version").longValue(),
        scoringItem,
        scoringSheet.getJsonNumber("version").longValue(),
        api.sheet(api.admin(), SCORED).getJsonNumber("version").longValue(),
        specialJson.getJsonNumber("id").longValue(),
        specialJson.getJsonNumber("version").longValue(),
        uploaded.object().getJsonObject("evidence").getJsonNumber("id").longValue());
  }

  // ---- the corpus ---------------------------------------------------------------------------

  private static List<Case> corpus(Year y) {
    List<Case> cases = new ArrayList<>();
    String filling = y.api().path(FILLING);
    String scoring = y.api().path(SCORING);
    String scored = y.api().path(SCORED);
    String self = filling + "/self/" + y.fillingItem();
    String score = scoring + "/scores/" + y.scoringItem();

    // Scores that are no scores: as text, NaN, infinite, huge, negative, too many decimals, off
    // the half-point steps, above the item's points; for the unit's self-score and the assessor's.
    List<String> badScores =
        List.of(
            "\"abc\"",
            "\"1.5\"",
            "\"\"",
            "NaN",
            "\"NaN\"",
            "Infinity",
            "-Infinity",
            "\"Infinity\"",
            "1e309",
            "1e400",
            "1E+2147483648",
            "1e-400",
            "99999999999999999999999999999",
            "-1",
            "-0.5",
            "0.25",
            "1.005",
            "0.333",
            "0.1",
            y.fillingPoints().add(new BigDecimal("0.5")).toPlainString(),
            "true",
            "[1]",
            "{\"value\":1}",
            "null",
            "0x10",
            "1,5",
            "+1",
            ".5");
    for (String value : badScores) {
      cases.add(
          json(
              "self-score",
              value,
              FILLING,
              "PUT",
              self,
              "{\"score\":" + value + ",\"remark\":\"x\"}",
              400));
      cases.add(
          json(
              "score",
              value,
              "assessor1",
              "PUT",
              score,
              "{\"score\":" + value + ",\"reason\":\"x\"}",
              400));
    }

    // Bodies that are no JSON, or not the JSON asked for.
    for (String body :
        List.of(
            "{",
            "}",
            "{\"score\":}",
            "{\"score\":1,}",
            "[]",
            "\"text\"",
            "nul",
            "{\"score\" 1}",
            "{'score':1}",
            "{\"score\":1}}",
            "[".repeat(50_000),
            "1".repeat(70_000),
            "{\"remark\":\"" + "长".repeat(70_000) + "\"}")) {
      cases.add(json("malformed", abbreviate(body), FILLING, "PUT", self, body, 400));
    }
    cases.add(
        raw("malformed", "NUL bytes", FILLING, "PUT", self, JSON, new byte[] {0, 0, 0, 0}, 400));
    cases.add(
        raw(
            "malformed",
            "binary",
            FILLING,
            "PUT",
            self,
            JSON,
            HexFormat.of().parseHex("89504e470d0a1a0aff00fe"),
            400));
    cases.add(
        raw(
            "malformed",
            "UTF-16 with a BOM",
            FILLING,
            "PUT",
            self,
            JSON,
            "{\"score\":1}".getBytes(StandardCharsets.UTF_16),
            400));
    cases.add(
        raw("oversized", "a JSON body of 1 MB", FILLING, "PUT", self, JSON, big(1 << 20), 400));
    cases.add(
        raw("oversized", "a JSON body of 9 MB", FILLING, "PUT", self, JSON, big(9 << 20), 400));
    byte[] tooLarge = java.util.Arrays.copyOf(DataScopeIT.pdf("large"), 21 << 20);
    cases.add(
        upload(
            "oversized",
            "an evidence file of 21 MB",
            FILLING,
            filling + "/evidence/" + y.fillingItem(),
            "large.pdf",
            tooLarge,
            400));

    // The right JSON in a content type that a plain form of another site can send (403).
    for (String type :
        List.of(
            "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
      cases.add(raw("content type", type, FILLING, "PUT", self, type, utf8("{\"score\":1}"), 403));
    }
    cases.add(
        raw(
            "content type",
            "a form post of a submit",
            FILLING,
            "POST",
            filling + "/submit",
            "application/x-www-form-urlencoded",
            utf8("version=1"),
            403));
    // The right JSON declared as anything but JSON: refused as such (415), never parsed.
    for (String type :
        List.of(
            "application/xml",
            "text/xml",
            "application/octet-stream",
            "text/html",
            "application/x-yaml",
            "application/merge-patch+json",
            "application/json-seq")) {
      cases.add(raw("content type", type, FILLING, "PUT", self, type, utf8("{\"score\":1}"), 415));
    }
    cases.add(
        raw(
            "content type",
            "XML to a submit",
            FILLING,
            "POST",
            filling + "/submit",
            "application/xml",
            utf8("{\"version\":" + y.fillingVersion() + "}"),
            415));
    cases.add(
        raw(
            "content type",
            "XML to a score",
            "assessor1",
            "PUT",
            score,
            "application/xml; charset=UTF-8",
            utf8("{\"score\":0,\"reason\":\"x\"}"),
            415));
    cases.add(
        raw(
            "content type",
            "XML to a rejection",
            "approver1",
            "POST",
            scored + "/reject",
            "application/xml",
            utf8("{\"reason\":\"驳回\"}"),
            415));
    cases.add(
        raw(
            "content type",
            "XML to a new cycle",
            "admin",
            "POST",
            "api/cycles",
            "application/xml",
            utf8("{\"year\":2031}"),
            415));
    cases.add(
        raw(
            "content type",
            "JSON to the upload",
            FILLING,
            "POST",
            filling + "/evidence/" + y.fillingItem(),
            JSON,
            utf8("{\"file\":\"x\"}"),
            415));

    // Every text field: control characters, direction overrides, broken characters, overlong
    // UTF-8, too long — also around script and SQL — refused; blank where text is required.
    Map<String, TextField> fields = new LinkedHashMap<>();
    fields.put("remark", new TextField(FILLING, "PUT", self, "{\"score\":1,\"remark\":%s}", false));
    fields.put(
        "deduction reason",
        new TextField("assessor1", "PUT", score, "{\"score\":0,\"reason\":%s}", false));
    fields.put(
        "return comment",
        new TextField("assessor1", "POST", scoring + "/return", "{\"comment\":%s}", true));
    fields.put(
        "reject reason",
        new TextField("approver1", "POST", scored + "/reject", "{\"reason\":%s}", true));
    fields.put(
        "special item description",
        new TextField(
            "assessor1",
            "POST",
            scoring + "/special-items",
            "{\"item\":" + "%ITEM%" + ",\"occurredOn\":\"2019-06-01\",\"description\":%s}",
            true));
    fields.put(
        "special item reject reason",
        new TextField(
            "approver1",
            "POST",
            scoring + "/special-items/" + y.special() + "/reject",
            "{\"reason\":%s}",
            true));
    fields.put(
        "zero-out reason",
        new TextField(null, "POST", scoring + "/zero-out", "{\"reason\":%s}", true));
    fields.put(
        "zero-out reject reason",
        new TextField("approver1", "POST", scored + "/zero-out/reject", "{\"reason\":%s}", true));
    long bonus = y.api().itemOfKind(SCORING, "BONUS");
    Map<String, String> tricks = new LinkedHashMap<>();
    tricks.put("NUL", "\"a\\u0000b\"");
    tricks.put("BEL", "\"a\\u0007b\"");
    tricks.put("ESC sequence", "\"\\u001b[31mred\"");
    tricks.put("right-to-left override", "\"invoice\\u202Efdp.exe\"");
    tricks.put("isolate", "\"a\\u2066b\\u2069\"");
    tricks.put("lone surrogate", "\"a\\ud800b\"");
    tricks.put("script with NUL", "\"<script>alert(1)</script>\\u0000\"");
    tricks.put("SQL with an override", "\"'; DROP TABLE item_entry; --\\u202E\"");
    tricks.put("too long", "\"" + "字".repeat(2001) + "\"");
    for (var field : fields.entrySet()) {
      TextField f = field.getValue();
      for (var trick : tricks.entrySet()) {
        String body =
            f.template().replace("%ITEM%", String.valueOf(bonus)).replace("%s", trick.getValue());
        cases.add(
            json(
                "text",
                field.getKey() + " · " + trick.getKey(),
                f.as(),
                f.method(),
                f.path(),
                body,
                400));
      }
      byte[] overlong = overlong(f.template().replace("%ITEM%", String.valueOf(bonus)));
      cases.add(
          raw(
              "text",
              field.getKey() + " · overlong UTF-8 slash",
              f.as(),
              f.method(),
              f.path(),
              JSON,
              overlong,
              400));
      if (f.required()) {
        String body =
            f.template()
                .replace("%ITEM%", String.valueOf(bonus))
                .replace("%s", "\"\\u200B\\u00A0\\u3000\"");
        cases.add(
            json(
                "text",
                field.getKey() + " · only invisible characters",
                f.as(),
                f.method(),
                f.path(),
                body,
                400));
      }
    }

    // SQL and script meta-characters where an identifier, a number or a date is expected.
    String assessments = "api/cycles/" + YEAR + "/assessments/";
    cases.add(
        get(
            "identifier",
            "unit code with SQL",
            FILLING,
            assessments + enc("shuiwu' OR '1'='1"),
            403));
    cases.add(
        get(
            "identifier",
            "unit code with script",
            "admin",
            assessments + enc("<script>alert(1)</script>"),
            404));
    cases.add(
        get(
            "identifier",
            "unit code with SQL as the office",
            "admin",
            assessments + enc("x' OR 1=1 --"),
            404));
    cases.add(
        get(
            "identifier",
            "year with SQL",
            "admin",
            "api/cycles/" + enc("2025 OR 1=1") + "/assessments",
            404));
    cases.add(
        json(
            "identifier",
            "item id with SQL",
            FILLING,
            "PUT",
            filling + "/self/" + enc("1 OR 1=1"),
            "{\"score\":1}",
            404));
    cases.add(
        get(
            "identifier",
            "evidence id with SQL",
            FILLING,
            filling + "/evidence/" + y.fillingItem() + "/" + enc("1;DROP TABLE evidence"),
            404));
    cases.add(
        get(
            "identifier",
            "group with SQL",
            "admin",
            "api/cycles/" + YEAR + "/items?group=" + enc("TOWN' --"),
            400));
    cases.add(
        json(
            "identifier",
            "date with SQL",
            "assessor1",
            "POST",
            scoring + "/special-items",
            "{\"item\":" + bonus + ",\"occurredOn\":\"2019-01-01' OR 1=1\",\"description\":\"x\"}",
            400));
    cases.add(
        json(
            "identifier",
            "item as SQL text",
            "assessor1",
            "POST",
            scoring + "/special-items",
            "{\"item\":\"1 OR 1=1\",\"occurredOn\":\"2019-01-01\",\"description\":\"x\"}",
            400));
    cases.add(
        json(
            "identifier",
            "version as SQL text",
            FILLING,
            "PUT",
            self,
            "{\"score\":1,\"version\":\"1 OR 1=1\"}",
            400));
    cases.add(
        get(
            "identifier",
            "audit dates with SQL",
            "admin",
            "api/audit?from=" + enc("2025-01-01' OR '1'='1"),
            400));
    cases.add(get("identifier", "username with SQL", "admin' OR '1'='1:x", "api/cycles", 401));
    cases.add(
        json(
            "identifier",
            "assignments with SQL",
            "admin",
            "PUT",
            "api/assignments/" + enc("assessor1' --"),
            "{\"units\":[\"shuiwu\"],\"previous\":[]}",
            404));
    cases.add(
        json(
            "identifier",
            "assigned units with SQL",
            "admin",
            "PUT",
            "api/assignments/assessor1",
            "{\"units\":[\"shuiwu' OR 1=1 --\"],\"previous\":[]}",
            400));

    // Path traversal: in names of uploads, in ids and codes of paths.
    for (String name : List.of("..", "../", "..\\", "/", "./.")) {
      cases.add(
          upload(
              "traversal",
              "file named " + name,
              FILLING,
              filling + "/evidence/" + y.fillingItem(),
              name,
              DataScopeIT.pdf(name),
              400));
    }
    cases.add(
        get(
            "traversal",
            "evidence id as a path",
            FILLING,
            filling + "/evidence/" + y.fillingItem() + "/" + enc("../../../../etc/passwd"),
            404));
    cases.add(
        get("traversal", "unit code as a path", FILLING, assessments + enc("../../units"), 403));
    cases.add(
        get(
            "traversal",
            "unit code as a Windows path",
            FILLING,
            assessments + enc("..\\..\\standalone"),
            403));

    // Stale versions and replays.
    long stale = y.fillingVersion() - 1;
    cases.add(
        json(
            "stale",
            "self-score on a stale version",
            FILLING,
            "PUT",
            self,
            "{\"score\":1,\"version\":" + stale + "}",
            409));
    cases.add(
        json(
            "stale",
            "submit on a stale version",
            FILLING,
            "POST",
            filling + "/submit",
            "{\"version\":" + stale + "}",
            409));
    cases.add(
        json(
            "stale",
            "a version from the future",
            FILLING,
            "PUT",
            self,
            "{\"score\":1,\"version\":" + (y.fillingVersion() + 1000) + "}",
            409));
    cases.add(
        json(
            "stale",
            "score on a stale version",
            "assessor1",
            "PUT",
            score,
            "{\"score\":1,\"reason\":\"x\",\"version\":" + (y.scoringVersion() - 1) + "}",
            409));
    cases.add(
        json(
            "stale",
            "return on a stale version",
            "assessor1",
            "POST",
            scoring + "/return",
            "{\"comment\":\"x\",\"version\":" + (y.scoringVersion() - 1) + "}",
            409));
    cases.add(
        json(
            "stale",
            "approval on a stale version",
            "approver1",
            "POST",
            scored + "/approve",
            "{\"version\":" + (y.scoredVersion() - 1) + "}",
            409));
    cases.add(
        json(
            "stale",
            "special item approval on a stale version",
            "approver1",
            "POST",
            scoring + "/special-items/" + y.special() + "/approve",
            "{\"version\":" + (y.specialVersion() + 1) + "}",
            409));
    cases.add(
        json(
            "replay",
            "submit again (double submit)",
            SCORING,
            "POST",
            scoring + "/submit",
            "{}",
            409));
    cases.add(
        json(
            "replay",
            "submit again with the version it had",
            SCORED,
            "POST",
            scored + "/submit",
            "{}",
            409));
    cases.add(
        json("replay", "scoring done again", "assessor1", "POST", scored + "/scored", "{}", 409));
    cases.add(
        json(
            "replay",
            "a zero-out recorded again",
            null,
            "POST",
            scored + "/zero-out",
            "{\"reason\":\"材料造假\"}",
            409));
    cases.add(
        json(
            "replay",
            "self-score after submit",
            SCORING,
            "PUT",
            scoring + "/self/" + y.scoringItem(),
            "{\"score\":1}",
            409));
    cases.add(
        json(
            "replay",
            "the cycle created again",
            null,
            "POST",
            "api/cycles",
            "{\"year\":" + YEAR + "}",
            409));
    cases.add(
        json(
            "replay",
            "the cycle opened again",
            null,
            "POST",
            "api/cycles/" + YEAR + "/open",
            "{}",
            409));
    return cases;
  }

  private record TextField(
      String as, String method, String path, String template, boolean required) {}

  private static Case json(
      String kind, String label, String as, String method, String path, String body, int status) {
    return new Case(kind, label, as, method, path, JSON, utf8(body), status);
  }

  private static Case raw(
      String kind,
      String label,
      String as,
      String method,
      String path,
      String type,
      byte[] body,
      int status) {
    return new Case(kind, label, as, method, path, type, body, status);
  }

  private static Case get(String kind, String label, String as, String path, int status) {
    return new Case(kind, label, as, "GET", path, null, null, status);
  }

  /** An upload: the content type field carries the file's name. */
  private static Case upload(
      String kind, String label, String as, String path, String name, byte[] content, int status) {
    return new Case("upload", kind + " · " + label, as, "POST", path, name, content, status);
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] big(int size) {
    byte[] body = new byte[size];
    java.util.Arrays.fill(body, (byte) ' ');
    byte[] head = utf8("{\"remark\":\"");
    System.arraycopy(head, 0, body, 0, head.length);
    body[size - 2] = '"';
    body[size - 1] = '}';
    return body;
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** The template with a string holding an overlong "/" (0xC0 0xAF, no UTF-8) in place of %s. */
  private static byte[] overlong(String template) {
    int at = template.indexOf("%s");
    return concat(
        utf8(template.substring(0, at) + "\"a"),
        new byte[] {(byte) 0xC0, (byte) 0xAF},
        utf8("b\"" + template.substring(at + 2)));
  }

  private static String abbreviate(String text) {
    return text.length() <= 40
        ? text
        : text.substring(0, 20) + "… (" + text.length() + " characters)";
  }
}
