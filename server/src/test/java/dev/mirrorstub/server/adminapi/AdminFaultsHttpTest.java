package dev.mirrorstub.server.adminapi;

import static dev.mirrorstub.server.HttpTestSupport.json;
import static dev.mirrorstub.server.HttpTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Faults armed, listed and disarmed over HTTP: they hit API calls only, and a refused one arms nothing. */
class AdminFaultsHttpTest {

  private static final String MIRRORS = "/kafka/v3/clusters/cluster-1/links/link-sb1/mirrors";
  @RegisterExtension
  static final AdminServerExtension STUB = new AdminServerExtension();

  @Test
  void faultForTwoCalls_hitsTheNextTwoApiCalls_thenIsGone_adminAndDocumentCallsAreNeitherHitNorCounted() {
    JsonNode armed = json(STUB.admin("POST", "/__admin/faults",
        "{\"times\": 2, \"kind\": \"too_many_requests\", \"retry_after_seconds\": 3}"));

    assertEquals(200, STUB.admin("GET", "/__admin/state", null).statusCode());
    assertEquals(200, STUB.call("GET", "/openapi.yaml", null, null, null).statusCode());
    assertEquals(200, STUB.call("GET", "/admin.yaml", null, null, null).statusCode());
    HttpResponse<byte[]> first = STUB.api("GET", MIRRORS, null);
    JsonNode listed = json(STUB.admin("GET", "/__admin/faults", null));
    STUB.api("GET", MIRRORS, null);
    HttpResponse<byte[]> third = STUB.api("GET", MIRRORS, null);

    assertEquals(1, armed.get("id").asInt());
    assertEquals(429, first.statusCode());
    assertEquals("3", first.headers().firstValue("Retry-After").orElseThrow());
    assertEquals(1, listed.get("calls").asInt());
    assertEquals(1, listed.at("/faults/0/remaining").asInt());
    assertEquals(1, listed.at("/faults/0/injected").asInt());
    assertEquals(200, third.statusCode());
    JsonNode after = json(STUB.admin("GET", "/__admin/faults", null));
    assertEquals(0, after.get("faults").size());
    assertEquals(3, after.get("calls").asInt());
  }

  @Test
  void answerLostAfterProcessing_createsTheMirror_thenAnswers500() {
    STUB.admin("POST", "/__admin/faults",
        "{\"times\": 1, \"kind\": \"internal_error\", \"operation_id\": \"createKafkaMirrorTopic\","
            + " \"after_processing\": true}");

    assertEquals(200, STUB.api("GET", MIRRORS, null).statusCode(), "another operation");
    HttpResponse<byte[]> create = STUB.api("POST", MIRRORS, "{\"source_topic_name\": \"topic-1\"}");

    assertEquals(500, create.statusCode());
    assertEquals(50003, json(create).get("error_code").asInt());
    assertEquals("link1_topic-1", json(STUB.admin("GET", "/__admin/created-mirrors", null))
        .at("/mirrors/0/mirror_topic_name").asText());
  }

  @Test
  void faultOnOneLink_withDelayAndHttpDate_listsAsArmed_andDeleteClearsFaultsAndCalls() {
    JsonNode delay = json(STUB.admin("POST", "/__admin/faults",
        "{\"kind\": \"delay\", \"delay_ms\": 1, \"cluster_id\": \"cluster-1\", \"link_name\": \"link-dr\"}"));
    JsonNode dated = json(STUB.admin("POST", "/__admin/faults",
        "{\"kind\": \"server_error\", \"status\": 502, \"error_code\": 50201, \"message\": \"Gone.\","
            + " \"retry_after_date\": \"Tue, 1 Dec 2026 12:00:00 GMT\", \"cluster_id\": \"cluster-2\"}"));
    STUB.api("GET", MIRRORS, null);

    assertEquals(-1, delay.get("remaining").asInt());
    assertTrue(delay.path("times").isMissingNode());
    assertEquals("Tue, 01 Dec 2026 12:00:00 GMT", dated.get("retry_after").asText());
    assertEquals(2, dated.get("id").asInt());
    assertEquals(502, STUB.api("GET", "/kafka/v3/clusters/cluster-2/links", null).statusCode());
    assertEquals(204, STUB.admin("DELETE", "/__admin/faults", null).statusCode());
    JsonNode cleared = json(STUB.admin("GET", "/__admin/faults", null));
    assertEquals(0, cleared.get("calls").asInt());
    assertEquals(0, cleared.get("faults").size());
    assertEquals(1, json(STUB.admin("POST", "/__admin/faults", "{\"kind\": \"delay\","
        + " \"delay_ms\": 0}")).get("id").asInt(), "ids start again at 1");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"{\"kind\": \"explode\"}", "{}", "{\"times\": 0, \"kind\": \"delay\", \"delay_ms\": 1}",
      "{\"kind\": \"internal_error\", \"link_name\": \"l\"}", "{\"kind\": \"internal_error\", \"operation_id\": \"x\"}",
      "{\"kind\": \"too_many_requests\", \"after_processing\": true}",
      "{\"kind\": \"server_error\", \"status\": 404, \"error_code\": 1, \"message\": \"m\"}",
      "{\"kind\": \"server_error\", \"status\": 500}", "{\"kind\": \"server_error\", \"status\": 500, \"error_code\": 1,"
          + " \"message\": \" \"}", "{\"kind\": \"delay\"}", "{\"kind\": \"delay\", \"delay_ms\": -1}",
      "{\"kind\": \"internal_error\", \"delay_ms\": 5}", "{\"kind\": \"internal_error\", \"status\": 503}",
      "{\"kind\": \"delay\", \"delay_ms\": 1, \"retry_after_seconds\": 1}",
      "{\"kind\": \"internal_error\", \"retry_after_seconds\": -1}",
      "{\"kind\": \"internal_error\", \"retry_after_seconds\": 1, \"retry_after_date\": \"x\"}",
      "{\"kind\": \"internal_error\", \"retry_after_date\": \"tomorrow\"}", "{\"kind\": \"delay\", \"delay_ms\": \"5\"}",
      "{\"kind\": \"delay\", \"delay_ms\": 1, \"colour\": 1}", "{\"kind\": \"delay\", \"times\": 1.5, \"delay_ms\": 1}",
      "not json", "[]", "{\"kind\": \"delay\", \"delay_ms\": 1} {}"})
  void refusedFault_is400_andArmsNothing(String body) {
    HttpResponse<byte[]> r = STUB.admin("POST", "/__admin/faults", body);

    assertEquals(400, r.statusCode(), text(r));
    assertEquals(400, json(r).get("error_code").asInt());
    assertEquals(List.of(), List.copyOf(json(STUB.admin("GET", "/__admin/faults", null))
        .get("faults").findValues("id")));
  }

  @Test
  void faultForEveryCall_neverBlocksTheAdminApi() {
    STUB.admin("POST", "/__admin/faults", "{\"kind\": \"service_unavailable\"}");

    assertEquals(503, STUB.api("GET", MIRRORS, null).statusCode());
    assertEquals(204, STUB.admin("POST", "/__admin/reset", null).statusCode());
    assertEquals(200, STUB.api("GET", MIRRORS, null).statusCode());
  }
}
