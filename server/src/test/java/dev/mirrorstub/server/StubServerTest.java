package dev.mirrorstub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
import dev.mirrorstub.server.domain.MirrorTopic;
import dev.mirrorstub.server.faults.FailingMirrorService;
import dev.mirrorstub.server.security.AuthorizationHeaders;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The server over real HTTP, called with java.net.http's default client (HTTP/2 upgrade header and all). */
@Timeout(30)
class StubServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String MIRRORS = "/kafka/v3/clusters/c1/links/l1/mirrors";

  private static final String CONFIG = """
      credentials:
        - {api_key: k, api_secret: s}
        - {bearer_token: tok}
        - {api_key: narrow, api_secret: n, clusters: [other]}
      clusters:
        - id: c1
          links: [{name: l1, source_topics: [{name: a, partitions: 2}, {name: b}]}]
        - id: other
      """;

  private StubServer server;
  /** The running server's back end, kept to look at its state. */
  private InMemoryMirrorService mirrors;

  @AfterEach
  void tearDown() {
    if (server != null) {
      server.close();
    }
  }

  private StubServer start(String config) throws IOException {
    StubConfig parsed = StubConfig.parse(config);
    mirrors = new InMemoryMirrorService(parsed);
    server = StubServer.start("127.0.0.1", 0, parsed, mirrors);
    return server;
  }

  private HttpResponse<String> post(String path, String authorization, String contentType, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUri().resolve(path))
        .timeout(Duration.ofSeconds(10))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return AuthorizationHeaders.basic(user, password);
  }

  private HttpResponse<String> create(String body) throws IOException, InterruptedException {
    return post(MIRRORS, basic("k", "s"), "application/json", body);
  }

  private static void assertError(HttpResponse<String> response, int status, int errorCode) throws IOException {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
    JsonNode body = JSON.readTree(response.body());
    assertEquals(Set.of("error_code", "message"), Set.copyOf(iterable(body)), "only the two fields of the real server");
    assertEquals(errorCode, body.get("error_code").asInt());
    assertFalse(body.get("message").asText().isBlank());
  }

  private static List<String> iterable(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void createMirror_validRequestFromDefaultJdkClient_returns204AndStoresMirror() throws Exception {
    start(CONFIG);
    HttpResponse<String> response = create("{\"source_topic_name\":\"a\",\"replication_factor\":1,"
        + "\"configs\":[{\"name\":\"min.insync.replicas\",\"value\":\"1\"}]}");
    assertEquals(204, response.statusCode());
    assertEquals("", response.body());
    MirrorTopic mirror = mirrors.mirrors("c1").get(0);
    assertEquals("a", mirror.mirrorTopicName());
    assertEquals(2, mirror.partitions());
  }

  @Test
  void createMirror_bearerToken_returns204() throws Exception {
    start(CONFIG);
    assertEquals(204, post(MIRRORS, "Bearer tok", "application/json", "{\"source_topic_name\":\"b\"}").statusCode());
  }

  @Test
  void createMirror_stringForInteger_returns400WithJacksonMessageWithoutLocation() throws Exception {
    start(CONFIG);
    HttpResponse<String> response = create("{\"source_topic_name\":\"a\",\"replication_factor\":\"three\"}");
    assertError(response, 400, 400);
    assertEquals("Cannot deserialize value of type `java.lang.Integer` from String \"three\": not a valid "
        + "`java.lang.Integer` value", JSON.readTree(response.body()).get("message").asText());
    assertTrue(mirrors.mirrors("c1").isEmpty());
  }

  @Test
  void createMirror_wrongSecret_returns401With40101() throws Exception {
    start(CONFIG);
    HttpResponse<String> response = post(MIRRORS, basic("k", "wrong"), "application/json", "{\"source_topic_name\":\"a\"}");
    assertError(response, 401, 40101);
    assertTrue(mirrors.mirrors("c1").isEmpty());
  }

  @Test
  void createMirror_unknownPathWithoutCredentials_returns401NotFound404() throws Exception {
    start(CONFIG);
    assertError(post("/no/such/path", null, "application/json", "{}"), 401, 40101);
    assertError(post("/no/such/path", basic("k", "s"), "application/json", "{}"), 404, 404);
  }

  @Test
  void createMirror_credentialScopedToAnotherCluster_returns403With40301() throws Exception {
    start(CONFIG);
    assertError(post(MIRRORS, basic("narrow", "n"), "application/json", "{\"source_topic_name\":\"a\"}"), 403, 40301);
  }

  @Test
  void createMirror_domainErrors_mapToStatusAndErrorCode() throws Exception {
    start(CONFIG);
    assertError(create("{\"source_topic_name\":\"zzz\"}"), 404, 40403);
    assertError(post("/kafka/v3/clusters/nope/links/l1/mirrors", basic("k", "s"), "application/json",
        "{\"source_topic_name\":\"a\"}"), 404, 404);
    assertError(create("{\"source_topic_name\":\"a\",\"mirror_topic_name\":\"x\"}"), 400, 40035);
  }

  @Test
  void createMirror_transportErrors_useStatusAsErrorCode() throws Exception {
    start(CONFIG);
    assertError(post(MIRRORS, basic("k", "s"), "text/plain", "{\"source_topic_name\":\"a\"}"), 415, 415);
    assertError(create(""), 400, 400);
    assertError(create("{\"source_topic_name\":\"a\",\"typo\":1}"), 422, 422);
    HttpResponse<String> put = CLIENT.send(HttpRequest.newBuilder(server.baseUri().resolve(MIRRORS))
        .header("Authorization", basic("k", "s")).PUT(HttpRequest.BodyPublishers.ofString("{}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertError(put, 405, 405);
  }

  @Test
  void createMirror_bodyOverLimit_returns413() throws Exception {
    start("limits: {max_body_bytes: 64}\n" + CONFIG);
    assertError(create("{\"source_topic_name\":\"" + "a".repeat(100) + "\"}"), 413, 413);
  }

  @Test
  void createMirror_overRateLimit_returnsJettyHtml429() throws Exception {
    start("limits: {max_body_bytes: 1000, per_client_requests_per_second: 1, global_requests_per_second: 0}\n" + CONFIG);
    assertEquals(204, create("{\"source_topic_name\":\"a\"}").statusCode());
    HttpResponse<String> limited = create("{\"source_topic_name\":\"b\"}");
    assertEquals(429, limited.statusCode());
    assertTrue(limited.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertEquals("unavailable", limited.headers().firstValue("DoSFilter").orElse(""));
    assertTrue(limited.body().contains("<h2>HTTP ERROR 429 Too Many Requests</h2>"), limited.body());
    assertTrue(limited.body().contains(MIRRORS), "the page names the URI, as Jetty's does");
    assertEquals(1, mirrors.mirrors("c1").size(), "a limited request changes nothing");
  }

  @Test
  void createMirror_unexpectedFailure_returns500WithoutStackTrace() throws Exception {
    StubConfig config = StubConfig.parse(CONFIG);
    server = StubServer.start("127.0.0.1", 0, config, new FailingMirrorService());
    HttpResponse<String> response = create("{\"source_topic_name\":\"a\"}");
    assertError(response, 500, 500);
    assertFalse(response.body().contains(FailingMirrorService.DETAIL), "no exception detail leaks");
    assertFalse(response.body().contains("at dev."), "no stack trace");
  }

  @Test
  void baseUri_portZero_bindsAFreeLoopbackPort() throws Exception {
    start(CONFIG);
    URI uri = server.baseUri();
    assertEquals("127.0.0.1", uri.getHost());
    assertTrue(uri.getPort() > 0);
  }
}
