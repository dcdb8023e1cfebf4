package dev.mirrorstub.server.docs;

import static dev.mirrorstub.server.HttpTestSupport.get;
import static dev.mirrorstub.server.HttpTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirrorstub.server.StubServer;
import dev.mirrorstub.server.admin.StubAdmin;
import dev.mirrorstub.server.config.StubConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With the admin API on: /admin.yaml published as /openapi.yaml is, and the docs page offers both. */
class AdminDocsHttpTest {

  private static StubServer server;

  @BeforeAll
  static void start() throws IOException {
    server = StubServer.start("127.0.0.1", 0, StubAdmin.create(StubConfig.parse("""
        credentials:
          - {api_key: k, api_secret: s}
        admin: {token: admin-secret}
        """)));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void adminYaml_withoutCredentials_returnsTheExactBytesOfTheAdminSpec() throws IOException {
    byte[] spec;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("admin.yaml")) {
      spec = Objects.requireNonNull(in).readAllBytes();
    }

    HttpResponse<byte[]> response = get(URI.create(server.baseUri() + "/admin.yaml"), null);

    assertEquals(200, response.statusCode());
    assertEquals("application/yaml", response.headers().firstValue("Content-Type").orElseThrow());
    assertArrayEquals(spec, response.body());
  }

  @Test
  void documents_adminOn_listsBothDocuments() {
    JsonNode documents = json(get(URI.create(server.baseUri() + "/docs/documents.json"), null));

    assertEquals(List.of("openapi.yaml", "admin.yaml"), documents.findValues("url").stream().map(JsonNode::asText)
        .toList());
  }

  @Test
  void swaggerUiStandalonePreset_isServedForTheSelector() {
    assertEquals(200, get(URI.create(server.baseUri() + "/docs/swagger-ui-standalone-preset.js"), null).statusCode());
  }
}
