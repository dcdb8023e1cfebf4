package dev.mirrorstub.server.adminapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirrorstub.server.HttpTestSupport;
import dev.mirrorstub.server.StubServer;
import dev.mirrorstub.server.config.StubConfig;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Requests to a stub with the admin API: the admin token, the API's first credential of the embedded configuration. */
final class AdminTestSupport {

  static final String ADMIN = "Bearer stub-admin-token";
  static final String API = HttpTestSupport.basic("stub-key", "stub-secret");

  private AdminTestSupport() {
  }

  /** {@code body} null: none; a JSON body otherwise, unless {@code contentType} says another. */
  static HttpResponse<byte[]> call(StubServer server, String method, String path, String authorization,
      String contentType, String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUri() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    if (body != null || contentType != null) {
      b.header("Content-Type", contentType == null ? "application/json" : contentType);
    }
    return HttpTestSupport.send(b);
  }

  /** The embedded configuration with the admin API on. */
  static StubConfig defaultWithAdmin() {
    StubConfig c = StubConfig.embeddedDefault();
    return new StubConfig(c.limits(), c.lifecycle(), c.credentials(), c.clusters(), c.admin().withEnabled(true));
  }

  static HttpResponse<byte[]> admin(StubServer server, String method, String path, String body) {
    return call(server, method, path, ADMIN, null, body);
  }

  static HttpResponse<byte[]> api(StubServer server, String method, String path, String body) {
    return call(server, method, path, API, null, body);
  }

  static JsonNode state(StubServer server) {
    HttpResponse<byte[]> r = admin(server, "GET", "/__admin/state", null);
    if (r.statusCode() != 200) {
      throw new AssertionError("GET /__admin/state answered " + r.statusCode() + ": " + HttpTestSupport.text(r));
    }
    return HttpTestSupport.json(r);
  }
}
