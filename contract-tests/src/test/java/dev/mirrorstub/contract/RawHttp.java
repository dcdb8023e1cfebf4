package dev.mirrorstub.contract;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends a case's exact request (bytes, query) with {@code java.net.http}'s default client (it offers an HTTP/2
 * upgrade, as real Java clients do) and checks every answer against the case's spec before returning it.
 */
final class RawHttp {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private RawHttp() {
  }

  record Answer(int status, String contentType, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  static Answer send(Case c, URI baseUri, Auth auth) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(c.target())).timeout(TIMEOUT);
    if (auth.header() != null) {
      request.header("Authorization", auth.header());
    }
    if (c.request().body() == null) {
      request.method(c.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", c.request().contentType())
          .method(c.method(), HttpRequest.BodyPublishers.ofByteArray(c.request().body()));
    }
    HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    String contentType = response.headers().firstValue("Content-Type").orElse(null);
    c.document().validator().assertConforms(c.toString(), c.method(), c.path(), response.statusCode(),
        contentType, response.body());
    return new Answer(response.statusCode(), contentType, response.body());
  }

  /**
   * Sends a {@code before} request (JSON body, if any) with this Authorization header and checks
   * its answer against the document of its path; what it answered is not the case's business.
   */
  static Answer send(Case.Before before, URI baseUri, String authorization) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(before.path())).timeout(TIMEOUT)
        .header("Authorization", authorization);
    if (before.body() == null) {
      request.method(before.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(before.method(), HttpRequest.BodyPublishers.ofByteArray(Bodies.JSON.writeValueAsBytes(before.body())));
    }
    HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    String contentType = response.headers().firstValue("Content-Type").orElse(null);
    String path = URI.create(before.path()).getRawPath();
    Document.of(path).validator().assertConforms("before: " + before, before.method(), path,
        response.statusCode(), contentType, response.body());
    return new Answer(response.statusCode(), contentType, response.body());
  }
}
