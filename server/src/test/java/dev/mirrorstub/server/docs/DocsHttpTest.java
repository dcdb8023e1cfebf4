package dev.mirrorstub.server.docs;

import static dev.mirrorstub.server.HttpTestSupport.basic;
import static dev.mirrorstub.server.HttpTestSupport.get;
import static dev.mirrorstub.server.HttpTestSupport.json;
import static dev.mirrorstub.server.HttpTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.server.HttpTestSupport;
import dev.mirrorstub.server.StubServer;
import dev.mirrorstub.server.config.StubConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** /openapi.yaml and /docs: readable without credentials; no other path is. */
class DocsHttpTest {

  private static StubServer server;

  @BeforeAll
  static void start() throws IOException {
    server = StubServer.start("127.0.0.1", 0, StubConfig.parse("""
        credentials:
          - {api_key: k, api_secret: s}
        """));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void openapiYaml_withoutCredentials_returnsTheExactBytesOfTheSpec() throws IOException {
    byte[] spec;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("openapi.yaml")) {
      spec = Objects.requireNonNull(in).readAllBytes();
    }

    HttpResponse<byte[]> response = get(uri("/openapi.yaml"), null);

    assertEquals(200, response.statusCode());
    assertEquals("application/yaml", response.headers().firstValue("Content-Type").orElseThrow());
    assertArrayEquals(spec, response.body());
  }

  @Test
  void docs_withoutCredentials_returnsThePageThatLoadsSwaggerUiAndTheSpec() {
    HttpResponse<byte[]> response = get(uri("/docs"), null);

    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    assertTrue(text(response).contains("docs/swagger-ui-bundle.js"), text(response));
    assertTrue(text(get(uri("/docs/swagger-initializer.js"), null)).contains("\"openapi.yaml\""));
  }

  @Test
  void documents_adminOff_listsTheApisDocumentOnly() {
    HttpResponse<byte[]> response = get(uri("/docs/documents.json"), null);

    assertEquals(200, response.statusCode());
    assertEquals(1, json(response).size());
    assertEquals("openapi.yaml", json(response).get(0).get("url").asText());
  }

  @Test
  void docs_page_forbidsThirdPartyRequestsWithAContentSecurityPolicy() {
    String policy = get(uri("/docs"), null).headers().firstValue("Content-Security-Policy").orElseThrow();

    assertTrue(policy.contains("default-src 'self'"), policy);
    assertTrue(policy.contains("connect-src 'self'"), policy);
  }

  @Test
  void docsAsset_withoutCredentials_returnsTheWebjarFile() {
    HttpResponse<byte[]> response = get(uri("/docs/swagger-ui-bundle.js"), null);

    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"));
    assertTrue(response.body().length > 100_000, "the bundle is large");
  }

  @Test
  void docsWithTrailingSlash_redirectsToDocs() {
    HttpResponse<byte[]> response = get(uri("/docs/"), null);

    assertEquals(303, response.statusCode());
    assertEquals(server.baseUri() + "/docs", response.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void docsUnknownFile_returns404WithTheErrorBody() {
    HttpResponse<byte[]> response = get(uri("/docs/no-such-file.js"), null);

    assertEquals(404, response.statusCode());
    assertEquals(404, json(response).get("error_code").asInt());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/docs/..%2Fdev%2Fmirrorstub%2Fserver%2Fdocs%2Findex.html", "/docs/..%2Fopenapi.yaml",
      "/docs/.hidden.css", "/docs/Main.class"})
  void docsFile_outsideTheDocsFiles_returns404EvenWithCredentials(String path) {
    HttpResponse<byte[]> response = get(uri(path), basic("k", "s"));

    assertEquals(404, response.statusCode());
    assertEquals(404, json(response).get("error_code").asInt());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/docsx", "/openapi.yamlx", "/docs/a/b.js", "/docs/..%2Fopenapi.yaml", "/docs/%2e%2e",
      "/docs/.hidden.js", "/kafka/v3/clusters/c/links/l/mirrors", "/unknown"})
  void otherPath_withoutCredentials_returns401(String path) {
    HttpResponse<byte[]> response = get(uri(path), null);

    assertEquals(401, response.statusCode());
    assertEquals(40101, json(response).get("error_code").asInt());
  }

  @Test
  void postToDocs_withoutCredentials_returns401() {
    HttpResponse<byte[]> response = HttpTestSupport.send(HttpRequest.newBuilder(uri("/docs"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")));

    assertEquals(401, response.statusCode());
  }

  @Test
  void openapiYaml_withCredentials_isServedToo() {
    assertEquals(200, get(uri("/openapi.yaml"), basic("k", "s")).statusCode());
  }

  private static URI uri(String path) {
    return URI.create(server.baseUri() + path);
  }
}
