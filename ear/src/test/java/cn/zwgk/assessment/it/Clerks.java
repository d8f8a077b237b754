package cn.zwgk.assessment.it;

import static cn.zwgk.assessment.it.Deployments.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Accounts of the security tests: each test imports a unit of its own, whose clerk account (named
 * after the unit, with the demo password) must change its password at the first login. Whatever a
 * test does to such an account, it leaves it with the demo password, unlocked and not bound to a
 * change, as {@link TestAccounts} promises the later tests.
 */
final class Clerks {

  private Clerks() {}

  /** Imports a department unit whose clerk is {@code code}, and waits for the import to finish. */
  static void importUnit(URL base, String code, String name) {
    Http admin = Http.as(base, "admin", DEMO_PASSWORD);
    byte[] sheet = Sheets.unitSheet(List.of(List.of(code, name, "县直单位", "", DEMO_PASSWORD)));
    Http.Reply started =
        admin.upload(
            "api/units/import",
            code + ".xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            sheet);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    long executionId = started.object().getJsonNumber("executionId").longValue();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      JsonObject outcome = admin.get("api/units/import/" + executionId).object();
      if (outcome.getString("status").equals("COMPLETED")) {
        assertThat(outcome.getString("exitStatus")).isEqualTo("IMPORTED 1");
        return;
      }
      assertThat(outcome.getString("status")).isIn("STARTING", "STARTED");
      pause();
    }
    throw new AssertionError("the import of " + code + " did not finish within a minute");
  }

  /** Changes a password through the API; returns the reply. */
  static Http.Reply changePassword(URL base, String username, String current, String next) {
    return Http.as(base, username, current)
        .send(
            "PUT",
            "api/account/password",
            "{\"current\":\"" + current + "\",\"password\":\"" + next + "\"}");
  }

  /** Sets the demo password again through a password of the test's own. */
  static void backToDemoPassword(URL base, String username, String current) {
    Http.Reply back = changePassword(base, username, current, DEMO_PASSWORD);
    assertThat(back.status()).as(back.body()).isEqualTo(200);
    assertThat(Http.as(base, username, DEMO_PASSWORD).get("api/units").status()).isEqualTo(200);
  }

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
