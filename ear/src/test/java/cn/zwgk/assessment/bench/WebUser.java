package cn.zwgk.assessment.bench;

import cn.zwgk.assessment.it.ProtectedViews;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * One person at a browser, as the server sees it: a session cookie got through the login form, the
 * pages' HTML and their form posts with the view state, the Ajax save of a score as PrimeFaces
 * sends it; and the same person's API calls with HTTP Basic. Not thread-safe: one thread drives a
 * user at a time.
 */
final class WebUser {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

  /** A row of the scoring page: its index, its highest score and its save button's item. */
  private static final Pattern SCORE_INPUT =
      Pattern.compile(
          "id=\"score:tree:([0-9]+):score_input\"[^>]* max=\"([0-9.]+)\""
              + "[^>]*>.*?data-item=\"([0-9]+)\"");

  private static final String REASON = "佐证材料不完整。";

  private final HttpClient client;
  private final String base;
  private final String username;
  private final String password;
  private final String authorization;
  private final Random random;
  private String session;

  /** The session's protected-view token, from the home page's links (faces-config.xml). */
  private String token;

  /** The scoring page last opened and not yet saved on: its unit, view state and rows. */
  private String viewState;

  private List<Row> rows = List.of();

  WebUser(HttpClient client, String base, String username, String password) {
    this.client = client;
    this.base = base;
    this.username = username;
    this.password = password;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.random = new Random(username.hashCode());
  }

  /** An HTTP/1.1 client without cookies or redirects of its own: each user keeps its cookie. */
  static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  String username() {
    return username;
  }

  /**
   * The login form as a browser fills it in: the form's page (a fresh session and its view state),
   * the post, the redirect to the start page. Each request is timed into {@code times}.
   */
  boolean logIn(Latencies times) {
    session = null;
    token = null;
    HttpResponse<String> form = send(get("/login.xhtml"), times, r -> r.statusCode() == 200);
    String state = form == null ? null : viewState(form.body());
    if (state == null) {
      return false;
    }
    HttpResponse<String> posted =
        send(
            post(
                "/login.xhtml",
                form(
                    Map.of(
                        "login", "login",
                        "login:username", username,
                        "login:password", password,
                        "login:submit", "",
                        "jakarta.faces.ViewState", state))),
            times,
            r -> r.statusCode() == 302 && location(r).endsWith("/index.xhtml"));
    HttpResponse<String> home =
        posted == null
            ? null
            : send(get("/index.xhtml"), times, r -> r.statusCode() == 200 && isPage(r));
    token = home == null ? null : ProtectedViews.tokenIn(home.body()).orElse(null);
    return token != null;
  }

  /** Opens the scoring page of a unit and keeps its view state and rows for {@link #saveScore}. */
  boolean openScorePage(int year, String unit, Latencies times) {
    HttpResponse<String> page =
        send(
            get(ProtectedViews.withToken("/score.xhtml?year=" + year + "&unit=" + unit, token)),
            times,
            r -> r.statusCode() == 200 && isPage(r) && r.body().contains("id=\"score\""));
    rows = new ArrayList<>();
    viewState = null;
    if (page == null) {
      return false;
    }
    Matcher m = SCORE_INPUT.matcher(page.body());
    while (m.find()) {
      rows.add(new Row(m.group(1), new BigDecimal(m.group(2)), m.group(3)));
    }
    viewState = viewState(page.body());
    return viewState != null && !rows.isEmpty();
  }

  boolean hasOpenScorePage() {
    return viewState != null;
  }

