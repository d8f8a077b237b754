package cn.zwgk.assessment.it;

import java.util.Map;

/**
 * Accounts the tests create beside the demo ones. Units imported by a test get the demo password
 * too, so that any later test (they share one database) can act as every unit's clerk; the one
 * clerk with a username of its own is named here.
 */
final class TestAccounts {

  /** The import test's unit whose clerk is not named after the unit code. */
  static final String OWN_USERNAME_UNIT = "yingjiju";

  static final String OWN_USERNAME = "yjj-clerk";

  private static final Map<String, String> USERNAMES = Map.of(OWN_USERNAME_UNIT, OWN_USERNAME);

  private TestAccounts() {}

  /** The username of a unit's clerk. */
  static String clerkOf(String unitCode) {
    return USERNAMES.getOrDefault(unitCode, unitCode);
  }
}
