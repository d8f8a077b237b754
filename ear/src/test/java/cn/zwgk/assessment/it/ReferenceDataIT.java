package cn.zwgk.assessment.it;

import static cn.zwgk.assessment.it.Deployments.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.assessment.domain.indicator.DefaultPoints;
import cn.zwgk.assessment.domain.indicator.ItemKind;
import cn.zwgk.assessment.domain.indicator.TestRow;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reference data through the API, checked against the source document itself: the 53 units and
 * both indicator tables, item by item, with points that follow DESIGN.md and sum to 100.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferenceDataIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private URL base;

  private static SeedDocument seed;

  @BeforeAll
  static void readSeed() throws Exception {
    seed = SeedDocument.read();
  }

  private Http admin() {
    return Http.as(base, "admin", DEMO_PASSWORD);
  }

  @Test
  void healthIsUpWithoutLogin() {
    Http.Reply reply = Http.anonymous(base).get("api/health");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.object().getString("status")).isEqualTo("UP");
  }

  @Test
  void theApiNeedsALogin() {
    Http.Reply none = Http.anonymous(base).get("api/units");
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.header("WWW-Authenticate")).startsWith("Basic");
    assertThat(none.object().getString("error")).isEqualTo("unauthorized");
    assertThat(none.object().getString("message")).contains("登录");

    Http.Reply wrong = Http.as(base, "admin", "not-the-password").get("api/units");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.body()).doesNotContain("会盟镇");
  }

  @Test
  void everyUnitOfTheSeedIsListedInItsOrderAndGroup() {
    Http.Reply reply = admin().get("api/units");
    assertThat(reply.status()).isEqualTo(200);
    List<JsonObject> units = reply.array().getValuesAs(JsonObject.class);
    List<String> towns = namesOf(units, "TOWN");
    List<String> departments = namesOf(units, "DEPARTMENT");
    assertThat(seed.towns()).hasSize(11);
    assertThat(seed.departments()).hasSize(42);
    // Later imports append units at the end of their group; the seed's come first, in order.
    assertThat(towns.subList(0, 11)).containsExactlyElementsOf(seed.towns());
    assertThat(departments.subList(0, 42)).containsExactlyElementsOf(seed.departments());
    assertThat(units.get(0).getString("name")).isEqualTo("会盟镇");
    assertThat(units.stream().map(u -> u.getString("code")))
        .doesNotHaveDuplicates()
        .allMatch(code -> code.matches("[A-Za-z0-9_-]{1,32}"));
  }

  @Test
  void unitsFilterByGroup() {
    List<JsonObject> towns =
        admin().get("api/units?group=TOWN").array().getValuesAs(JsonObject.class);
    assertThat(towns).isNotEmpty().allMatch(u -> u.getString("group").equals("TOWN"));
    assertThat(admin().get("api/units?group=NOPE").status()).isEqualTo(400);
  }

  @Test
  void theCurrentTemplatesAreTheTwoTablesOfTheSeed() {
    List<JsonObject> templates = admin().get("api/templates").array().getValuesAs(JsonObject.class);
    assertThat(templates).hasSize(2);
    assertThat(templates.get(0).getString("group")).isEqualTo("TOWN");
    assertThat(templates.get(0).getString("name")).isEqualTo(SeedDocument.TOWN_TITLE);
    assertThat(templates.get(1).getString("group")).isEqualTo("DEPARTMENT");
    assertThat(templates.get(1).getString("name")).isEqualTo(SeedDocument.DEPARTMENT_TITLE);
    assertThat(templates).allMatch(t -> t.getInt("version") >= 1);
    assertThat(admin().get("api/templates?all=true").array()).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void theTownTableIsTranscribedExactly() {
    checkTable("TOWN", seed.townItems());
  }

  @Test
  void theDepartmentTableIsTranscribedExactly() {
    checkTable("DEPARTMENT", seed.departmentItems());
  }

  @Test
  void anyLoggedInRoleReadsTheReferenceData() {
    for (String user : List.of("gongan", "huimeng", "assessor1", "approver1", "auditor")) {
      Http as = Http.as(base, user, DEMO_PASSWORD);
      assertThat(as.get("api/units").status()).as(user).isEqualTo(200);
      assertThat(as.get("api/templates").status()).as(user).isEqualTo(200);
    }
  }

  @Test
  void anUnknownTemplateIs404InTheClientsLanguage() {
    Http.Reply zh = admin().get("api/templates/NOPE/items");
    assertThat(zh.status()).isEqualTo(404);
    assertThat(zh.object().getString("error")).isEqualTo("template.notFound");
    assertThat(zh.object().getString("message")).contains("NOPE").contains("不存在");

    Http.Reply en = admin().inLanguage("en-US,en;q=0.9").get("api/templates/NOPE/items");
    assertThat(en.status()).isEqualTo(404);
    assertThat(en.object().getString("message"))
        .isEqualTo("Indicator table \"NOPE\" does not exist.");
  }

  @Test
  void anUnknownPathIsAJson404() {
    Http.Reply reply = admin().get("api/no-such-thing");
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.object().getString("error")).isEqualTo("not_found");
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() {
    // The application lives at the root context, beside WildFly's /openapi.
    Http.Reply reply = Http.anonymous(base).get("openapi");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body())
        .contains("/api/units")
        .contains("/api/templates/{code}/items")
        .contains("/api/health");
  }

  private void checkTable(String group, List<SeedDocument.Item> expected) {
    String code =
        admin().get("api/templates").array().getValuesAs(JsonObject.class).stream()
            .filter(t -> t.getString("group").equals(group))
            .findFirst()
            .orElseThrow()
            .getString("code");
    List<JsonObject> items =
        admin().get("api/templates/" + code + "/items").array().getValuesAs(JsonObject.class);

    assertThat(items).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      SeedDocument.Item want = expected.get(i);
      JsonObject got = items.get(i);
      String where = group + " item " + (i + 1);
      assertThat(got.getString("area")).as(where).isEqualTo(want.area());
      assertThat(got.getString("indicator")).as(where).isEqualTo(want.indicator());
      assertThat(text(got, "criterion")).as(where).isEqualTo(want.criterion());
      assertThat(got.getString("kind")).as(where).isEqualTo(want.kind());
      assertThat(text(got, "note")).as(where).isEqualTo(want.note());
    }

    List<TestRow> rows = items.stream().map(ReferenceDataIT::row).toList();
    assertThat(rows.stream().map(TestRow::getPoints).toList())
        .as("points follow the default rules of DESIGN.md")
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactlyElementsOf(DefaultPoints.of(rows));
    Map<String, BigDecimal> perArea = new LinkedHashMap<>();
    rows.stream()
        .filter(r -> r.getKind() == ItemKind.BASE)
        .forEach(r -> perArea.merge(r.getArea(), r.getPoints(), BigDecimal::add));
    assertThat(perArea.keySet()).containsExactlyElementsOf(DefaultPoints.AREA_WEIGHTS.keySet());
    perArea.forEach(
        (area, sum) ->
            assertThat(sum).as(area).isEqualByComparingTo(DefaultPoints.AREA_WEIGHTS.get(area)));
    assertThat(perArea.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("100");
  }

  private static List<String> namesOf(List<JsonObject> units, String group) {
    return units.stream()
        .filter(u -> u.getString("group").equals(group))
        .map(u -> u.getString("name"))
        .toList();
  }

  private static String text(JsonObject object, String field) {
    assertThat(object.containsKey(field)).as("field " + field + " is present").isTrue();
    return object.get(field).getValueType() == JsonValue.ValueType.NULL
        ? null
        : object.getString(field);
  }

  /** An item from the API, as the points rules see it. */
  private static TestRow row(JsonObject item) {
    return new TestRow(
        item.getString("area"),
        item.getString("indicator"),
        text(item, "criterion"),
        ItemKind.valueOf(item.getString("kind")),
        item.getJsonNumber("points").bigDecimalValue());
  }
}
