package dev.mirrorstub.server.adminapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirrorstub.server.StubServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One stub with the embedded configuration and the admin API on for a test class, started before its
 * first test, closed after its last and reset (204) before each. Register it on a static field with
 * {@code @RegisterExtension}; a test that needs another configuration starts its own server.
 */
final class AdminServerExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

  private StubServer server;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    server = StubServer.start("127.0.0.1", 0, AdminTestSupport.defaultWithAdmin());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.close();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    assertEquals(204, admin("POST", "/__admin/reset", null).statusCode());
  }

  StubServer server() {
    return server;
  }

  HttpResponse<byte[]> call(String method, String path, String authorization, String contentType, String body) {
    return AdminTestSupport.call(server, method, path, authorization, contentType, body);
  }

  HttpResponse<byte[]> admin(String method, String path, String body) {
    return AdminTestSupport.admin(server, method, path, body);
  }

  HttpResponse<byte[]> api(String method, String path, String body) {
    return AdminTestSupport.api(server, method, path, body);
  }

  JsonNode state() {
    return AdminTestSupport.state(server);
  }
}
