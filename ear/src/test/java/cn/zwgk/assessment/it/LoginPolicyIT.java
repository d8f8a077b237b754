package cn.zwgk.assessment.it;

import static cn.zwgk.assessment.it.Deployments.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The login policy through the API and the login page: five consecutive failures lock an account
 * for 15 minutes (and an unknown username the same way, so the answer tells nothing); an imported
 * account must change its password before anything else; logout ends the session. The tests of this
 * class fail fewer than 20 logins in all, below the throttle of their shared address ({@link
 * LoginThrottleIT} tests that).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginPolicyIT {

  private static final String OWN_PASSWORD = "Own#pass2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void fiveWrongPasswordsLockAnApiAccountUntilTheAdministratorUnlocksIt() {
    Clerks.importUnit(base, "lockapi", "锁定测试一局");
    assertThat(Clerks.changePassword(base, "lockapi", DEMO_PASSWORD, OWN_PASSWORD).status())
        .isEqualTo(200);
    Http wrong = Http.as(base, "lockapi", "Wrong#pass1");
    for (int i = 1; i <= 4; i++) {
      Http.Reply refused = wrong.get("api/units");
      assertThat(refused.status()).as("failure %d", i).isEqualTo(401);
      assertThat(refused.object().getString("error")).isEqualTo("unauthorized");
      assertThat(refused.object().getString("message")).contains("用户名或密码错误");
    }
    Http.Reply fifth = wrong.get("api/units");
    assertThat(fifth.status()).isEqualTo(401);
    assertThat(fifth.object().getString("error")).isEqualTo("locked");
    assertThat(fifth.object().getString("message")).contains("锁定", "15 分钟");

    Http right = Http.as(base, "lockapi", OWN_PASSWORD);
    Http.Reply locked = right.inLanguage("en").get("api/units");
    assertThat(locked.status()).as("the right password while locked").isEqualTo(401);
    assertThat(locked.object().getString("error")).isEqualTo("locked");
    assertThat(locked.object().getString("message")).contains("locked");
    assertThat(locked.body()).doesNotContain("会盟镇");

    assertThat(
            Http.as(base, "auditor", DEMO_PASSWORD)
                .postJson("api/accounts/lockapi/unlock", "")
                .status())
        .as("only the administrator unlocks")
        .isEqualTo(403);
    Http.Reply unlocked =
        Http.as(base, "admin", DEMO_PASSWORD).postJson("api/accounts/lockapi/unlock", "");
    assertThat(unlocked.status()).as(unlocked.body()).isEqualTo(200);
    assertThat(unlocked.object().getBoolean("wasLocked")).isTrue();
    assertThat(right.get("api/units").status()).isEqualTo(200);

    List<JsonObject> events =
        Http.as(base, "auditor", DEMO_PASSWORD)
            .get("api/audit?actor=lockapi&limit=50")
            .array()
            .getValuesAs(JsonObject.class);
    assertThat(events.stream().map(e -> e.getString("action")))
        .contains("LOGIN", "LOGIN_FAILED", "ACCOUNT_LOCKED", "PASSWORD_CHANGED");
    List<String> failures =
        events.stream()
            .filter(e -> e.getString("action").equals("LOGIN_FAILED"))
            .map(e -> e.getString("reason"))
            .toList();
    assertThat(failures).hasSize(6).allSatisfy(r -> assertThat(r).contains("api", "127.0.0.1"));
    assertThat(failures).filteredOn(r -> r.startsWith("wrong password")).hasSize(5);
    assertThat(failures).filteredOn(r -> r.startsWith("locked")).hasSize(1);
    assertThat(events.toString()).doesNotContain(OWN_PASSWORD, "Wrong#pass1", DEMO_PASSWORD);
    Clerks.backToDemoPassword(base, "lockapi", OWN_PASSWORD);
  }

  @Test
  void anUnknownUsernameLocksLikeAnAccountSoTheAnswerTellsNothing() {
    Http nobody = Http.as(base, "no-such-clerk", "Wrong#pass1");
    for (int i = 1; i <= 4; i++) {
      assertThat(nobody.get("api/units").object().getString("error")).isEqualTo("unauthorized");
    }
    Http.Reply fifth = nobody.get("api/units");
    assertThat(fifth.status()).isEqualTo(401);
    assertThat(fifth.object().getString("error")).isEqualTo("locked");
    assertThat(Http.as(base, "no-such-clerk", DEMO_PASSWORD).get("api/units").object())
        .isEqualTo(fifth.object());
  }

  @Test
  void fiveWrongPasswordsOnTheLoginPageLockTheAccount() {
    Clerks.importUnit(base, "lockform", "锁定测试二局");
    assertThat(Clerks.changePassword(base, "lockform", DEMO_PASSWORD, OWN_PASSWORD).status())
        .isEqualTo(200);
    PageClient pages = new PageClient(base);
    for (int i = 1; i <= 4; i++) {
      HttpResponse<String> refused = pages.logIn("lockform", "Wrong#pass1");
      assertThat(refused.statusCode()).as("failure %d", i).isEqualTo(401);
      assertThat(refused.body()).contains("用户名或密码错误");
    }
    HttpResponse<String> fifth = pages.logIn("lockform", "Wrong#pass1");
    assertThat(fifth.statusCode()).isEqualTo(401);
    assertThat(fifth.body()).contains("账号已暂时锁定", "15 分钟");
    HttpResponse<String> locked = pages.logIn("lockform", OWN_PASSWORD);
    assertThat(locked.statusCode()).isEqualTo(401);
    assertThat(locked.body()).contains("账号已暂时锁定");
    assertThat(pages.get("index.xhtml").statusCode()).as("not logged in").isEqualTo(302);

    assertThat(
            Http.as(base, "admin", DEMO_PASSWORD)
                .postJson("api/accounts/lockform/unlock", "")
                .status())
        .isEqualTo(200);
    HttpResponse<String> in = pages.logIn("lockform", OWN_PASSWORD);
    assertThat(in.statusCode()).isEqualTo(302);
    assertThat(PageClient.redirect(in)).isEqualTo("index.xhtml");
    assertThat(
            Http.as(base, "auditor", DEMO_PASSWORD)
                .get("api/audit?actor=lockform&limit=50")
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(e -> e.getString("action").equals("LOGIN_FAILED")))
        .hasSize(6)
        .allSatisfy(e -> assertThat(e.getString("reason")).contains("form"));
    Clerks.backToDemoPassword(base, "lockform", OWN_PASSWORD);
  }

  @Test
  void anImportedAccountMustChangeItsPasswordBeforeAnythingElse() {
    Clerks.importUnit(base, "forcedpw", "改密测试局");
    Http.Reply api = Http.as(base, "forcedpw", DEMO_PASSWORD).get("api/cycles");
    assertThat(api.status()).isEqualTo(403);
    assertThat(api.object().getString("error")).isEqualTo("password_change_required");
    assertThat(api.object().getString("message")).contains("修改密码");

    PageClient pages = new PageClient(base);
    HttpResponse<String> in = pages.logIn("forcedpw", DEMO_PASSWORD);
    assertThat(in.statusCode()).isEqualTo(302);
    for (String page : List.of("", "index.xhtml", "self.xhtml", "results.xhtml", "units.xhtml")) {
      HttpResponse<String> sent = pages.get(page);
      assertThat(sent.statusCode()).as(page).isEqualTo(302);
      assertThat(PageClient.redirect(sent)).as(page).isEqualTo("password.xhtml");
    }
    HttpResponse<String> form = pages.get("password.xhtml");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("首次登录");

    HttpResponse<String> weak = changeOnPage(pages, DEMO_PASSWORD, "password", "password");
    assertThat(weak.body()).contains("新密码不符合要求");
    HttpResponse<String> same = changeOnPage(pages, DEMO_PASSWORD, DEMO_PASSWORD, DEMO_PASSWORD);
    assertThat(same.body()).contains("新密码不能与当前密码相同");
    HttpResponse<String> mismatch = changeOnPage(pages, DEMO_PASSWORD, OWN_PASSWORD, "Other#2026");
    assertThat(mismatch.body()).contains("两次输入的新密码不一致");
    HttpResponse<String> wrongCurrent =
        changeOnPage(pages, "Wrong#pass1", OWN_PASSWORD, OWN_PASSWORD);
    assertThat(wrongCurrent.body()).contains("当前密码不正确");
    assertThat(PageClient.redirect(pages.get("index.xhtml"))).isEqualTo("password.xhtml");

    HttpResponse<String> changed = changeOnPage(pages, DEMO_PASSWORD, OWN_PASSWORD, OWN_PASSWORD);
    assertThat(changed.statusCode()).isEqualTo(302);
    assertThat(PageClient.redirect(changed)).isEqualTo("index.xhtml");
    assertThat(pages.get("index.xhtml").statusCode()).isEqualTo(200);
    assertThat(Http.as(base, "forcedpw", DEMO_PASSWORD).get("api/cycles").status())
        .as("the old password is gone")
        .isEqualTo(401);
    assertThat(Http.as(base, "forcedpw", OWN_PASSWORD).get("api/cycles").status()).isEqualTo(200);
    Clerks.backToDemoPassword(base, "forcedpw", OWN_PASSWORD);
  }

  @Test
  void everyoneMayChangeTheirPasswordButOnlyToAStrongOne() {
    Http.Reply weak = Clerks.changePassword(base, "approver1", DEMO_PASSWORD, "approver");
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.object().getString("error")).isEqualTo("password.weak");
    Http.Reply strong = Clerks.changePassword(base, "approver1", DEMO_PASSWORD, OWN_PASSWORD);
    assertThat(strong.status()).isEqualTo(200);
    assertThat(strong.object().getBoolean("mustChangePassword")).isFalse();
    Clerks.backToDemoPassword(base, "approver1", OWN_PASSWORD);
    assertThat(
            Http.anonymous(base)
                .send("PUT", "api/account/password", "{\"current\":\"x\",\"password\":\"y\"}")
                .status())
        .isEqualTo(401);
  }

  @Test
  void logoutEndsTheSession() throws Exception {
    PageClient pages = new PageClient(base);
    assertThat(pages.logIn("auditor", DEMO_PASSWORD).statusCode()).isEqualTo(302);
    HttpResponse<String> home = pages.get("index.xhtml");
    assertThat(home.statusCode()).isEqualTo(200);
    String session = sessionCookie(pages);

    HttpResponse<String> out = pages.submit("index.xhtml", "userbar", Map.of(), "logout");
    assertThat(out.statusCode()).isEqualTo(302);
    assertThat(PageClient.redirect(out)).startsWith("login.xhtml");
    assertThat(pages.get("index.xhtml").statusCode()).isEqualTo(302);

    HttpResponse<String> replayed =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve("index.xhtml"))
                    .header("Cookie", "JSESSIONID=" + session)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(replayed.statusCode()).as("the old session id is dead").isEqualTo(302);
    assertThat(replayed.headers().firstValue("Location").orElse("")).contains("login.xhtml");
  }

  private static HttpResponse<String> changeOnPage(
      PageClient pages, String current, String password, String confirmation) {
    return pages.submit(
        "password.xhtml",
        "password",
        Map.of(
            "current", current,
            "new", password,
            "confirm", confirmation),
        "save");
  }

  private static String sessionCookie(PageClient pages) {
    return pages.cookie("JSESSIONID").orElseThrow();
  }
}
