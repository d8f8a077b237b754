package cn.zwgk.assessment.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The application's API as the benchmarks use it: HTTP Basic as one account, JSON answers. */
final class Api {

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private final String authorization;

  Api(String base, String username, String password) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  JsonObject get(String path) throws IOException, InterruptedException {
    return parse(send(HttpRequest.newBuilder(URI.create(base + path)).GET(), 200));
  }

  JsonObject post(String path, String json, int expected) throws IOException, InterruptedException {
    return parse(
        send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)),
            expected));
  }

  /** Waits until the application answers its health check. */
  void awaitHealth(Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> r =
            client.send(
                HttpRequest.newBuilder(URI.create(base + "/api/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not up yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the application did not come up at " + base);
  }

  private String send(HttpRequest.Builder request, int expected)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        client.send(
            request.header("Authorization", authorization).timeout(Duration.ofMinutes(5)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          response.request().method()
              + " "
              + response.uri()
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
    return response.body();
  }

  private static JsonObject parse(String body) {
    if (body.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
