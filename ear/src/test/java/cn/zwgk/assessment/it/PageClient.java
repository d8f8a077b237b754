package cn.zwgk.assessment.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages as a browser without JavaScript sees them: one cookie jar (one session), redirects not
 * followed (the tests look at them), forms posted with the page's ViewState. For what a test wants
 * to see in status codes and headers; what a person sees is {@link Browser}'s.
 */
final class PageClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

  private final URI base;
  private final HttpClient client;
  private final CookieManager cookies = new CookieManager();
  private String token;

  PageClient(URL base) {
    String text = base.toExternalForm();
    this.base = URI.create(text.endsWith("/") ? text : text + "/");
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** Opens a page as a user does, through the application's link to it (with its token). */
  HttpResponse<String> get(String path) {
    if (token == null && ProtectedViews.needsToken(path)) {
      token = ProtectedViews.tokenIn(typed("index.xhtml").body()).orElse(null);
    }
    return typed(ProtectedViews.withToken(path, token));
  }

  /** Opens an address as typed, bookmarked or linked from elsewhere, with any headers given. */
  HttpResponse<String> typed(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request);
  }

  /** Posts a form of the page: the form's marker, its fields and the button that submits it. */
  HttpResponse<String> submit(String page, String form, Map<String, String> fields, String button) {
    HttpResponse<String> shown = get(page);
    Matcher viewState = VIEW_STATE.matcher(shown.body());
    if (!viewState.find()) {
      throw new AssertionError(page + " has no form: " + shown.statusCode() + " " + shown.body());
    }
    Map<String, String> all = new LinkedHashMap<>();
    all.put(form, form);
    fields.forEach((name, value) -> all.put(form + ":" + name, value));
    all.put(form + ":" + button, form + ":" + button);
    all.put("jakarta.faces.ViewState", viewState.group(1));
    return post(page, all);
  }

  HttpResponse<String> logIn(String username, String password) {
    token = null;
    return submit(
        "login.xhtml", "login", Map.of("username", username, "password", password), "submit");
  }

  HttpResponse<String> post(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  /** A request of this session with a body of any type and any further headers (name, value …). */
  HttpResponse<String> send(
      String method, String path, String contentType, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request);
  }

  /** Where a redirect goes, relative to the application, e.g. {@code password.xhtml}. */
  static String redirect(HttpResponse<String> response) {
    String location = response.headers().firstValue("Location").orElse("");
    int slash = location.lastIndexOf('/');
    return location.substring(slash + 1);
  }

  private URI uri(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(
          request.header("Accept-Language", "zh-CN").timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
