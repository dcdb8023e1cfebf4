package dev.mirrorstub.server.api;

import static dev.mirrorstub.server.HttpTestSupport.basic;
import static dev.mirrorstub.server.HttpTestSupport.get;
import static dev.mirrorstub.server.HttpTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirrorstub.server.HttpTestSupport;
import dev.mirrorstub.server.StubServer;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.faults.FailingMirrorService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lifecycle operations over HTTP: what the serialization must get exactly right, and 500s of a failing back end. */
class LifecycleHttpTest {

  private static final String CONFIG = """
      lifecycle: {transition_delay_ms: 0}
      credentials: [{api_key: k, api_secret: s}]
      clusters:
        - id: c
          topics: [plain]
          links:
            - name: dr
              source_cluster_id: src
              source_topics: [{name: a}, {name: b}, {name: f}]
              mirrors: [a, b, {source: f, status: FAILED, mirror_topic_error: SOURCE_TOPIC_MAY_BE_DELETED}]
            - name: out
              mode: SOURCE
              destination_cluster_id: dst
              error_message: broken
      """;
  private static final String AUTH = basic("k", "s");
  private static final String LINKS = "/kafka/v3/clusters/c/links";

  private static StubServer server;
  private static StubServer failing;

  @BeforeAll
  static void start() throws IOException {
    StubConfig config = StubConfig.parse(CONFIG);
    server = StubServer.start("127.0.0.1", 0, config);
    failing = StubServer.start("127.0.0.1", 0, config, new FailingMirrorService());
  }

  @AfterAll
  static void stop() {
    server.close();
    failing.close();
  }

