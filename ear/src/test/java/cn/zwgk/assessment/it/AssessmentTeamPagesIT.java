package cn.zwgk.assessment.it;

import static cn.zwgk.assessment.it.Deployments.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The assessment team's pages in a real browser: the work list, scoring with its refusals, the
 * return to the unit, special items with evidence, approval, and the audit trail with its check.
 * The unit's side is played through the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentTeamPagesIT {

  /** A year of its own, so that the other tests' years and the demo year stay as they are. */
  private static final int YEAR = 2034;

  private static final String UNIT = "gongan";
  private static final Duration AJAX = Duration.ofSeconds(20);
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private URL base;

  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser(base);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void aUnitIsScoredReturnedRescoredApprovedAndAudited() {
    Http admin = Http.as(base, "admin", DEMO_PASSWORD);
    assertThat(admin.postJson("api/cycles", "{\"year\":" + YEAR + "}").status()).isEqualTo(201);
    assertThat(admin.postJson("api/cycles/" + YEAR + "/open", "{}").status()).isEqualTo(200);
    List<JsonObject> items = baseItems();
    for (JsonObject item : items) {
      put(UNIT, selfPath(item), "{\"score\":" + points(item) + "}");
    }
    submit();

    logInAs("assessor1");
    browser.open("assessments.xhtml?year=" + YEAR + "&state=SUBMITTED,SCORING");
    By row = By.xpath("//tr[.//code[text()='" + UNIT + "']]");
    assertThat(browser.text(row)).contains("公安局", "已提交", "0 / " + items.size());
    browser.screenshot("team-assessments-assessor");
    browser.click(By.xpath("//tr[.//code[text()='" + UNIT + "']]//a[contains(@id,':score')]"));
    browser.waitForUrl("score.xhtml");
    assertThat(browser.text(By.id("state"))).isEqualTo("已提交");

    JsonObject first =
        items.stream().filter(i -> points(i).compareTo(BigDecimal.ONE) >= 0).findFirst().get();
    BigDecimal lower = points(first).subtract(new BigDecimal("0.5"));
    typeScore(first, lower);
    clickSave(first);
    browser.waitForText(By.id("messages"), "必须填写扣分理由", AJAX);
    assertThat(browser.text(By.id("total-base"))).isEqualTo("0.0");
    browser.screenshot("team-score-reason-required");

    browser.type(inRow(first, "input[id$=':reason']"), "佐证材料缺少会议记录。");
    clickSave(first);
    browser.waitForText(By.id("messages"), "已保存", AJAX);
    browser.waitForText(By.id("total-base"), shown(lower), AJAX);
    assertThat(browser.text(By.id("total-final"))).isEqualTo(shown(lower));
    assertThat(browser.text(By.id("progress"))).isEqualTo("已评分 1 / " + items.size());
    assertThat(browser.text(By.id("state"))).isEqualTo("评分中");
    browser.screenshot("team-score-saved");

    browser.click(By.id("actions:return"));
    browser.type(By.id("return-form:comment"), "请补充政府信息公开年度报告的发布截图。");
    browser.screenshot("team-score-return-dialog");
    browser.click(By.id("return-form:confirm"));
    browser.waitForText(By.id("state"), "已退回", AJAX);
    assertThat(browser.text(By.id("return-comment"))).contains("年度报告的发布截图");
    assertThat(sheet("assessor1").getString("state")).isEqualTo("RETURNED");

    submit();
    JsonObject beforeLast = items.get(items.size() - 2);
    JsonObject last = items.get(items.size() - 1);
    for (JsonObject item : items.subList(1, items.size() - 2)) {
      put("assessor1", scorePath(item), "{\"score\":" + points(item) + "}");
    }
    browser.open("score.xhtml?year=" + YEAR + "&unit=" + UNIT);
    assertThat(browser.text(By.id("progress")))
        .isEqualTo("已评分 " + (items.size() - 2) + " / " + items.size());
    // Two rows saved one right after the other: the second waits for the first, none is lost.
    typeScore(beforeLast, points(beforeLast));
    typeScore(last, points(last));
    clickSave(beforeLast);
    clickSave(last);
    browser.waitForText(By.id("progress"), "已评分 " + items.size() + " / " + items.size(), AJAX);
    BigDecimal total = sumOfPoints(items).subtract(new BigDecimal("0.5"));
    assertThat(browser.text(By.id("total-base"))).isEqualTo(shown(total));

    // A special item happens on a real day of its year: none of 2034 has come yet.
    browser.choose("specials:item", "特别加分", AJAX);
    browser.type(By.id("specials:date_input"), YEAR + "-03-15");
    browser.type(By.id("specials:description"), "政务公开工作经验被省政府网站转载。");
    browser.click(By.id("specials:save"));
    browser.waitForText(By.id("messages"), "发生日期应在 2034 年内，且不晚于今天", AJAX);
    scrollTo(By.id("messages"));
    browser.screenshot("team-score-special-date-refused");

    browser.click(By.id("actions:scored"));
    browser.click(By.id("confirm-yes"));
    browser.waitForText(By.id("state"), "待审核", AJAX);
    assertThat(browser.driver().findElements(By.id("actions:scored"))).isEmpty();
    assertThat(sheet("assessor1").getString("state")).isEqualTo("SCORED");
    browser.screenshot("team-score-handed-to-approval");

    switchTo("approver1");
    browser.open("assessments.xhtml?year=" + YEAR + "&state=SCORED");
    assertThat(browser.text(row)).contains("待审核");
    browser.click(By.xpath("//tr[.//code[text()='" + UNIT + "']]//a[contains(@id,':open')]"));
    browser.waitForUrl("approve.xhtml");
    assertThat(browser.text(By.id("difference-count"))).isEqualTo("1");
    WebElement differing = browser.visible(By.cssSelector("tr.item-" + id(first)));
    assertThat(differing.getDomAttribute("class")).contains("row-differs");
    assertThat(differing.getText()).contains("佐证材料缺少会议记录。");
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector("tr.item-" + id(last)))
                .getDomAttribute("class"))
        .doesNotContain("row-differs");
    browser.screenshot("team-approve-differences");
    browser.click(By.id("actions:approve"));
    browser.click(By.id("confirm-yes"));
    browser.waitForText(By.id("state"), "已审核", AJAX);
    assertThat(browser.text(By.id("messages"))).contains("审核通过");
    assertThat(sheet("approver1").getString("state")).isEqualTo("APPROVED");
    browser.screenshot("team-approve-approved");

    switchTo("auditor");
    browser.click(By.id("nav-audit"));
    browser.waitForUrl("audit.xhtml");
    // The unit filter as a link would set it (the menu's own list scrolls while it opens).
    browser.open("audit.xhtml?unit=" + UNIT);
    browser.click(By.id("audit:search"));
    browser.waitForText(By.id("audit:events"), "ASSESSMENT_APPROVED", AJAX);
    String events = browser.text(By.id("audit:events"));
    assertThat(events).contains("SCORE", "审核通过", "approver1", "assessor1");
    assertThat(browser.driver().findElements(By.cssSelector("[id='audit:events_data'] > tr")))
        .allMatch(r -> r.getText().contains(UNIT));
    browser.click(By.id("verify:check"));
    browser.waitForText(By.id("verify:result"), "审计链完整", AJAX);
    browser.screenshot("team-audit-verified");
  }

  @Test
  void aBonusItemIsRecordedWithEvidenceAndApproved() throws IOException {
    int year = LocalDate.now().getYear();
    String unit = notStartedUnitOfTheDemoYear(year);
    String description = "浏览器测试：政务公开经验做法被市政府网站转载。";

    logInAs("assessor1");
    browser.open("score.xhtml?year=" + year + "&unit=" + unit);
    browser.choose("specials:item", "特别加分", AJAX);
    browser.type(By.id("specials:date_input"), LocalDate.now().toString());
    browser.type(By.id("specials:description"), description);
    browser.click(By.id("specials:save"));
    browser.waitForText(By.id("messages"), "已登记特别加减分事项", AJAX);
    long special = specialItem(year, unit, description).getJsonNumber("id").longValue();
    By specialRow = By.cssSelector("tr.special-" + special);
    assertThat(browser.text(specialRow)).contains(description, "待审核", "assessor1");

    Path picture = Files.createTempFile("evidence", ".png");
    Files.write(picture, png());
    browser
        .driver()
        .findElement(By.cssSelector("tr.special-" + special + " input[type='file']"))
        .sendKeys(picture.toString());
    browser.waitForText(specialRow, picture.getFileName().toString(), AJAX);
    scrollTo(specialRow);
    browser.screenshot("team-special-recorded");

    switchTo("approver1");
    browser.open("approve.xhtml?year=" + year + "&unit=" + unit);
    assertThat(browser.text(By.id("total-bonus"))).isEqualTo("+0.0");
    browser.click(By.cssSelector("tr.special-" + special + " button[id$=':approve']"));
    browser.click(By.id("confirm-yes"));
    browser.waitForText(specialRow, "已通过", AJAX);
    assertThat(browser.text(By.id("total-bonus"))).isEqualTo("+1.0");
    scrollTo(specialRow);
    browser.screenshot("team-special-approved");
    assertThat(specialItem(year, unit, description).getString("state")).isEqualTo("APPROVED");
    assertThat(
            Http.as(base, "approver1", DEMO_PASSWORD)
                .get("api/cycles/" + year + "/assessments/" + unit)
                .object()
                .getJsonObject("totals")
                .getJsonNumber("bonus")
                .bigDecimalValue())
        .isEqualByComparingTo("1");
  }

  /**
   * A unit of the demo year that nobody has started: the special item this test adds changes
   * nothing that the demo's other units show.
   */
  private String notStartedUnitOfTheDemoYear(int year) {
    List<JsonObject> units =
        Http.as(base, "admin", DEMO_PASSWORD)
            .get("api/cycles/" + year + "/assessments")
            .array()
            .getValuesAs(JsonObject.class);
    return units.stream()
        .filter(u -> u.getString("state").equals("NOT_STARTED"))
        .reduce((a, b) -> b)
        .orElseThrow()
        .getString("unit");
  }

  private JsonObject specialItem(int year, String unit, String description) {
    return Http.as(base, "assessor1", DEMO_PASSWORD)
        .get("api/cycles/" + year + "/assessments/" + unit)
        .object()
        .getJsonArray("specialItems")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(s -> s.getString("description").equals(description))
        .findFirst()
        .orElseThrow();
  }

  /** Brings an element to the middle of the window, for a screenshot. */
  private void scrollTo(By target) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.visible(target));
  }

  private void typeScore(JsonObject item, BigDecimal score) {
    browser.type(inRow(item, "input[id$=':score_input']"), score.toPlainString());
  }

  private void clickSave(JsonObject item) {
    browser.click(inRow(item, "button[id$=':save']"));
  }

  private static By inRow(JsonObject item, String css) {
    return By.cssSelector("tr.item-" + id(item) + " " + css);
  }

  private void switchTo(String username) {
    browser.click(By.id("userbar:logout"));
    browser.waitForUrl("login.xhtml");
    logInAs(username);
  }

  private void logInAs(String username) {
    browser.logIn(username, DEMO_PASSWORD);
    browser.waitForUrl("index.xhtml");
  }

  private List<JsonObject> baseItems() {
    return sheet(UNIT).getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("kind").equals("BASE"))
        .toList();
  }

  private JsonObject sheet(String username) {
    return Http.as(base, username, DEMO_PASSWORD)
        .get("api/cycles/" + YEAR + "/assessments/" + UNIT)
        .object();
  }

  private void submit() {
    assertThat(
            Http.as(base, UNIT, DEMO_PASSWORD)
                .postJson("api/cycles/" + YEAR + "/assessments/" + UNIT + "/submit", "{}")
                .status())
        .isEqualTo(200);
  }

  private static String selfPath(JsonObject item) {
    return "api/cycles/" + YEAR + "/assessments/" + UNIT + "/self/" + id(item);
  }

  private static String scorePath(JsonObject item) {
    return "api/cycles/" + YEAR + "/assessments/" + UNIT + "/scores/" + id(item);
  }

  private static long id(JsonObject item) {
    return item.getJsonNumber("id").longValue();
  }

  private static BigDecimal points(JsonObject item) {
    return item.getJsonNumber("points").bigDecimalValue();
  }

  private static BigDecimal sumOfPoints(List<JsonObject> items) {
    return items.stream()
        .map(AssessmentTeamPagesIT::points)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** A score as the pages show it: at least one decimal, at most two. */
  private static String shown(BigDecimal value) {
    return new DecimalFormat("0.0#").format(value);
  }

  /** The shared API client has no PUT; the self-assessment and the scores need it. */
  private void put(String username, String path, String json) {
    String token =
        Base64.getEncoder()
            .encodeToString((username + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "") + "/" + path))
            .header("Authorization", "Basic " + token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as("PUT %s: %s", path, response.body()).isEqualTo(200);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
