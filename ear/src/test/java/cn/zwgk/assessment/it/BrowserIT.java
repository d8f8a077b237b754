package cn.zwgk.assessment.it;

import static cn.zwgk.assessment.it.Deployments.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.WebElement;

/** The pages in a real browser: what an administrator and a unit's clerk see and do. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

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
  void pagesNeedALoginAndAWrongPasswordIsRefused() {
    browser.open("units.xhtml");
    browser.waitForUrl("login.xhtml");
    browser.logIn("admin", "wrong-password");
    assertThat(browser.text(By.id("login:messages"))).contains("用户名或密码错误");
    browser.screenshot("login-failed");
  }

  @Test
  void theAdministratorSeesTheUnitsAndTheIndicatorTables() {
    int towns = count("api/units?group=TOWN");
    int departments = count("api/units?group=DEPARTMENT");

    browser.logIn("admin", DEMO_PASSWORD);
    assertThat(browser.text(By.id("who"))).contains("系统管理员");
    assertThat(browser.text(By.id("town-count"))).isEqualTo(String.valueOf(towns));
    assertThat(browser.text(By.id("department-count"))).isEqualTo(String.valueOf(departments));
    browser.screenshot("admin-home");

    browser.click(By.id("nav-units"));
    assertThat(rows()).hasSize(towns + departments);
    browser.click(By.xpath("//div[@id='units:group']//span[contains(text(),'镇(区)政府')]"));
    browser.waitForText(By.id("units:table:shown"), String.valueOf(towns), Duration.ofSeconds(10));
    assertThat(rows()).hasSize(towns).allMatch(r -> r.getText().contains("镇(区)政府"));
    assertThat(rows().get(0).getText()).contains("会盟镇").contains("huimeng");
    browser.screenshot("admin-units-towns");

    browser.click(By.id("nav-templates"));
    assertThat(browser.text(By.id("template-name"))).isEqualTo(SeedDocument.TOWN_TITLE);
    assertThat(browser.text(By.id("base-total"))).isEqualTo("100.0");
    String tree = browser.text(By.className("indicator-tree"));
    assertThat(tree).contains("组织领导", "加强经费保障", "见“政务服务”", "直接归零项", "在日常工作和考核、检查中弄虚作假的");
    browser.screenshot("admin-template-town");

    browser.click(By.linkText("县直单位"));
    browser.waitForText(
        By.id("template-name"), SeedDocument.DEPARTMENT_TITLE, Duration.ofSeconds(15));
    assertThat(browser.text(By.className("indicator-tree"))).contains("网上政务服务平台");

    browser.click(By.id("userbar:lang-en"));
    browser.waitForText(By.id("nav-home"), "Home", Duration.ofSeconds(15));
    assertThat(browser.text(By.className("page-title"))).isEqualTo("Indicator tables");
    browser.screenshot("admin-template-english");
    browser.click(By.id("userbar:lang-zh"));
    browser.waitForText(By.id("nav-home"), "首页", Duration.ofSeconds(15));

    browser.click(By.id("userbar:logout"));
    browser.waitForUrl("login.xhtml");
    browser.open("index.xhtml");
    assertThat(browser.driver().getCurrentUrl()).as("the session ended").contains("login.xhtml");
  }

  @Test
  void aUnitsClerkSeesItsOwnUnitAndItsTable() {
    browser.logIn("gongan", DEMO_PASSWORD);
    assertThat(browser.text(By.id("my-unit-name"))).isEqualTo("公安局");
    assertThat(browser.text(By.id("my-unit-group"))).isEqualTo("县直单位");
    assertThat(browser.driver().findElements(By.id("home-admin"))).isEmpty();
    assertThat(browser.driver().findElements(By.id("nav-import"))).as("no admin menu").isEmpty();
    browser.screenshot("unit-home");

    browser.click(By.id("my-template"));
    assertThat(browser.text(By.id("template-name"))).isEqualTo(SeedDocument.DEPARTMENT_TITLE);

    browser.open("admin/import.xhtml");
    assertThat(browser.driver().getPageSource()).doesNotContain("import:file");
  }

  @Test
  void theAdministratorImportsASheetAndSeesWhichRowsAreWrong() throws Exception {
    Path sheet = Files.createTempFile("units", ".xlsx");
    Files.write(
        sheet,
        Sheets.unitSheet(
            List.of(
                List.of("browserok", "浏览器测试局", "县直单位", "", "Browser#2026"),
                List.of("huimeng", "重复的会盟镇", "镇(区)政府", "", "Browser#2026"))));
    int before = count("api/units");
    browser.logIn("admin", DEMO_PASSWORD);
    browser.click(By.id("nav-import"));
    browser.driver().findElement(By.id("import:file_input")).sendKeys(sheet.toString());
    browser.waitForText(By.id("import:progress"), "未导入任何内容", Duration.ofSeconds(60));
    String problems = browser.text(By.id("import:problems"));
    assertThat(problems).contains("3").contains("单位编码已被使用").doesNotContain("browserok");
    browser.screenshot("admin-import-rejected");
    assertThat(count("api/units")).as("nothing imported").isEqualTo(before);

    browser.click(By.id("nav-close"));
    assertThat(browser.text(By.id("close:missing")))
        .as("what is missing, in the user's language, not the (English) browser's")
        .contains("：")
        .doesNotContainPattern("[a-z]{3,}");

    browser.open("admin/jobs.xhtml");
    WebElement newest =
        browser.driver().findElements(By.cssSelector("[id='jobs:table_data'] > tr")).get(0);
    assertThat(newest.getText())
        .as("the import's outcome and step in words")
        .contains("已驳回（表中有问题行）")
        .contains("交叉核对")
        .doesNotContain("REJECTED")
        .as("the cross-check counts nothing: the rows read, not 0 of 0")
        .contains("2 / 2");
    assertThat(newest.findElements(By.tagName("button")))
        .as("a rejection is final: no restart offered")
        .isEmpty();
    assertThat(Http.as(base, "browserok", "Browser#2026").get("api/units").status()).isEqualTo(401);
  }

  private List<WebElement> rows() {
    browser.visible(By.id("units:table"));
    return browser.driver().findElements(By.cssSelector("[id='units:table_data'] > tr"));
  }

  private int count(String path) {
    return Http.as(base, "admin", DEMO_PASSWORD).get(path).array().size();
  }
}
