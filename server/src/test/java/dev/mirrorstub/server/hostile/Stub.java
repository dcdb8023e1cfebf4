package dev.mirrorstub.server.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
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
 * {@code gamma} and {@code s0..s63}; a cluster {@code east}; a cluster {@code life} for the
 * lifecycle operations (a link with a mirror in each status, a link whose one mirror has a long
 * name of {@code a}s for catastrophic patterns, a BIDIRECTIONAL link with a restorable topic);
 * secrets that are random per run, so that a log or a body can be searched for them.
 */
final class Stub {

  static final String CLUSTER = "west";
  static final String LINK = "west-link";
  static final String PREFIX = "w.";
  static final String OTHER_CLUSTER = "east";
  static final String OTHER_LINK = "east-link";
  static final int SOURCES = 64;
  static final String LIFE = "life";
  static final String LIFE_LINK = "life-link";
  static final String REDOS_LINK = "redos-link";
  static final String BIDI_LINK = "bidi-link";
  /** The one mirror of {@link #REDOS_LINK}: 240 {@code a}s and a dash, what {@code (a|a?)+$} chokes on. */
  static final String LONG_A_NAME = "a".repeat(240) + "-";
  /** A regular topic of {@link #LIFE} that the remote cluster mirrors over {@link #BIDI_LINK}: restore's long name. */
  static final String LONG_A_TOPIC = "a".repeat(240) + "_";
  /** Every cluster of the world, for {@link #state}. */
  static final List<String> CLUSTERS = List.of("west", "east", LIFE);

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
    return configYaml(limitsYaml, maxTopics, 200);
  }

  /** {@code transitionDelayMs} 0 makes promote and failover reach STOPPED in the call itself. */
  static String configYaml(String limitsYaml, int maxTopics, long transitionDelayMs) {
    String sources = IntStream.range(0, SOURCES).mapToObj(i -> "{name: s" + i + ", partitions: 2}")
        .collect(Collectors.joining(", "));
    return """
        limits: %s
        lifecycle: {transition_delay_ms: %d}
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
          - id: %s
            brokers: 3
            topics: [life-plain, restore-me, %s]
            links:
              - name: %s
                prefix: l.
                source_topics: [{name: active, partitions: 2}, {name: paused}, {name: stopped}, {name: failed},
                                {name: lagging, partitions: 2}, {name: spare}]
                mirrors:
                  - active
                  - {source: paused, status: PAUSED}
                  - {source: stopped, status: STOPPED}
                  - {source: failed, status: FAILED, mirror_topic_error: SOURCE_TOPIC_MAY_BE_DELETED}
                  - {source: lagging, lags: [{lag: 0, last_source_fetch_offset: 10}, {lag: 7, last_source_fetch_offset: 3}]}
              - name: %s
                source_topics: [{name: %s}]
                mirrors: [%s]
              - name: %s
                mode: BIDIRECTIONAL
                remote_cluster_id: remote-cluster
                source_topics: [{name: bidi-active}]
                mirrors: [bidi-active]
                remote_mirrors:
                  - {topic: restore-me, status: STOPPED, truncation: [{offset_truncated_to: 10, messages_truncated: 2}]}
                  - {topic: %s, status: STOPPED, truncation: [{offset_truncated_to: 0, messages_truncated: 0}]}
        """.formatted(limitsYaml, transitionDelayMs, KEY, SECRET, TOKEN, SCOPED_KEY, SCOPED_SECRET, OTHER_CLUSTER,
        CLUSTER, maxTopics, LINK, PREFIX, sources, OTHER_CLUSTER, OTHER_LINK, LIFE,
        LONG_A_TOPIC, LIFE_LINK, REDOS_LINK, LONG_A_NAME, LONG_A_NAME, BIDI_LINK, LONG_A_TOPIC);
  }

  static StubConfig config() {
    return config(limits(1_048_576, 0, 0), 10_000);
  }

  /** The default world, with this lifecycle delay. */
  static StubConfig config(long transitionDelayMs) {
    try {
      return StubConfig.parse(configYaml(limits(1_048_576, 0, 0), 10_000, transitionDelayMs));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
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

  /**
   * What a client can observe of every cluster (links, the configs set on them, mirrors with their
   * statuses and lags, regular topics), to compare before and after a request.
   */
  static Map<String, InMemoryMirrorService.Snapshot> state(InMemoryMirrorService mirrors) {
    Map<String, InMemoryMirrorService.Snapshot> state = new LinkedHashMap<>();
    for (String cluster : CLUSTERS) {
      state.put(cluster, mirrors.snapshot(cluster));
    }
    return state;
  }

  static String linksPath(String cluster) {
    return "/kafka/v3/clusters/" + cluster + "/links";
  }

  static String linkPath(String cluster, String link) {
    return linksPath(cluster) + "/" + link;
  }

  static String alterPath(String cluster, String link, String operation) {
    return linkPath(cluster, link) + "/mirrors:" + operation;
  }

  static String configsPath(String cluster, String link) {
    return linkPath(cluster, link) + "/configs";
  }

  static String topicPath(String cluster, String topic) {
    return "/kafka/v3/clusters/" + cluster + "/topics/" + topic;
  }

  /** A request with this method and JSON body (no body when null), Basic credentials. */
  static HttpRequest.Builder request(URI base, String method, String path, String json) {
    return request(base, method, path, json, basic());
  }

  /** The same with this Authorization header (none when null). */
  static HttpRequest.Builder request(URI base, String method, String path, String json, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    return authorization == null ? request : request.header("Authorization", authorization);
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
