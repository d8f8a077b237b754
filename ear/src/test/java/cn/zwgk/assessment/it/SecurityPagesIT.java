package cn.zwgk.assessment.it;

import static cn.zwgk.assessment.it.Deployments.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
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
import org.openqa.selenium.JavascriptExecutor;

/**
 * In the browser, under the Content-Security-Policy: the first login of an imported account goes to
 * the change-password page and on to the home page once it is done; the auditor's export asks for a
 * period; PrimeFaces' inline widget scripts run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityPagesIT {

  private static final Duration WAIT = Duration.ofSeconds(15);

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
  void anImportedClerkSetsAPasswordAtTheFirstLogin() {
    Clerks.importUnit(base, "browserpw", "浏览器改密测试局");
    browser.logIn("browserpw", DEMO_PASSWORD);
    browser.waitForUrl("password.xhtml");
    assertThat(browser.text(By.id("forced"))).contains("首次登录");
    browser.open("self.xhtml");
    browser.waitForUrl("password.xhtml");
    assertThat(widgets()).as("PrimeFaces' inline scripts ran").isPositive();

    browser.type(By.id("password:current"), DEMO_PASSWORD);
    browser.type(By.id("password:new"), "Browser#2026pw");
    browser.type(By.id("password:confirm"), "Browser#2026pw");
    browser.screenshot("password-forced");
    browser.click(By.id("password:save"));
    browser.waitForUrl("index.xhtml");
    browser.waitForText(By.id("messages"), "密码已修改", WAIT);
    browser.open("self.xhtml");
    browser.waitForUrl("self.xhtml");
    Clerks.backToDemoPassword(base, "browserpw", "Browser#2026pw");
  }

  @Test
  void theAuditorsExportNeedsAPeriod() {
    browser.logIn("auditor", DEMO_PASSWORD);
    browser.open("audit.xhtml");
    assertThat(widgets()).isPositive();
    browser.click(By.id("audit:export-csv"));
    browser.waitForText(By.id("messages"), "须指定起始日期和截止日期", WAIT);
    browser.screenshot("audit-export-needs-period");
  }

  /**
   * The administrator opens an assessor's account on the accounts page, without a password: one is
   * generated and shown once; the new account must change it at its first login.
   */
  @Test
  void theAdministratorOpensAnAccount() {
    browser.logIn("admin", DEMO_PASSWORD);
    browser.click(By.id("nav-accounts"));
    browser.waitForUrl("admin/accounts.xhtml");
    browser.type(By.id("accounts:username"), "browser.assessor");
    browser.type(By.id("accounts:displayName"), "浏览器考核员");
    browser.choose("accounts:role", "考核组成员", WAIT);
    browser.click(By.id("accounts:create"));
    browser.waitForText(By.id("messages"), "账号 browser.assessor 已开设", WAIT);
    String generated = browser.text(By.id("generated"));
    browser.screenshot("account-opened");
    assertThat(browser.text(By.id("accounts:table"))).contains("browser.assessor", "待首次改密");

    Http.Reply first = Http.as(base, "browser.assessor", generated).get("api/cycles");
    assertThat(first.status()).as(first.body()).isEqualTo(403);
    assertThat(first.object().getString("error")).isEqualTo("password_change_required");

    browser.open("admin/accounts.xhtml");
    assertThat(browser.driver().getPageSource())
        .as("the generated password is shown once only")
        .doesNotContain(generated);
  }

  /**
   * A page where the user acts (protected view) opens from the application's links only: typed,
   * bookmarked or linked from another site it is refused with a page that leads home, and the
   * menu's link to it works.
   */
  @Test
  void aProtectedPageOpensFromTheMenuOnly() {
    browser.logIn("admin", DEMO_PASSWORD);
    browser.go("admin/accounts.xhtml");
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("页面未能打开");
    assertThat(browser.driver().getPageSource())
        .contains("只能通过本系统内的链接打开")
        .doesNotContain("ProtectedViewException")
        .doesNotContain("accounts:username");
    browser.click(By.cssSelector("#home a"));
    browser.waitForUrl("index.xhtml");
    browser.click(By.id("nav-accounts"));
    browser.waitForUrl("admin/accounts.xhtml");
    assertThat(browser.visible(By.id("accounts:username")).isDisplayed()).isTrue();

    PageClient pages = new PageClient(base);
    pages.logIn("admin", DEMO_PASSWORD);
    String token = ProtectedViews.tokenIn(pages.typed("index.xhtml").body()).orElseThrow();
    HttpResponse<String> typed = pages.typed("admin/accounts.xhtml");
    assertThat(typed.statusCode()).isEqualTo(403);
    assertThat(typed.body()).as("without the token").contains("页面未能打开");
    String linked = ProtectedViews.withToken("admin/accounts.xhtml", token);
    for (String header : List.of("Referer", "Origin")) {
      HttpResponse<String> foreign = pages.typed(linked, header, "https://elsewhere.example/");
      assertThat(foreign.statusCode()).isEqualTo(403);
      assertThat(foreign.body()).as("from another site (" + header + ")").contains("页面未能打开");
    }
    HttpResponse<String> fromHome =
        pages.typed(linked, "Referer", base.toExternalForm() + "index.xhtml");
    assertThat(fromHome.statusCode()).isEqualTo(200);
    assertThat(fromHome.body()).contains("accounts:username").doesNotContain("页面未能打开");
  }

  private long widgets() {
    return (Long)
        ((JavascriptExecutor) browser.driver())
            .executeScript("return Object.keys(PrimeFaces.widgets).length;");
  }
}