  private static HttpResponse<byte[]> send(StubServer on, String method, String path, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(on.baseUri().resolve(path)).header("Authorization", AUTH);
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return HttpTestSupport.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body)));
  }

  private static URI uri(String path) {
    return server.baseUri().resolve(path);
  }

  @Test
  void alterItems_sendEveryRequiredField_nullsIncluded() throws IOException {
    HttpResponse<byte[]> response = send(server, "POST", LINKS + "/dr/mirrors:pause?validate_only=true",
        "{\"mirror_topic_names\":[\"a\",\"nope\"]}");

    assertEquals(200, response.statusCode());
    JsonNode expected = HttpTestSupport.JSON.readTree("""
        {"kind": "KafkaPromoteMirror", "metadata": {"self": "%1$s/mirrors"}, "data": [
         {"kind": "AlterMirrorsData", "metadata": {"self": "%1$s/mirrors/a"}, "mirror_topic_name": "a",
          "error_code": null, "error_message": null, "mirror_lags": [{"partition": 0, "lag": 0,
          "last_source_fetch_offset": -1}], "messages_truncated": null, "partition_level_truncation_data": []},
         {"kind": "AlterMirrorsData", "metadata": {"self": "%1$s/mirrors/nope"}, "mirror_topic_name": "nope",
          "error_code": 404, "error_message": "Topic nope not found", "mirror_lags": [], "messages_truncated": null,
          "partition_level_truncation_data": []}]}
        """.formatted(server.baseUri() + "/kafka/v3/clusters/c/links/dr"));
    assertEquals(expected, json(response));
  }

  @Test
  void mirror_sendsItsErrorOnlyWhenItHasOne_andTransitionErrorsOnlyWhenAsked() {
    JsonNode healthy = json(get(uri(LINKS + "/dr/mirrors/a"), AUTH));
    assertFalse(healthy.has("mirror_topic_error"));
    assertFalse(healthy.has("mirror_state_transition_errors"));

    JsonNode failed = json(get(uri(LINKS + "/dr/mirrors/f?include_state_transition_errors=true"), AUTH));
    assertEquals("SOURCE_TOPIC_MAY_BE_DELETED", failed.get("mirror_topic_error").asText());
    assertTrue(failed.get("mirror_state_transition_errors").isArray());
    assertEquals(0, failed.get("mirror_state_transition_errors").size());
  }

  @Test
  void links_sendOnlyTheIdFieldOfTheirMode_andTasksOnlyWhenAsked() {
    JsonNode out = json(get(uri(LINKS + "/out"), AUTH));
    assertEquals("dst", out.get("destination_cluster_id").asText());
    assertFalse(out.has("source_cluster_id"));
    assertFalse(out.has("remote_cluster_id"));
    assertFalse(out.has("tasks"));
    assertFalse(out.has("category_counts"));
    assertEquals("broken", out.get("link_error_message").asText());
    assertFalse(json(get(uri(LINKS + "/dr"), AUTH)).has("link_error_message"));
    assertEquals(4, json(get(uri(LINKS + "/dr?include_tasks=true"), AUTH)).get("tasks").size());
  }

  @Test
  void promoteThenDelete_theMirrorIsStoppedAtOnceWithZeroDelay_thenGone() {
    assertEquals(200, send(server, "POST", LINKS + "/dr/mirrors:promote", "{\"mirror_topic_names\":[\"b\"]}")
        .statusCode());
    assertEquals("STOPPED", json(get(uri(LINKS + "/dr/mirrors/b"), AUTH)).get("mirror_status").asText());

    assertEquals(204, send(server, "DELETE", "/kafka/v3/clusters/c/topics/b", null).statusCode());
    assertEquals(404, get(uri(LINKS + "/dr/mirrors/b"), AUTH).statusCode());
    HttpResponse<byte[]> again = send(server, "DELETE", "/kafka/v3/clusters/c/topics/b", null);
    assertEquals(404, again.statusCode());
    assertEquals(40403, json(again).get("error_code").asInt());
  }

  @Test
  void bodilessAlter_isAnEmptyOne_andTheLiteralDashListsEveryLink() {
    HttpResponse<byte[]> response = send(server, "POST", LINKS + "/dr/mirrors:resume", null);
    assertEquals(200, response.statusCode());
    assertEquals(0, json(response).get("data").size());
    JsonNode all = json(get(uri(LINKS + "/-/mirrors"), AUTH));
    assertEquals(server.baseUri() + "/kafka/v3/clusters/c/links/-/mirrors", all.at("/metadata/self").asText());
  }

  @Test
  void failingBackEnd_everyNewOperationAnswers500WithoutDetail() {
    String[][] calls = {{"GET", LINKS}, {"POST", LINKS + "?link_name=x"}, {"GET", LINKS + "/dr"},
        {"DELETE", LINKS + "/dr"}, {"GET", LINKS + "/dr/configs"}, {"GET", LINKS + "/dr/configs/acl.sync.ms"},
        {"PUT", LINKS + "/dr/configs/acl.sync.ms"}, {"DELETE", LINKS + "/dr/configs/acl.sync.ms"},
        {"PUT", LINKS + "/dr/configs:alter"}, {"GET", LINKS + "/-/mirrors"}, {"POST", LINKS + "/dr/mirrors:pause"},
        {"POST", LINKS + "/dr/mirrors:resume"}, {"POST", LINKS + "/dr/mirrors:promote"},
        {"POST", LINKS + "/dr/mirrors:failover"}, {"POST", LINKS + "/dr/mirrors:reverse-and-start-mirror"},
        {"POST", LINKS + "/dr/mirrors:reverse-and-pause-mirror"}, {"POST", LINKS + "/dr/mirrors:truncate-and-restore"},
        {"DELETE", "/kafka/v3/clusters/c/topics/a"}};
    for (String[] call : calls) {
      String body = switch (call[0]) {
        case "PUT" -> call[1].endsWith(":alter") ? "{\"data\":[]}" : "{\"value\":\"1\"}";
        case "POST" -> "{}";
        default -> null;
      };
      HttpResponse<byte[]> response = send(failing, call[0], call[1], body);
      assertEquals(500, response.statusCode(), () -> call[0] + " " + call[1]);
      assertEquals("{\"error_code\":500,\"message\":\"Internal Server Error\"}", HttpTestSupport.text(response));
    }
  }
}
