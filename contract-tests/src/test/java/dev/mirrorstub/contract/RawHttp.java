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
 * upgrade, as real Java clients do) and checks every answer against the spec before returning it.
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
    HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(c.target()))
        .timeout(TIMEOUT)
        .header("Authorization", auth.header());
    if (c.request().body() == null) {
      request.method(c.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", c.request().contentType())
          .method(c.method(), HttpRequest.BodyPublishers.ofByteArray(c.request().body()));
    }
    HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    String contentType = response.headers().firstValue("Content-Type").orElse(null);
    SpecValidator.INSTANCE.assertConforms(c.toString(), c.method(), c.path(), response.statusCode(),
        contentType, response.body());
    return new Answer(response.statusCode(), contentType, response.body());
  }
}
