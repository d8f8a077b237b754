package cn.zwgk.assessment.it;

import static cn.zwgk.assessment.it.Deployments.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The unit import batch job, end to end through the API: a sheet with any bad row imports nothing
 * and reports each bad row by number; a clean sheet creates the units and their accounts (with the
 * demo password, see {@link TestAccounts}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnitImportIT {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private URL base;

  private Http admin() {
    return Http.as(base, "admin", DEMO_PASSWORD);
  }

  @Test
  void aSheetWithBadRowsImportsNothingAndNamesEveryBadRow() {
    int before = unitCount();
    byte[] sheet =
        Sheets.unitSheet(
            List.of(
                List.of("xinqu", "新区管委会", "镇(区)政府", "", "Start#2026a"),
                List.of("bad code!", "某某局", "县直单位", "", "Start#2026a"),
                List.of("gongan", "另一个公安局", "县直单位", "", "Start#2026a"),
                List.of("dup1", "甲局", "县直单位", "", "Start#2026a"),
                List.of("dup1", "乙局", "县直单位", "", "Start#2026a"),
                List.of("weak", "丙局", "县直单位", "", "password"),
                List.of("nogroup", "丁局", "乡镇", "", "Start#2026a"),
                List.of("xss", "<script>alert(1)</script>", "县直单位", "", "Start#2026a")));
    JsonObject outcome = runImport(sheet);

    assertThat(outcome.getString("status")).isEqualTo("FAILED");
    assertThat(outcome.getString("exitStatus")).isEqualTo("REJECTED");
    Map<Integer, List<String>> problems = problemsByRow(outcome);
    assertThat(problems)
        .as("the job's whole outcome: %s", outcome)
        .containsOnlyKeys(3, 4, 5, 6, 7, 8, 9)
        .containsEntry(3, List.of("CODE_INVALID", "USERNAME_INVALID"))
        .containsEntry(4, List.of("CODE_TAKEN", "USERNAME_TAKEN"))
        .containsEntry(5, List.of("CODE_DUPLICATE", "USERNAME_DUPLICATE"))
        .containsEntry(6, List.of("CODE_DUPLICATE", "USERNAME_DUPLICATE"))
        .containsEntry(7, List.of("PASSWORD_WEAK"))
        .containsEntry(8, List.of("GROUP_UNKNOWN"))
        .containsEntry(9, List.of("NAME_INVALID"));
    JsonObject row3 =
        outcome.getJsonArray("problemRows").getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getInt("row") == 3)
            .findFirst()
            .orElseThrow();
    assertThat(row3.getJsonArray("messages").getString(0)).contains("单位编码");

    assertThat(unitCount()).as("nothing imported").isEqualTo(before);
    assertThat(Http.as(base, "xinqu", "Start#2026a").get("api/units").status())
        .as("no account created")
        .isEqualTo(401);

    long execution = outcome.getJsonNumber("executionId").longValue();
    Http.Reply restart = admin().postJson("api/jobs/" + execution + "/restart", "");
    assertThat(restart.status()).as("a rejection is final: " + restart.body()).isEqualTo(409);
    assertThat(restart.object().getString("message")).contains("已驳回");
    assertThat(unitCount()).as("still nothing imported").isEqualTo(before);
  }

  @Test
  void aCleanSheetCreatesTheUnitsAndTheirAccounts() {
    int before = unitCount();
    byte[] sheet =
        Sheets.unitSheet(
            List.of(
                List.of("kaifaqu", "县经济开发区", "镇（区）政府", "", DEMO_PASSWORD),
                List.of(
                    TestAccounts.OWN_USERNAME_UNIT,
                    "应急管理局",
                    "县直单位",
                    TestAccounts.OWN_USERNAME,
                    DEMO_PASSWORD)));
    JsonObject outcome = runImport(sheet);

    assertThat(outcome.getString("status")).isEqualTo("COMPLETED");
    assertThat(outcome.getString("exitStatus")).isEqualTo("IMPORTED 2");
    assertThat(outcome.getJsonArray("problemRows")).isEmpty();
    assertThat(unitCount()).isEqualTo(before + 2);

    List<JsonObject> units = admin().get("api/units").array().getValuesAs(JsonObject.class);
    assertThat(units)
        .anySatisfy(
            u -> {
              assertThat(u.getString("code")).isEqualTo("kaifaqu");
              assertThat(u.getString("name")).isEqualTo("县经济开发区");
              assertThat(u.getString("group")).isEqualTo("TOWN");
            })
        .anySatisfy(u -> assertThat(u.getString("code")).isEqualTo("yingjiju"));
    takeOver("kaifaqu");
    takeOver(TestAccounts.OWN_USERNAME);

    JsonObject job =
        admin().get("api/jobs/" + outcome.getJsonNumber("executionId").longValue()).object();
    assertThat(job.getString("job")).isEqualTo("unit-import");
    assertThat(job.getString("status")).isEqualTo("COMPLETED");
    assertThat(job.getJsonNumber("total").longValue()).isEqualTo(2);
  }

  @Test
  void theSameSheetTwiceIsRefusedTheSecondTime() {
    byte[] sheet = Sheets.unitSheet(List.of(List.of("twice", "二次导入局", "县直单位", "", DEMO_PASSWORD)));
    assertThat(runImport(sheet).getString("status")).isEqualTo("COMPLETED");
    takeOver("twice");
    JsonObject again = runImport(sheet);
    assertThat(again.getString("exitStatus")).isEqualTo("REJECTED");
    assertThat(problemsByRow(again))
        .containsEntry(2, List.of("CODE_TAKEN", "NAME_TAKEN", "USERNAME_TAKEN"));
  }

  @Test
  void filesThatAreNotUnitSheetsAreRefusedAtOnce() {
    int before = unitCount();
    Http.Reply text =
        admin()
            .upload(
                "api/units/import",
                "units.xlsx",
                XLSX,
                "code,name\n".getBytes(StandardCharsets.UTF_8));
    assertThat(text.status()).isEqualTo(400);
    assertThat(text.object().getString("error")).isEqualTo("import.notXlsx");

    Http.Reply wrongName =
        admin()
            .upload("api/units/import", "units.xls", XLSX, Sheets.unitSheet(List.of(List.of("a"))));
    assertThat(wrongName.status()).isEqualTo(400);

    Http.Reply wrongHeader =
        admin()
            .upload(
                "api/units/import",
                "units.xlsx",
                XLSX,
                Sheets.workbook(List.of("编码", "名称"), List.of(List.of("x", "y"))));
    assertThat(wrongHeader.status()).isEqualTo(400);
    assertThat(wrongHeader.object().getString("error")).isEqualTo("import.badHeader");

    Http.Reply empty =
        admin().upload("api/units/import", "units.xlsx", XLSX, Sheets.unitSheet(List.of()));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.object().getString("error")).isEqualTo("import.noRows");

    assertThat(unitCount()).isEqualTo(before);
  }

  @Test
  void onlyTheAdministratorImports() {
    byte[] sheet = Sheets.unitSheet(List.of(List.of("sneaky", "冒名局", "县直单位", "", "Sneaky#2026")));
    for (String user : List.of("gongan", "assessor1", "approver1", "auditor")) {
      Http.Reply reply =
          Http.as(base, user, DEMO_PASSWORD).upload("api/units/import", "u.xlsx", XLSX, sheet);
      assertThat(reply.status()).as(user).isEqualTo(403);
    }
    assertThat(Http.anonymous(base).upload("api/units/import", "u.xlsx", XLSX, sheet).status())
        .isEqualTo(401);
  }

  private JsonObject runImport(byte[] sheet) {
    Http.Reply started = admin().upload("api/units/import", "单位.xlsx", XLSX, sheet);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    long executionId = started.object().getJsonNumber("executionId").longValue();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      JsonObject outcome = admin().get("api/units/import/" + executionId).object();
      String status = outcome.getString("status");
      if (!status.equals("STARTING") && !status.equals("STARTED") && !status.equals("STOPPING")) {
        return outcome;
      }
      sleep();
    }
    throw new AssertionError("the import job did not finish within a minute");
  }

  private static Map<Integer, List<String>> problemsByRow(JsonObject outcome) {
    return outcome.getJsonArray("problemRows").getValuesAs(JsonObject.class).stream()
        .collect(
            Collectors.toMap(
                r -> r.getInt("row"),
                r ->
                    r.getJsonArray("problems").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .sorted()
                        .toList()));
  }

  /**
   * An imported account can do nothing before it changes its password; its clerk changes it and
   * back to the demo password, for the later tests (see {@link TestAccounts}).
   */
  private void takeOver(String username) {
    Http clerk = Http.as(base, username, DEMO_PASSWORD);
    Http.Reply refused = clerk.get("api/units");
    assertThat(refused.status()).as(username).isEqualTo(403);
    assertThat(refused.object().getString("error")).isEqualTo("password_change_required");
    String changed = "Changed#" + username;
    assertThat(
            clerk
                .send(
                    "PUT",
                    "api/account/password",
                    "{\"current\":\"" + DEMO_PASSWORD + "\",\"password\":\"" + changed + "\"}")
                .status())
        .isEqualTo(200);
    Http again = Http.as(base, username, changed);
    assertThat(again.get("api/units").status()).isEqualTo(200);
    assertThat(
            again
                .send(
                    "PUT",
                    "api/account/password",
                    "{\"current\":\"" + changed + "\",\"password\":\"" + DEMO_PASSWORD + "\"}")
                .status())
        .isEqualTo(200);
    assertThat(clerk.get("api/units").status()).as(username).isEqualTo(200);
  }

  private int unitCount() {
    return admin().get("api/units").array().size();
  }

  private static void sleep() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
