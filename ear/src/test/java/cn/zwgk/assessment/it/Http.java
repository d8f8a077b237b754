package cn.zwgk.assessment.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** A small API client for the tests: HTTP Basic as one account, JSON in and out. */
final class Http {

  /** What came back: the status, the body and, for JSON, its parsed form. */
  record Reply(int status, String body, HttpResponse<String> response) {

    JsonObject object() {
      return (JsonObject) json();
    }

    JsonArray array() {
      return (JsonArray) json();
    }

    JsonStructure json() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }
  }

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final URI base;
  private final String authorization;
  private String language = "zh-CN";

  private Http(URI base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  static Http anonymous(URL base) {
    return new Http(uri(base), null);
  }

  static Http as(URL base, String username, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Http(uri(base), "Basic " + token);
  }

  Http inLanguage(String acceptLanguage) {
    language = acceptLanguage;
    return this;
  }

  Reply get(String path) {
    return send(request(path).GET());
  }

  /** A GET that sends back an entity tag the server gave: 304 when what it tags stands. */
  Reply getIfNoneMatch(String path, String entityTag) {
    return send(request(path).header("If-None-Match", entityTag).GET());
  }

  Reply postJson(String path, String json) {
    return send("POST", path, json);
  }

  /** A download: the raw bytes of a GET (a workbook, a PDF), with headers given as name, value. */
  HttpResponse<byte[]> download(String path, String... headers) {
    HttpRequest.Builder request = request(path).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A request with a JSON body (PUT, POST …). */
  Reply send(String method, String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A request with any body and content type (null for none), for tests of what is refused. */
  Reply raw(String method, String path, String contentType, byte[] body) {
    HttpRequest.Builder builder = request(path);
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return send(
        builder.method(
            method,
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** A multipart/form-data upload of one file in the field {@code file}. */
  Reply upload(String path, String fileName, String contentType, byte[] content) {
    String boundary = "----it" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: "
            + contentType
            + "\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept-Language", language);
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private static Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static URI uri(URL base) {
    String text = base.toExternalForm();
    return URI.create(text.endsWith("/") ? text : text + "/");
  }
}
