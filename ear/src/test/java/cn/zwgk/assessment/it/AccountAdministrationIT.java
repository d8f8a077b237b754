package cn.zwgk.assessment.it;

import static cn.zwgk.assessment.it.Deployments.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts that the administrator creates (issue 6): the password handed out (given or generated)
 * must be changed at the first login; disabling ends the logins; the separation of duties holds (no
 * administrator or auditor accounts made, disabled or reset by the administrator, not their own
 * account either); every change is audited and no password is.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountAdministrationIT {

  private static final String INITIAL = "Start#2026a";
  private static final String OWN = "Mine#2026b";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private URL base;

  private Http admin() {
    return Http.as(base, "admin", DEMO_PASSWORD);
  }

  @Test
  void aCreatedAccountMustChangeItsPasswordAndThenWorks() {
    Http.Reply created =
        admin()
            .postJson(
                "api/accounts",
                "{\"username\":\"li.clerk\",\"displayName\":\"李文书\",\"role\":\"UNIT_USER\","
                    + "\"unitCode\":\"sifa\",\"password\":\""
                    + INITIAL
                    + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject account = created.object().getJsonObject("account");
    assertThat(account.getString("username")).isEqualTo("li.clerk");
    assertThat(account.getString("displayName")).isEqualTo("李文书");
    assertThat(account.getString("unitCode")).isEqualTo("sifa");
    assertThat(account.getBoolean("mustChangePassword")).isTrue();
    assertThat(created.body()).as("a given password is not answered").doesNotContain(INITIAL);

    Http.Reply before = Http.as(base, "li.clerk", INITIAL).get("api/cycles");
    assertThat(before.status()).isEqualTo(403);
    assertThat(before.object().getString("error")).isEqualTo("password_change_required");
    Http.Reply changed = Clerks.changePassword(base, "li.clerk", INITIAL, OWN);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(Http.as(base, "li.clerk", OWN).get("api/cycles").status()).isEqualTo(200);
    assertThat(Http.as(base, "li.clerk", INITIAL).get("api/cycles").status()).isEqualTo(401);
    assertThat(Http.as(base, "li.clerk", OWN).get("api/cycles/2026/assessments/huimeng").status())
        .as("a clerk of its own unit only")
        .isIn(403, 404);
  }

  @Test
  void withoutAPasswordOneIsGeneratedAndShownOnce() {
    Http.Reply created =
        admin()
            .postJson(
                "api/accounts",
                "{\"username\":\"zhang.assessor\",\"displayName\":\"张考核\",\"role\":\"ASSESSOR\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String generated = created.object().getString("initialPassword");
    assertThat(generated).hasSizeGreaterThanOrEqualTo(12);
    Http.Reply first = Http.as(base, "zhang.assessor", generated).get("api/cycles");
    assertThat(first.object().getString("error")).isEqualTo("password_change_required");
    assertThat(Clerks.changePassword(base, "zhang.assessor", generated, OWN).status())
        .isEqualTo(200);
    assertThat(Http.as(base, "zhang.assessor", OWN).get("api/cycles").status()).isEqualTo(200);
    assertThat(
            admin().get("api/accounts").array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("username").equals("zhang.assessor")))
        .singleElement()
        .satisfies(a -> assertThat(a.getBoolean("mustChangePassword")).isFalse())
        .satisfies(a -> assertThat(a.toString()).doesNotContain(generated));

    Http.Reply reset = admin().postJson("api/accounts/zhang.assessor/password", "{}");
    assertThat(reset.status()).as(reset.body()).isEqualTo(200);
    String again = reset.object().getString("initialPassword");
    assertThat(again).isNotEqualTo(generated);
    assertThat(Http.as(base, "zhang.assessor", OWN).get("api/cycles").status())
        .as("the old password is gone")
        .isEqualTo(401);
    assertThat(Http.as(base, "zhang.assessor", again).get("api/cycles").object().getString("error"))
        .isEqualTo("password_change_required");
  }

  @Test
  void aDisabledAccountCannotLogInUntilEnabled() {
    assertThat(
            admin()
                .postJson(
                    "api/accounts",
                    "{\"username\":\"wu.approver\",\"displayName\":\"吴审核\",\"role\":\"APPROVER\","
                        + "\"password\":\""
                        + INITIAL
                        + "\"}")
                .status())
        .isEqualTo(201);
    assertThat(Clerks.changePassword(base, "wu.approver", INITIAL, OWN).status()).isEqualTo(200);
    Http.Reply disabled = admin().postJson("api/accounts/wu.approver/disable", "");
    assertThat(disabled.status()).isEqualTo(200);
    assertThat(disabled.object().getBoolean("enabled")).isFalse();
    assertThat(Http.as(base, "wu.approver", OWN).get("api/cycles").status()).isEqualTo(401);
    assertThat(admin().postJson("api/accounts/wu.approver/enable", "").status()).isEqualTo(200);
    assertThat(Http.as(base, "wu.approver", OWN).get("api/cycles").status()).isEqualTo(200);

    List<JsonObject> events =
        Http.as(base, "auditor", DEMO_PASSWORD)
            .get("api/audit?actor=admin&limit=500")
            .array()
            .getValuesAs(JsonObject.class);
    assertThat(events)
        .extracting(e -> e.getString("action"))
        .contains("ACCOUNT_CREATED", "ACCOUNT_DISABLED", "ACCOUNT_ENABLED");
    assertThat(events.toString()).doesNotContain(INITIAL, OWN);
  }

  @Test
  void theSeparationOfDutiesHolds() {
    record Refused(String what, Http as, String path, String body, int status, String error) {}
    Http assessor = Http.as(base, "assessor1", DEMO_PASSWORD);
    Http auditor = Http.as(base, "auditor", DEMO_PASSWORD);
    for (Refused r :
        List.of(
            new Refused(
                "a second administrator",
                admin(),
                "api/accounts",
                newAccount("admin2", "ADMIN"),
                403,
                "account.roleNotManaged"),
            new Refused(
                "an auditor made by the administrator",
                admin(),
                "api/accounts",
                newAccount("auditor2", "AUDITOR"),
                403,
                "account.roleNotManaged"),
            new Refused(
                "two roles at once",
                admin(),
                "api/accounts",
                newAccount("combo", "ASSESSOR,ADMIN"),
                400,
                "account.roleUnknown"),
            new Refused(
                "a clerk without a unit",
                admin(),
                "api/accounts",
                newAccount("nounit", "UNIT_USER"),
                400,
                "account.unitRequired"),
            new Refused(
                "a weak initial password",
                admin(),
                "api/accounts",
                "{\"username\":\"weak\",\"displayName\":\"x\",\"role\":\"ASSESSOR\","
                    + "\"password\":\"password\"}",
                400,
                "password.weak"),
            new Refused(
                "a taken username",
                admin(),
                "api/accounts",
                newAccount("assessor1", "ASSESSOR"),
                400,
                "account.usernameTaken"),
            new Refused(
                "the administrator disabling themself",
                admin(),
                "api/accounts/admin/disable",
                "",
                403,
                "account.notOwn"),
            new Refused(
                "the administrator resetting their own password",
                admin(),
                "api/accounts/admin/password",
                "{}",
                403,
                "account.notOwn"),
            new Refused(
                "the administrator taking over the auditor",
                admin(),
                "api/accounts/auditor/password",
                "{}",
                403,
                "account.roleNotManaged"),
            new Refused(
                "the administrator silencing the auditor",
                admin(),
                "api/accounts/auditor/disable",
                "",
                403,
                "account.roleNotManaged"),
            new Refused(
                "an assessor creating an account",
                assessor,
                "api/accounts",
                newAccount("byassessor", "ASSESSOR"),
                403,
                "error.forbidden"),
            new Refused(
                "the auditor creating an account",
                auditor,
                "api/accounts",
                newAccount("byauditor", "APPROVER"),
                403,
                "error.forbidden"),
            new Refused(
                "the auditor disabling the administrator",
                auditor,
                "api/accounts/admin/disable",
                "",
                403,
                "error.forbidden"))) {
      Http.Reply reply = r.as().postJson(r.path(), r.body());
      assertThat(reply.status()).as(r.what() + ": " + reply.body()).isEqualTo(r.status());
      assertThat(reply.object().getString("error")).as(r.what()).isEqualTo(r.error());
    }
    List<String> usernames =
        admin().get("api/accounts").array().getValuesAs(JsonObject.class).stream()
            .map(a -> a.getString("username"))
            .toList();
    assertThat(usernames)
        .contains("admin", "auditor", "assessor1")
        .doesNotContain("admin2", "auditor2", "combo", "nounit", "weak", "byassessor", "byauditor");
    assertThat(auditor.get("api/audit/verify").status())
        .as("the auditor still logs in")
        .isEqualTo(200);
    assertThat(admin().get("api/accounts").status()).as("the admin still logs in").isEqualTo(200);
  }

  private static String newAccount(String username, String role) {
    return "{\"username\":\"" + username + "\",\"displayName\":\"某人\",\"role\":\"" + role + "\"}";
  }
}
