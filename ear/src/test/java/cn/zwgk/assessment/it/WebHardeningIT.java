package cn.zwgk.assessment.it;

import static cn.zwgk.assessment.it.Deployments.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URL;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web's own defences: security headers on pages and API, the API refusing what another site's
 * page could make a logged-in browser send, pages refusing a post without their ViewState, and
 * failures that show neither a stack trace nor the server's name and version.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebHardeningIT {

  /** A change the filter lets through and the service then refuses: it changes nothing. */
  private static final String HARMLESS = "{\"year\":1800}";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests(BrokenResource.class, BrokenServlet.class);
  }

  @ArquillianResource private URL base;

  /**
   * Beyond the pages the server renders at once (configure.cli), page requests wait in line: all
   * are served as if alone, none fails for having waited.
   */
  @Test
  void manyPageRequestsAtOnceAreAllServed() throws Exception {
    int requests = 24;
    ExecutorService pool = Executors.newFixedThreadPool(requests);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Http.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        replies.add(
            pool.submit(
                () -> {
                  go.await();
                  return Http.anonymous(base).get("login.xhtml");
                }));
      }
      go.countDown();
      for (Future<Http.Reply> reply : replies) {
        Http.Reply page = reply.get(60, TimeUnit.SECONDS);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<title>用户登录");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Uploads do not take a page's turn: posts whose files arrive slowly (here: never) leave the
   * pages free, where they would otherwise hold every turn until their last byte.
   */
  @Test
  void slowUploadsDoNotHoldUpThePages() throws Exception {
    PageClient admin = new PageClient(base);
    admin.logIn("admin", DEMO_PASSWORD);
    String session = admin.cookie("JSESSIONID").orElseThrow();
    List<Socket> uploads = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        Socket upload = new Socket(base.getHost(), base.getPort());
        upload
            .getOutputStream()
            .write(
                ("POST /index.xhtml HTTP/1.1\r\nHost: "
                        + base.getHost()
                        + "\r\nCookie: JSESSIONID="
                        + session
                        + "\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                        + "Content-Length: 1000000\r\n\r\n--b\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        upload.getOutputStream().flush();
        uploads.add(upload);
      }
      Thread.sleep(1_000);
      Http.Reply page =
          CompletableFuture.supplyAsync(() -> Http.anonymous(base).get("login.xhtml"))
              .get(20, TimeUnit.SECONDS);
      assertThat(page.status()).isEqualTo(200);
    } finally {
      for (Socket upload : uploads) {
        upload.close();
      }
    }
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    PageClient pages = new PageClient(base);
    HttpResponse<String> login = pages.get("login.xhtml");
    assertThat(login.statusCode()).isEqualTo(200);
    assertSecurityHeaders(login.headers());
    assertThat(login.headers().firstValue("Set-Cookie").orElseThrow())
        .contains("HttpOnly", "SameSite=Lax");
    pages.logIn("assessor1", DEMO_PASSWORD);
    assertSecurityHeaders(pages.get("index.xhtml").headers());
    assertSecurityHeaders(pages.get("api/units").headers());
    assertSecurityHeaders(
        Http.as(base, "assessor1", DEMO_PASSWORD).get("api/units").response().headers());
    assertSecurityHeaders(Http.anonymous(base).get("api/units").response().headers());
    assertSecurityHeaders(pages.get("no-such-page.xhtml").headers());
  }

  @Test
  void theApiRefusesChangesThatAnotherSiteCouldSend() {
    PageClient admin = new PageClient(base);
    assertThat(admin.logIn("admin", DEMO_PASSWORD).statusCode()).isEqualTo(302);

    HttpResponse<String> sameSite =
        admin.send("POST", "api/cycles", "application/json", HARMLESS, "Origin", origin());
    assertThat(sameSite.statusCode()).as("our own origin: on to the service").isEqualTo(400);

    Map<String, HttpResponse<String>> refused =
        Map.of(
            "a form post",
            admin.send("POST", "api/cycles", "application/x-www-form-urlencoded", "year=1800"),
            "a text/plain post",
            admin.send("POST", "api/cycles", "text/plain", HARMLESS),
            "a multipart post to what takes no upload",
            admin.send("POST", "api/cycles", "multipart/form-data; boundary=x", "--x--"),
            "another origin",
            admin.send(
                "POST",
                "api/cycles",
                "application/json",
                HARMLESS,
                "Origin",
                "http://evil.example"),
            "a null origin",
            admin.send(
                "PUT", "api/assignments/assessor1", "application/json", "{}", "Origin", "null"),
            "Sec-Fetch-Site: cross-site",
            admin.send(
                "POST",
                "api/cycles",
                "application/json",
                HARMLESS,
                "Sec-Fetch-Site",
                "cross-site"));
    refused.forEach(
        (what, response) -> {
          assertThat(response.statusCode()).as(what).isEqualTo(403);
          assertThat(response.body()).as(what).contains("\"cross_site\"", "其他网站");
        });
    assertThat(
            admin
                .send("GET", "api/units", "text/plain", "", "Sec-Fetch-Site", "cross-site")
                .statusCode())
        .as("reading is not changing")
        .isEqualTo(200);
  }

  @Test
  void aPagePostWithoutItsViewStateDoesNothing() {
    PageClient pages = new PageClient(base);
    pages.logIn("admin", DEMO_PASSWORD);
    HttpResponse<String> forged =
        pages.post(
            "index.xhtml",
            Map.of(
                "userbar", "userbar",
                "userbar:logout", "userbar:logout",
                "jakarta.faces.ViewState", "forged-by-another-site"));
    assertThat(forged.statusCode()).isNotEqualTo(200);
    assertNoInternals(forged.body());
    assertThat(pages.get("index.xhtml").statusCode()).as("still logged in").isEqualTo(200);
  }

  /**
   * Every page with view parameters, opened: Mojarra warns (JSF1103) when a page's f:metadata is
   * not a direct child of the view, and then may drop its view parameters on a postback.
   */
  @Test
  void pagesWithViewParametersPutTheirMetadataWhereFacesWantsIt() throws Exception {
    // What the server logs from now on: the log file outlives a run of the tests.
    Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
    long from = Files.size(log);
    PageClient admin = new PageClient(base);
    assertThat(admin.logIn("admin", DEMO_PASSWORD).statusCode()).isEqualTo(302);
    for (String page :
        List.of(
            "units.xhtml?group=TOWN",
            "templates.xhtml",
            "assessments.xhtml",
            "results.xhtml",
            "analysis.xhtml",
            "rectification.xhtml",
            "audit.xhtml",
            "admin/cycle.xhtml",
            "admin/close.xhtml",
            "admin/publication.xhtml",
            "score.xhtml?year=2025&unit=huimeng",
            "approve.xhtml?year=2025&unit=huimeng")) {
      assertThat(admin.get(page).statusCode()).as(page).isLessThan(500);
    }
    byte[] all = Files.readAllBytes(log);
    String written = new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8);
    assertThat(written).doesNotContain("JSF1103");
  }

  @Test
  void failuresShowNoStackTraceAndNoServerVersion() {
    Http.Reply api = Http.anonymous(base).get("api/it-broken");
    assertThat(api.status()).isEqualTo(500);
    assertThat(api.object().getString("error")).isEqualTo("internal");
    assertNoInternals(api.body());
    assertNoServerName(api.response().headers());

    PageClient pages = new PageClient(base);
    pages.logIn("admin", DEMO_PASSWORD);
    HttpResponse<String> page = pages.get("it-broken-page");
    assertThat(page.statusCode()).isEqualTo(500);
    assertThat(page.body()).contains("出错了");
    assertNoInternals(page.body());
    assertNoServerName(page.headers());
    assertSecurityHeaders(page.headers());

    HttpResponse<String> missing = pages.get("no-such-page.xhtml");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertNoInternals(missing.body());
    assertNoServerName(missing.headers());
  }

  private String origin() {
    return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
  }

  private static void assertSecurityHeaders(HttpHeaders headers) {
    assertThat(headers.firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
    assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
    assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
  }

  private static void assertNoServerName(HttpHeaders headers) {
    assertThat(headers.firstValue("Server")).isEmpty();
    assertThat(headers.firstValue("X-Powered-By")).isEmpty();
  }

  private static void assertNoInternals(String body) {
    for (String internal :
        List.of(
            BrokenResource.DETAIL,
            "Exception",
            "at cn.zwgk",
            "at jakarta.",
            "WildFly",
            "Undertow",
            "JBoss",
            "Mojarra")) {
      assertThat(body).doesNotContainIgnoringCase(internal);
    }
  }
}