  /**
   * Saves the score of one row of the open scoring page with the row's save button, as the page's
   * script sends it: the row's item, score and reason in the form's hidden fields, and a PrimeFaces
   * Ajax post of the form's save command that renders the page's head and the row's cell. Mostly
   * full points; sometimes half a point less, with a reason.
   */
  boolean saveScore(Latencies times) {
    if (viewState == null) {
      return false;
    }
    Row row = rows.get(random.nextInt(rows.size()));
    boolean deduct = random.nextInt(5) == 0 && row.points().compareTo(BigDecimal.ONE) >= 0;
    String score =
        (deduct ? row.points().subtract(new BigDecimal("0.5")) : row.points()).toPlainString();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", "score:save");
    fields.put(
        "jakarta.faces.partial.execute", "score:save score:item score:newScore score:newReason");
    fields.put("jakarta.faces.partial.render", "head");
    fields.put("score:save", "score:save");
    fields.put("score", "score");
    fields.put("score:item", row.item());
    fields.put("score:newScore", score);
    fields.put("score:newReason", deduct ? REASON : "");
    fields.put("jakarta.faces.ViewState", viewState);
    viewState = null;
    String cell = "score:tree:" + row.key() + ":cell";
    HttpResponse<String> saved =
        send(
            post("/score.xhtml", form(fields))
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest"),
            times,
            r ->
                r.statusCode() == 200
                    && r.body().contains("<partial-response")
                    && r.body().contains("<update id=\"" + cell + "\"")
                    && !r.body().contains("<error>")
                    && !r.body().contains("<redirect")
                    && !r.body().contains("ui-messages-error"));
    return saved != null;
  }

  /** The unit clerk's self-assessment page of a year. */
  boolean openSelfPage(int year, Latencies times) {
    return send(
            get(ProtectedViews.withToken("/self.xhtml?year=" + year, token)),
            times,
            r -> r.statusCode() == 200 && isPage(r) && r.body().contains("jakarta.faces.ViewState"))
        != null;
  }

  /** An API call with HTTP Basic, without the session: a JSON answer with status 200. */
  boolean api(String path, Latencies times) {
    return send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization)
                .header("Accept", "application/json"),
            times,
            r -> r.statusCode() == 200 && !r.body().isEmpty())
        != null;
  }

  /** A request that needs no login (the health check), as a plain GET with status 200. */
  boolean anonymous(String path, Latencies times) {
    return send(get(path), times, r -> r.statusCode() == 200) != null;
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).GET();
  }

  private HttpRequest.Builder post(String path, String body) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  /** Sends with the session's cookie, keeps a new one, times it; null when it failed. */
  private HttpResponse<String> send(
      HttpRequest.Builder request, Latencies times, Predicate<HttpResponse<String>> ok) {
    request
        .timeout(Duration.ofSeconds(60))
        .header("Accept-Language", "zh-CN,zh;q=0.9")
        .header("Accept-Encoding", "gzip, deflate");
    if (session != null) {
      request.header("Cookie", "JSESSIONID=" + session);
    }
    long started = System.nanoTime();
    HttpResponse<String> response;
    try {
      response = client.send(request.build(), TEXT);
    } catch (IOException e) {
      times.record(System.nanoTime() - started, false);
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    long elapsed = System.nanoTime() - started;
    response
        .headers()
        .allValues("Set-Cookie")
        .forEach(
            c -> {
              Matcher m = SESSION.matcher(c);
              if (m.find()) {
                session = m.group(1);
              }
            });
    boolean good = ok.test(response);
    times.record(elapsed, good);
    return good ? response : null;
  }

  /** The body as text, gunzipped where the server sent it gzipped, as a browser reads it. */
  private static final HttpResponse.BodyHandler<String> TEXT =
      info ->
          info.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent()
              ? HttpResponse.BodySubscribers.mapping(
                  HttpResponse.BodySubscribers.ofByteArray(), WebUser::gunzip)
              : HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);

  private static String gunzip(byte[] body) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** A page of the application, not the login page that a lost session is sent to. */
  private static boolean isPage(HttpResponse<String> r) {
    return r.body().contains("class=\"app-main\"");
  }

  private static String location(HttpResponse<String> r) {
    return r.headers().firstValue("Location").orElse("");
  }

  private static String viewState(String html) {
    Matcher m = VIEW_STATE.matcher(html);
    return m.find() ? m.group(1) : null;
  }

  private static String form(Map<String, String> fields) {
    StringJoiner body = new StringJoiner("&");
    fields.forEach(
        (k, v) ->
            body.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return body.toString();
  }

  private record Row(String key, BigDecimal points, String item) {}
}
