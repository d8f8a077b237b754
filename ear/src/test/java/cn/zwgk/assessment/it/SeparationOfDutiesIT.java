package cn.zwgk.assessment.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 三员分立 in the services: the auditor changes nothing (every state-changing endpoint refuses it), and
 * the administrator, who manages cycles and accounts, cannot self-assess, score or approve. The
 * year is set up so that each refused request would otherwise be possible (the unit scored, a
 * special item and a zero-out awaiting approval), and nothing has changed afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SeparationOfDutiesIT {

  private static final int YEAR = 2013;
  private static final String UNIT = "gongan";
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private URL base;

  /** One state-changing request: method, path, and a JSON body or (for POST-FILE) an upload. */
  private record Attempt(String method, String path, String body) {

    Http.Reply by(Http as) {
      return method.equals("POST-FILE")
          ? as.upload(path, "x.pdf", "application/pdf", PDF)
          : as.send(method, path, body);
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  @Test
  void theAuditorChangesNothingAndTheAdministratorNeitherScoresNorApproves() {
    YearApi year = new YearApi(base, YEAR);
    year.createAndOpen();
    year.selfAssessAndSubmit(UNIT);
    year.scoreAndMarkScored(UNIT);
    String unit = year.path(UNIT);
    long item = year.baseItems(UNIT).get(0).id();
    long bonus = year.itemOfKind(UNIT, "BONUS");
    Http.Reply special =
        year.assessor()
            .postJson(
                unit + "/special-items",
                "{\"item\":" + bonus + ",\"occurredOn\":\"2013-05-01\",\"description\":\"经验推广\"}");
    assertThat(special.status()).as(special.body()).isEqualTo(201);
    long specialId = special.object().getJsonNumber("id").longValue();
    assertThat(year.admin().postJson(unit + "/zero-out", "{\"reason\":\"材料造假\"}").status())
        .isEqualTo(201);

    String cycle = "api/cycles/" + YEAR;
    String specialPath = unit + "/special-items/" + specialId;
    List<Attempt> assessmentWork =
        List.of(
            new Attempt("PUT", unit + "/self/" + item, "{\"score\":1,\"remark\":\"x\"}"),
            new Attempt("POST-FILE", unit + "/evidence/" + item, null),
            new Attempt("POST", unit + "/submit", ""),
            new Attempt("PUT", unit + "/scores/" + item, "{\"score\":1,\"reason\":\"x\"}"),
            new Attempt("POST", unit + "/return", "{\"comment\":\"x\"}"),
            new Attempt("POST", unit + "/scored", ""),
            new Attempt("POST", unit + "/approve", ""),
            new Attempt("POST", unit + "/reject", "{\"reason\":\"x\"}"),
            new Attempt("POST", specialPath + "/approve", ""),
            new Attempt("POST", specialPath + "/reject", "{\"reason\":\"x\"}"),
            new Attempt("POST", unit + "/zero-out/approve", ""),
            new Attempt("POST", unit + "/zero-out/reject", "{\"reason\":\"x\"}"));
    List<Attempt> everything = new ArrayList<>(assessmentWork);
    everything.addAll(
        List.of(
            new Attempt("POST", "api/cycles", "{\"year\":" + (YEAR - 1) + "}"),
            new Attempt("PUT", cycle + "/deadlines", "{\"selfAssessmentDue\":\"2013-12-01\"}"),
            new Attempt(
                "PUT",
                cycle + "/settings",
                "{\"bonusItemCap\":2,\"bonusTotalCap\":5,\"excellentMin\":95,\"goodMin\":80,"
                    + "\"passMin\":60,\"excellentQuotaPercent\":30}"),
            new Attempt("PUT", cycle + "/items/" + item + "/points", "{\"points\":1}"),
            new Attempt("POST", cycle + "/open", ""),
            new Attempt("POST", cycle + "/close", ""),
            new Attempt("POST", "api/jobs/1/restart", ""),
            new Attempt("POST-FILE", "api/units/import", null),
            new Attempt("PUT", "api/assignments/assessor1", "{\"units\":[],\"previous\":[]}"),
            new Attempt(
                "POST", unit + "/special-items", "{\"item\":" + bonus + ",\"description\":\"x\"}"),
            new Attempt("POST-FILE", specialPath + "/evidence", null),
            new Attempt("POST", unit + "/zero-out", "{\"reason\":\"x\"}"),
            new Attempt("POST", "api/accounts/" + UNIT + "/unlock", "")));

    String before = snapshot(year);
    for (Attempt attempt : everything) {
      Http.Reply reply = attempt.by(year.as("auditor"));
      assertThat(reply.status()).as("auditor: %s %s", attempt, reply.body()).isEqualTo(403);
    }
    for (Attempt attempt : assessmentWork) {
      Http.Reply reply = attempt.by(year.admin());
      assertThat(reply.status()).as("admin: %s %s", attempt, reply.body()).isEqualTo(403);
    }
    assertThat(snapshot(year)).as("nothing changed").isEqualTo(before);
    List<JsonObject> byAuditor =
        year.as("auditor")
            .get("api/audit?actor=auditor&limit=200")
            .array()
            .getValuesAs(JsonObject.class);
    assertThat(byAuditor).allSatisfy(e -> assertThat(e.getString("action")).isEqualTo("LOGIN"));

    // the refusals were the roles', not the state's: the right people can do it
    assertThat(year.approver().postJson(specialPath + "/approve", "").status()).isEqualTo(200);
    assertThat(year.approver().postJson(unit + "/approve", "").status()).isEqualTo(200);
  }

  private String snapshot(YearApi year) {
    return year.sheet(year.admin(), UNIT).toString()
        + year.admin().get("api/cycles/" + YEAR).body()
        + year.admin().get("api/assignments").body()
        + year.admin().get("api/cycles").body();
  }
}
