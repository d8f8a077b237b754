package cn.zwgk.assessment.it;

import static cn.zwgk.assessment.it.Deployments.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The throttle per client address: 20 failed logins from one address (on as many usernames, so that
 * no lockout plays a part) stop every login from it, even a right one, through the API (429 with
 * Retry-After) and the login page alike; a session that exists already goes on. A class of its own:
 * the throttle, kept in memory, lasts as long as the deployment, and this one leaves its address
 * throttled.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginThrottleIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void twentyFailuresFromOneAddressStopItsLogins() {
    PageClient auditorSession = new PageClient(base);
    assertThat(auditorSession.logIn("auditor", DEMO_PASSWORD).statusCode()).isEqualTo(302);

    for (int i = 0; i < 20; i++) {
      Http.Reply refused = Http.as(base, "guess" + i, "Guess#2026").get("api/units");
      assertThat(refused.status()).as("guess %d", i).isEqualTo(401);
      assertThat(refused.object().getString("error")).isEqualTo("unauthorized");
    }

    Http.Reply throttled = Http.as(base, "admin", DEMO_PASSWORD).get("api/units");
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.object().getString("error")).isEqualTo("throttled");
    assertThat(throttled.object().getString("message")).contains("请 10 分钟后再试");
    assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(590L, 601L);
    assertThat(throttled.body()).doesNotContain("会盟镇");

    HttpResponse<String> page = new PageClient(base).logIn("admin", DEMO_PASSWORD);
    assertThat(page.statusCode()).isEqualTo(429);
    assertThat(page.body()).contains("登录失败次数过多");

    HttpResponse<String> stillIn = auditorSession.get("audit.xhtml");
    assertThat(stillIn.statusCode()).as("a session that exists goes on").isEqualTo(200);
    HttpResponse<String> audit = auditorSession.get("api/audit?actor=guess19&limit=10");
    assertThat(audit.statusCode()).isEqualTo(200);
    List<JsonObject> events =
        new Http.Reply(200, audit.body(), audit).array().getValuesAs(JsonObject.class);
    assertThat(events.stream().map(e -> e.getString("action")))
        .contains("LOGIN_FAILED", "CLIENT_THROTTLED");
  }
}
