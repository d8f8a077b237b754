package cn.zwgk.assessment.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages without a browser, for tests that post forms by hand: one session (its cookie) logged
 * in through the login page as one account, and JSF postbacks with the view state of the page last
 * opened.
 */
final class PageSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final URI base;
  private String viewState;
  private String token;

  PageSession(URL base, String username, String password) {
    String text = base.toExternalForm();
    this.base = URI.create(text.endsWith("/") ? text : text + "/");
    open("login.xhtml");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("login:username", username);
    form.put("login:password", password);
    form.put("login:submit", "");
    form.put("jakarta.faces.ViewState", viewState == null ? "" : viewState);
    Http.Reply reply =
        send(
            request("login.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
    String location = reply.header("Location");
    if (reply.status() / 100 != 3 || location == null || !location.contains("index.xhtml")) {
      throw new IllegalStateException("Login as " + username + " failed: " + reply.status());
    }
  }

  /** Opens a page (GET) and keeps its view state for the postbacks that follow. */
  Http.Reply open(String path) {
    Http.Reply reply = send(request(ProtectedViews.withToken(path, token(path))).GET());
    Matcher matcher = VIEW_STATE.matcher(reply.body());
    viewState = matcher.find() ? matcher.group(1).replace("&#58;", ":") : null;
    return reply;
  }

  /** The session's token, from the home page's links, when the page needs it. */
  private String token(String path) {
    if (token == null && ProtectedViews.needsToken(path)) {
      token = ProtectedViews.tokenIn(send(request("index.xhtml").GET()).body()).orElse(null);
    }
    return token;
  }

  String viewState() {
    return viewState;
  }

  /**
   * An Ajax postback of the page last opened, as PrimeFaces sends it: the form's fields, the
   * component that fired ({@code source}) and what it processes.
   */
  Http.Reply ajax(String path, String form, String source, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put(form, form);
    all.put("jakarta.faces.partial.ajax", "true");
    all.put("jakarta.faces.source", source);
    all.put("jakarta.faces.partial.execute", "@all");
    all.put("jakarta.faces.partial.render", "@all");
    all.put(source, source);
    all.putAll(fields);
    all.put("jakarta.faces.ViewState", viewState == null ? "" : viewState);
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .header("Faces-Request", "partial/ajax")
            .POST(HttpRequest.BodyPublishers.ofString(encode(all))));
  }

  /** A full (non-Ajax) postback of the page last opened, with exactly the fields given. */
  Http.Reply post(String path, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("jakarta.faces.ViewState", viewState == null ? "" : viewState);
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(encode(all))));
  }

  private static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
        .timeout(Duration.ofSeconds(60))
        .header("Accept-Language", "zh-CN");
  }

  private Http.Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Http.Reply(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
