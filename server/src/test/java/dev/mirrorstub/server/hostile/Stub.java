package dev.mirrorstub.server.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
import dev.mirrorstub.server.domain.MirrorTopic;
import dev.mirrorstub.server.security.AuthorizationHeaders;
import dev.mirrorstub.server.StubServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The hostile tests' own world: a cluster {@code west} whose link {@code west-link} (prefix
 * {@code w.}) offers the source topics {@code alpha} (already mirrored), {@code beta},
 * {@code gamma} and {@code s0..s63}; a cluster {@code east}; secrets that are random per run, so
 * that a log or a body can be searched for them.
 */
final class Stub {

  static final String CLUSTER = "west";
  static final String LINK = "west-link";
  static final String PREFIX = "w.";
  static final String OTHER_CLUSTER = "east";
  static final String OTHER_LINK = "east-link";
  static final int SOURCES = 64;

  static final String KEY = "hostile-key";
  static final String SECRET = "secret-" + UUID.randomUUID();
  static final String TOKEN = "token-" + UUID.randomUUID();
  static final String SCOPED_KEY = "east-only-key";
  static final String SCOPED_SECRET = "secret-" + UUID.randomUUID();

  static final ObjectMapper JSON = new ObjectMapper();
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private Stub() {
  }

  /** The configuration with these limits and this cluster's topic bound. */
  static StubConfig config(String limitsYaml, int maxTopics) {
    try {
      return StubConfig.parse(configYaml(limitsYaml, maxTopics));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String configYaml(String limitsYaml, int maxTopics) {
    String sources = IntStream.range(0, SOURCES).mapToObj(i -> "{name: s" + i + ", partitions: 2}")
        .collect(Collectors.joining(", "));
    return """
        limits: %s
        credentials:
          - {api_key: %s, api_secret: %s}
          - {bearer_token: %s}
          - {api_key: %s, api_secret: %s, clusters: [%s]}
        clusters:
          - id: %s
            brokers: 3
            max_topics: %d
            topics: [plain-topic]
            links:
              - name: %s
                prefix: %s
                source_topics: [{name: alpha}, {name: beta}, {name: gamma}, %s]
                mirrors: [alpha]
          - id: %s
            links:
              - name: %s
                source_topics: [{name: delta}]
        """.formatted(limitsYaml, KEY, SECRET, TOKEN, SCOPED_KEY, SCOPED_SECRET, OTHER_CLUSTER,
        CLUSTER, maxTopics, LINK, PREFIX, sources, OTHER_CLUSTER, OTHER_LINK);
  }

  static StubConfig config() {
    return config(limits(1_048_576, 0, 0), 10_000);
  }

  static String limits(int maxBodyBytes, int perClientPerSecond, int globalPerSecond) {
    return "{max_body_bytes: %d, per_client_requests_per_second: %d, global_requests_per_second: %d}"
        .formatted(maxBodyBytes, perClientPerSecond, globalPerSecond);
  }

  static StubServer start(StubConfig config) throws IOException {
    return StubServer.start("127.0.0.1", 0, config);
  }

  /** A server on {@code mirrors}, which the test keeps to look at the state. */
  static StubServer start(StubConfig config, InMemoryMirrorService mirrors) throws IOException {
    return StubServer.start("127.0.0.1", 0, config, mirrors);
  }

  static String basic(String user, String password) {
    return AuthorizationHeaders.basic(user, password);
  }

  static String basic() {
    return basic(KEY, SECRET);
  }

  static String bearer() {
    return AuthorizationHeaders.bearer(TOKEN);
  }

  static String mirrorsPath(String cluster, String link) {
    return "/kafka/v3/clusters/" + cluster + "/links/" + link + "/mirrors";
  }

  static String mirrorsPath() {
    return mirrorsPath(CLUSTER, LINK);
  }

  /** Every cluster's mirrors, to compare before and after a request. */
  static Map<String, List<MirrorTopic>> state(InMemoryMirrorService mirrors) {
    Map<String, List<MirrorTopic>> state = new LinkedHashMap<>();
    for (String cluster : List.of(CLUSTER, OTHER_CLUSTER)) {
      state.put(cluster, mirrors.mirrors(cluster));
    }
    return state;
  }

  static HttpRequest.Builder post(URI base, String path, String authorization, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    return authorization == null ? request : request.header("Authorization", authorization);
  }

  static Reply send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    return new Reply(response.statusCode(), response.headers().map().entrySet().stream()
        .collect(Collectors.toMap(e -> e.getKey().toLowerCase(java.util.Locale.ROOT), Map.Entry::getValue, (a, b) -> a)),
        response.body());
  }

  static Reply create(HttpClient client, URI base, String authorization, String json)
      throws IOException, InterruptedException {
    return send(client, post(base, mirrorsPath(), authorization, json).build());
  }

  /** The body is exactly the spec's error shape, {@code {"error_code": int, "message": string}}. */
  static void assertErrorBody(Reply reply, int status, int errorCode) {
    assertEquals(status, reply.status(), () -> "status of " + reply);
    JsonNode body = errorBody(reply);
    assertEquals(errorCode, body.get("error_code").intValue(), () -> "error_code of " + reply);
  }

  static JsonNode errorBody(Reply reply) {
    assertTrue(reply.contentType().startsWith("application/json"), () -> "content type of " + reply);
    JsonNode body;
    try {
      body = JSON.readTree(reply.body());
    } catch (IOException e) {
      return fail("not JSON: " + reply, e);
    }
    assertTrue(body != null && body.isObject(), () -> "not an object: " + reply);
    assertEquals(List.of("error_code", "message"), fieldNames(body), () -> "fields of " + reply);
    assertTrue(body.get("error_code").isInt(), () -> "error_code not an integer: " + reply);
    assertTrue(body.get("message").isTextual(), () -> "message not a string: " + reply);
    assertFalse(body.get("message").textValue().isBlank(), () -> "empty message: " + reply);
    return body;
  }

  private static List<String> fieldNames(JsonNode body) {
    List<String> names = new java.util.ArrayList<>();
    body.fieldNames().forEachRemaining(names::add);
    names.sort(null);
    return names;
  }

  /** Jetty's DoSFilter answer, as Kafka REST sends it. */
  static void assertTooManyRequestsPage(Reply reply) {
    assertEquals(429, reply.status(), () -> "status of " + reply);
    assertTrue(reply.contentType().startsWith("text/html"), () -> "content type of " + reply);
    assertEquals("unavailable", reply.header("DoSFilter"), () -> "DoSFilter header of " + reply);
    assertTrue(reply.text().contains("HTTP ERROR 429"), () -> "body of " + reply);
  }
}
