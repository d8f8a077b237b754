package cn.zwgk.assessment.it;

import static cn.zwgk.assessment.it.Deployments.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The year's pages of the openness office and of a unit in a real browser: the administrator sets
 * up and opens the 2033 cycle and edits an assessor's units; a unit's clerk self-assesses, attaches
 * evidence, submits, is returned and submits again. Each step is checked through the API as well.
 * The methods run in order: each goes on from where the one before left the 2033 cycle.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UnitAndOfficePagesIT {

  private static final int YEAR = 2033;
  private static final String UNIT = "huimeng";
  private static final String ASSESSOR = "assessor1";
  private static final Duration AJAX = Duration.ofSeconds(15);

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
  @Order(1)
  void theAdministratorCreatesTheYearAndOpensItOnlyWhenThePointsSumTo100() {
    browser.logIn("admin", DEMO_PASSWORD);
    browser.click(By.id("nav-cycles"));
    replace(By.id("cycles:year_input"), String.valueOf(YEAR));
    browser.click(By.id("cycles:create"));
    browser.waitForUrl("year=" + YEAR);
    browser.waitForUrl("admin/cycle.xhtml");
    assertThat(browser.text(By.id("messages"))).contains(YEAR + " 年度考核已新建");
    assertThat(browser.text(By.id("cycle:state"))).isEqualTo("草稿");
    assertThat(browser.text(By.id("cycle:tabs:TOWN:total"))).isEqualTo("100.0");

    JsonObject item =
        admin().get("api/cycles/" + YEAR + "/items?group=TOWN").array().stream()
            .map(JsonObject.class::cast)
            .filter(i -> i.getString("kind").equals("BASE"))
            .findFirst()
            .orElseThrow();
    BigDecimal points = item.getJsonNumber("points").bigDecimalValue();
    By pointsInput = By.cssSelector("tr.item-" + item.getInt("id") + " input.points-input");
    replace(pointsInput, points.add(new BigDecimal("0.5")).toPlainString());
    browser.waitForText(By.id("cycle:tabs:TOWN:total"), "100.5", AJAX);
    assertThat(browser.visible(By.id("cycle:tabs:TOWN:total")).getAttribute("class"))
        .contains("total-wrong");
    assertThat(browser.text(By.id("cycle:tabs:TOWN:total-hint"))).contains("应为 100 分");
    assertThat(cycleState()).isEqualTo("DRAFT");
    browser.screenshot("cycle-points-not-100");

    browser.click(By.id("cycle:open"));
    confirm();
    browser.waitForText(By.id("messages"), "基本分合计不等于 100 分，不能开启", AJAX);
    assertThat(cycleState()).as("refused: nothing changed").isEqualTo("DRAFT");
    browser.screenshot("cycle-open-refused");

    replace(pointsInput, points.toPlainString());
    browser.waitForText(By.id("cycle:tabs:TOWN:total"), "100.0", AJAX);
    browser.click(By.id("cycle:open"));
    confirm();
    browser.waitForText(By.id("messages"), YEAR + " 年度考核已开启自评", AJAX);
    assertThat(cycleState()).isEqualTo("OPEN");
    assertThat(browser.text(By.id("cycle:state"))).isEqualTo("进行中");
    assertThat(browser.text(By.id("cycle:frozen"))).contains("分值已冻结");
    assertThat(browser.visible(pointsInput).isEnabled()).as("points frozen").isFalse();
    browser.screenshot("cycle-opened");
  }

  @Test
  @Order(2)
  void theAdministratorChangesTheUnitsOfAnAssessor() {
    List<String> before = assignedUnits();
    int all = before.size();
    assertThat(before).as("the demo assigns every unit").contains(UNIT);
    browser.logIn("admin", DEMO_PASSWORD);
    browser.click(By.id("nav-assignments"));
    String row =
        browser
            .visible(
                By.xpath(
                    "//tbody[@id='assign:table_data']/tr[.//code[normalize-space()='"
                        + ASSESSOR
                        + "']]"))
            .getAttribute("data-ri");
    String units = "assign:table:" + row + ":";
    try {
      assertThat(browser.text(By.id(units + "total"))).contains(String.valueOf(all));
      toggleUnit(units, "会盟镇");
      browser.waitForText(By.id(units + "chosen"), "已选 " + (all - 1), AJAX);
      assertThat(browser.text(By.id(units + "chosen"))).contains("未保存");
      browser.screenshot("assignments-changed");
      browser.click(By.id(units + "save"));
      browser.waitForText(By.id("messages"), "共 " + (all - 1) + " 个考核对象", AJAX);
      assertThat(assignedUnits()).hasSize(all - 1).doesNotContain(UNIT);

      toggleUnit(units, "会盟镇");
      browser.waitForText(By.id(units + "chosen"), "已选 " + all, AJAX);
      browser.click(By.id(units + "save"));
      browser.waitForText(By.id("messages"), "共 " + all + " 个考核对象", AJAX);
      assertThat(assignedUnits()).containsExactlyInAnyOrderElementsOf(before);
      browser.screenshot("assignments-saved");
    } finally {
      List<String> now = assignedUnits();
      if (!Set.copyOf(now).equals(Set.copyOf(before))) {
        assertThat(YearApi.assign(admin(), ASSESSOR, now, before).status()).isEqualTo(200);
      }
    }
  }

  @Test
  @Order(3)
  void aUnitSelfAssessesAttachesEvidenceAndSubmitsOnlyWhenComplete() throws IOException {
    List<JsonObject> items = baseItems();
    JsonObject first = items.get(0);
    long firstId = first.getInt("id");
    String row = "tr.item-" + firstId + " ";

    browser.logIn(UNIT, DEMO_PASSWORD);
    browser.open("self.xhtml?year=" + YEAR);
    assertThat(browser.text(By.id("self:state"))).isEqualTo("未开始");
    assertThat(browser.text(By.id("self:progress"))).isEqualTo("已自评 0 / " + items.size());
    assertThat(browser.driver().getPageSource())
        .as("no totals before publication")
        .doesNotContain("self:totals");

    replace(By.cssSelector(row + "input.score-input"), "1");
    browser.type(By.cssSelector(row + "textarea"), "已召开专题会议，见会议记录。");
    browser.click(By.cssSelector(row + ".save-button"));
    browser.waitForText(By.id("self:progress"), "已自评 1 / " + items.size(), AJAX);
    assertThat(browser.text(By.cssSelector(row + ".row-status"))).contains("已自评");
    assertThat(browser.text(By.id("self:state"))).isEqualTo("自评中");
    JsonObject saved = item(firstId);
    assertThat(saved.getJsonNumber("selfScore").bigDecimalValue()).isEqualByComparingTo("1");
    assertThat(saved.getString("remark")).isEqualTo("已召开专题会议，见会议记录。");

    replace(By.cssSelector(row + "input.score-input"), "5");
    browser.click(By.cssSelector(row + ".save-button"));
    browser.waitForText(By.id("messages"), "的分数应在 0 至 1.5 之间", AJAX);
    assertThat(browser.text(By.cssSelector(row + ".row-status"))).contains("未保存");
    assertThat(item(firstId).getJsonNumber("selfScore").bigDecimalValue())
        .as("refused: nothing changed")
        .isEqualByComparingTo("1");
    browser.screenshot("self-score-refused");

    Path pdf = Files.createTempDirectory("evidence").resolve("会议记录.pdf");
    Files.write(pdf, samplePdf());
    browser.click(By.cssSelector(row + ".attach-link"));
    browser.visible(By.id("upload:panel"));
    browser.driver().findElement(By.id("upload:file_input")).sendKeys(pdf.toString());
    browser.waitForText(By.id("upload:panel"), "已上传“会议记录.pdf”", AJAX);
    browser.waitForText(By.cssSelector(row + ".evidence-list"), "会议记录.pdf", AJAX);
    browser.screenshot("self-evidence-uploaded");
    browser.driver().findElement(By.id("upload:file_input")).sendKeys(pdf.toString());
    browser.waitForText(By.id("upload:panel"), "此前已上传到该项目，未重复添加", AJAX);
    assertThat(item(firstId).getJsonArray("evidence")).hasSize(1);
    browser.click(By.id("upload:close"));
    String link = browser.visible(By.cssSelector(row + "a.evidence-link")).getAttribute("href");
    assertThat(link)
        .contains("/api/cycles/" + YEAR + "/assessments/" + UNIT + "/evidence/" + firstId + "/")
        .endsWith("?inline=true");

    browser.click(By.id("self:submit"));
    confirm();
    browser.waitForText(By.id("messages"), "还有 " + (items.size() - 1) + " 个项目未自评", AJAX);
    assertThat(sheet().getString("state")).isEqualTo("SELF_ASSESSING");

    for (JsonObject other : items.subList(1, items.size())) {
      int status =
          put(
              UNIT,
              "api/cycles/" + YEAR + "/assessments/" + UNIT + "/self/" + other.getInt("id"),
              Json.createObjectBuilder()
                  .add("score", other.getJsonNumber("points").bigDecimalValue())
                  .add("remark", "已按要求完成。")
                  .build()
                  .toString());
      assertThat(status).isEqualTo(200);
    }
    browser.open("self.xhtml?year=" + YEAR);
    assertThat(browser.text(By.id("self:progress")))
        .isEqualTo("已自评 " + items.size() + " / " + items.size());
    browser.click(By.id("self:submit"));
    confirm();
    browser.waitForText(By.id("self:state"), "已提交", AJAX);
    assertThat(browser.text(By.id("messages"))).contains("自评已提交");
    assertThat(sheet().getString("state")).isEqualTo("SUBMITTED");
    assertThat(browser.driver().findElements(By.cssSelector("input.score-input")))
        .hasSize(items.size())
        .noneMatch(WebElement::isEnabled);
    assertThat(browser.driver().findElements(By.cssSelector(".save-button"))).isEmpty();
    assertThat(browser.driver().findElements(By.id("self:submit"))).isEmpty();
    assertThat(browser.text(By.id("self:read-only"))).contains("不能修改");
    browser.screenshot("self-submitted");
  }

  @Test
  @Order(4)
  void aReturnedSelfAssessmentShowsTheCommentAndIsSubmittedAgain() {
    String path = "api/cycles/" + YEAR + "/assessments/" + UNIT;
    Http.Reply returned =
        Http.as(base, ASSESSOR, DEMO_PASSWORD)
            .postJson(path + "/return", "{\"comment\":\"请补充网站截图\"}");
    assertThat(returned.status()).isEqualTo(200);
    long firstId = baseItems().get(0).getInt("id");
    String row = "tr.item-" + firstId + " ";

    browser.logIn(UNIT, DEMO_PASSWORD);
    browser.open("self.xhtml?year=" + YEAR);
    assertThat(browser.text(By.id("self:state"))).isEqualTo("已退回");
    assertThat(browser.text(By.id("self:return-comment"))).contains("考核组退回意见").contains("请补充网站截图");
    browser.screenshot("self-returned");

    replace(By.cssSelector(row + "input.score-input"), "1.5");
    browser.click(By.cssSelector(row + ".save-button"));
    browser.waitForText(By.cssSelector(row + ".row-status"), "已自评", AJAX);
    // The row said 已自评 before the save too (it was self-assessed before the return): wait for
    // the save itself to land, then check it.
    new WebDriverWait(browser.driver(), AJAX)
        .until(
            d ->
                item(firstId)
                        .getJsonNumber("selfScore")
                        .bigDecimalValue()
                        .compareTo(new BigDecimal("1.5"))
                    == 0);
    assertThat(item(firstId).getJsonNumber("selfScore").bigDecimalValue())
        .isEqualByComparingTo("1.5");

    browser.click(By.id("self:submit"));
    confirm();
    browser.waitForText(By.id("self:state"), "已提交", AJAX);
    assertThat(sheet().getString("state")).isEqualTo("SUBMITTED");
    assertThat(browser.driver().findElements(By.id("self:return-comment"))).isEmpty();
    browser.screenshot("self-submitted-again");
  }

  /** Types into a field over what it holds, then leaves it (a change event, as a user makes). */
  private void replace(By field, String text) {
    browser.visible(field).sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
  }

  /** Yes in the page's confirm dialog, which is gone (and its modal mask with it) once it acts. */
  private void confirm() {
    By yes = By.cssSelector("button.ui-confirmdialog-yes");
    browser.click(yes);
    new WebDriverWait(browser.driver(), AJAX)
        .until(ExpectedConditions.invisibilityOfElementLocated(yes));
  }

  /** Ticks or unticks a unit in an assessor's unit menu, found through its filter. */
  private void toggleUnit(String units, String unitName) {
    browser.click(By.id(units + "units"));
    browser.type(By.id(units + "units_filter"), unitName);
    browser.click(
        By.xpath(
            "//div[@id='"
                + units
                + "units_panel']//li[label='"
                + unitName
                + "']//div[contains(@class,'ui-chkbox-box')]"));
    browser.click(By.cssSelector("[id='" + units + "units_panel'] .ui-selectcheckboxmenu-close"));
  }

  private Http admin() {
    return Http.as(base, "admin", DEMO_PASSWORD);
  }

  private String cycleState() {
    return admin().get("api/cycles/" + YEAR).object().getString("state");
  }

  private List<String> assignedUnits() {
    return YearApi.assignedUnits(admin(), ASSESSOR);
  }

  private JsonObject sheet() {
    return Http.as(base, UNIT, DEMO_PASSWORD)
        .get("api/cycles/" + YEAR + "/assessments/" + UNIT)
        .object();
  }

  private List<JsonObject> baseItems() {
    return sheet().getJsonArray("items").stream()
        .map(JsonObject.class::cast)
        .filter(i -> i.getString("kind").equals("BASE"))
        .toList();
  }

  private JsonObject item(long id) {
    return baseItems().stream().filter(i -> i.getInt("id") == id).findFirst().orElseThrow();
  }

  /** A PUT with a JSON body, which the shared API client does not make; answers the status. */
  private int put(String username, String path, String json) {
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
      return HttpClient.newHttpClient()
          .send(request, HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A one-page PDF with a correct cross-reference table, as a scanner would make it. */
  private static byte[] samplePdf() {
    String text = "BT /F1 24 Tf 72 760 Td (Meeting minutes) Tj ET";
    List<String> objects =
        List.of(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Integer> offsets = new ArrayList<>();
    write(out, "%PDF-1.4\n");
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(out.size());
      write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
    }
    int xref = out.size();
    write(out, "xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    offsets.forEach(o -> write(out, String.format("%010d 00000 n \n", o)));
    write(
        out,
        "trailer\n<< /Size "
            + (objects.size() + 1)
            + " /Root 1 0 R >>\nstartxref\n"
            + xref
            + "\n%%EOF\n");
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
  }
}
