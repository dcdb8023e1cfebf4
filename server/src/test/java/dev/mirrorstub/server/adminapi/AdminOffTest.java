package dev.mirrorstub.server.adminapi;

import static dev.mirrorstub.server.HttpTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mirrorstub.server.StubServer;
import dev.mirrorstub.server.config.StubConfig;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** With the admin API off (the default), every admin path is an unknown path, whoever asks. */
class AdminOffTest {

  private static StubServer server;

  @BeforeAll
  static void start() throws IOException {
    server = StubServer.start("127.0.0.1", 0, StubConfig.embeddedDefault());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0} {1} with {2}")
  @CsvSource({
      "GET, /__admin/state, none", "GET, /__admin/state, api", "GET, /__admin/state, admin",
      "POST, /__admin/reset, none", "POST, /__admin/reset, api", "POST, /__admin/reset, admin",
      "PUT, /__admin/state, api", "PUT, /__admin/state, admin",
      "PATCH, /__admin/clusters/cluster-1/links/link-sb1/mirrors/link1_orders, api",
      "POST, /__admin/faults, admin", "DELETE, /__admin/requests, api", "GET, /__admin, api",
      "GET, /__admin/requests?limit=0, admin", "GET, /admin.yaml, none", "GET, /admin.yaml, api",
      "OPTIONS, /__admin/state, api"})
  void adminOff_adminPath_answersExactlyAsAnUnknownPath(String method, String path, String who) {
    String authorization = switch (who) {
      case "api" -> AdminTestSupport.API;
      case "admin" -> AdminTestSupport.ADMIN;
      default -> null;
    };
    String body = method.equals("PUT") || method.equals("PATCH") || method.equals("POST") ? "{}" : null;
    String unknown = "/" + UUID.randomUUID() + (path.contains("?") ? path.substring(path.indexOf('?')) : "");

    HttpResponse<byte[]> admin = AdminTestSupport.call(server, method, path, authorization, null, body);
    HttpResponse<byte[]> other = AdminTestSupport.call(server, method, unknown, authorization, null, body);

    assertEquals(other.statusCode(), admin.statusCode(), text(admin));
    assertEquals(text(other), text(admin));
    assertEquals(other.headers().firstValue("Content-Type"), admin.headers().firstValue("Content-Type"));
    assertEquals(other.headers().firstValue("WWW-Authenticate"), admin.headers().firstValue("WWW-Authenticate"));
  }
}
