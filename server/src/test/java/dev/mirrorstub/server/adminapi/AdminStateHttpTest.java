package dev.mirrorstub.server.adminapi;

import static dev.mirrorstub.server.HttpTestSupport.json;
import static dev.mirrorstub.server.HttpTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.mirrorstub.server.StubServer;
import dev.mirrorstub.server.config.StubConfig;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reset, the whole state read and replaced, mirrors changed and created, transitions finished: over HTTP. */
class AdminStateHttpTest {

  @RegisterExtension
  static final AdminServerExtension STUB = new AdminServerExtension();

  @Test
  void getThenPut_ofTheDefaultConfigurationsWholeState_givesAnIdenticalState() {
    JsonNode before = STUB.state();

    HttpResponse<byte[]> put = STUB.admin("PUT", "/__admin/state", before.toString());

    assertEquals(200, put.statusCode(), text(put));
    assertEquals(before, json(put));
    assertEquals(before, STUB.state());
  }

  @Test
  void getThenPut_asYaml_afterApiChanges_givesAnIdenticalState() throws IOException {
    STUB.api("POST", "/kafka/v3/clusters/cluster-1/links/link-sb1/mirrors",
        "{\"source_topic_name\": \"payments\"}");
    STUB.api("POST", "/kafka/v3/clusters/cluster-1/links/link-dr/mirrors:promote",
        "{\"mirror_topic_names\": [\"promote-me\"]}");
    STUB.api("POST", "/kafka/v3/clusters/cluster-1/links/link-bidi/mirrors:truncate-and-restore",
        "{\"mirror_topic_names\": [\"restore-me\"]}");
    JsonNode before = STUB.state();
    String yaml = new YAMLMapper().writeValueAsString(before);

    HttpResponse<byte[]> put = STUB.call("PUT", "/__admin/state", AdminTestSupport.ADMIN,
        "application/yaml", yaml);

    assertEquals(200, put.statusCode(), text(put));
    assertEquals(before, STUB.state());
  }

  @Test
  void put_configurationFileShorthands_areReadAsTheFileReadsThem() {
    String yaml = """
        clusters:
          - id: c
            links:
              - name: l
                prefix: p_
                source_topics: [{name: s, partitions: 2}, {name_pattern: 'any-.*'}]
                mirrors: [s, any-1]
        """;

    HttpResponse<byte[]> put = STUB.call("PUT", "/__admin/state", AdminTestSupport.ADMIN,
        "application/yaml; charset=utf-8", yaml);

    assertEquals(200, put.statusCode(), text(put));
    JsonNode mirrors = json(put).at("/clusters/0/links/0/mirrors");
    assertEquals("p_s", mirrors.get(0).get("mirror_topic_name").asText());
    assertEquals(2, mirrors.get(0).get("lags").size());
    assertEquals("p_any-1", mirrors.get(1).get("mirror_topic_name").asText());
    assertEquals(200, STUB.api("GET", "/kafka/v3/clusters/c/links/l/mirrors/p_s", null)
        .statusCode(), "the API serves the new state");
    assertEquals(404, STUB.api("GET", "/kafka/v3/clusters/cluster-1/links", null).statusCode(),
        "the clusters the document leaves out are gone");
  }

  @Test
  void reset_afterANewState_bringsBackTheConfigurationTheServerStartedWith() {
    JsonNode configured = STUB.state();
    STUB.admin("PUT", "/__admin/state", "{\"clusters\": []}");
    assertEquals("{\"clusters\":[]}", STUB.state().toString());

    STUB.admin("POST", "/__admin/reset", null);

    assertEquals(configured, STUB.state());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "{\"clusters\": [{\"id\": \"c\", \"brokers\": 0}]}",
      "{\"clusters\": [{\"id\": \"c\"}, {\"id\": \"c\"}]}",
      "{\"clusters\": [{\"id\": \"c\", \"links\": [{\"name\": \"bad name!\"}]}]}",
      "{\"clusters\": [{\"id\": \"c\", \"links\": [{\"name\": \"l\", \"source_topics\": [{\"name\": \"s\"}],"
          + " \"mirrors\": [{\"source\": \"s\", \"mirror_topic_name\": \"other\"}]}]}]}",
      "{\"clusters\": [{\"id\": \"c\", \"links\": [{\"name\": \"l\", \"configs\": {\"acl.sync.enable\": \"maybe\"}}]}]}",
      "{\"clusters\": [null]}", "{\"clusters\": null}", "{}", "[]", "{\"clusters\": [], \"extra\": 1}",
      "{\"clusters\": [{\"id\": \"c\", \"brokers\": \"three\"}]}", "{\"clusters\": []} trailing", "",
      "{\"clusters\": [{\"id\": \"c\", \"links\": [{\"name\": \"l\", \"mode\": \"DESTINATION\","
          + " \"configs\": {\"link.mode\": \"SOURCE\"}}]}]}"})
  void put_stateThatBreaksARule_is400NamingIt_andChangesNothing(String document) {
    JsonNode before = STUB.state();

    HttpResponse<byte[]> put = STUB.admin("PUT", "/__admin/state", document);

    assertEquals(400, put.statusCode(), text(put));
    assertEquals(400, json(put).get("error_code").asInt());
    assertTrue(json(put).get("message").asText().startsWith("Invalid state: "), text(put));
    assertEquals(before, STUB.state());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"text/plain", "application/x-www-form-urlencoded", "application/xml",
      "text/yaml", "not a media type", "*/*"})
  void put_otherMediaType_is415NamingTheTakenOnes_andChangesNothing(String type) {
    JsonNode before = STUB.state();

    HttpResponse<byte[]> put = STUB.call("PUT", "/__admin/state", AdminTestSupport.ADMIN, type,
        "{\"clusters\": []}");

    assertEquals(415, put.statusCode(), text(put));
    assertTrue(json(put).get("message").asText().endsWith("send application/json or application/yaml."), text(put));
    assertEquals(before, STUB.state());
  }

  @Test
  void put_bodyOverTheLimit_is413_andChangesNothing() throws IOException {
    StubConfig c = AdminTestSupport.defaultWithAdmin();
    StubConfig small = new StubConfig(new StubConfig.Limits(4096, null, null), c.lifecycle(), c.credentials(),
        c.clusters(), c.admin());
    try (StubServer limited = StubServer.start("127.0.0.1", 0, small)) {
      JsonNode before = AdminTestSupport.state(limited);

      HttpResponse<byte[]> put = AdminTestSupport.admin(limited, "PUT", "/__admin/state", before.toString());

      assertEquals(413, put.statusCode(), text(put));
      assertEquals(before, AdminTestSupport.state(limited));
    }
  }

  @Test
  void patch_lagsAndStatus_areWhatTheApiThenReports() {
    HttpResponse<byte[]> patch = STUB.admin("PATCH",
        "/__admin/clusters/cluster-1/links/link-sb1/mirrors/link1_orders",
        "{\"status\": \"PAUSED\", \"lags\": [5, 0, 7], \"last_source_fetch_offsets\": [10, 20, 30],"
            + " \"mirror_topic_error\": \"NO_ERROR_YET\", \"state_transition_errors\": [{\"error_code\": \"E\","
            + " \"error_message\": \"m\"}]}");

    assertEquals(200, patch.statusCode(), text(patch));
    JsonNode read = json(STUB.api("GET",
        "/kafka/v3/clusters/cluster-1/links/link-sb1/mirrors/link1_orders?include_state_transition_errors=true", null));
    assertEquals("PAUSED", read.get("mirror_status").asText());
    assertEquals(List.of(5L, 0L, 7L), read.get("mirror_lags").findValues("lag").stream().map(JsonNode::asLong).toList());
    assertEquals("NO_ERROR_YET", read.get("mirror_topic_error").asText());
    assertEquals(json(patch), STUB.state().at("/clusters/0/links/0/mirrors/0"));

    HttpResponse<byte[]> cleared = STUB.admin("PATCH",
        "/__admin/clusters/cluster-1/links/link-sb1/mirrors/link1_orders",
        "{\"mirror_topic_error\": \"\", \"state_transition_errors\": []}");
    assertTrue(json(cleared).path("mirror_topic_error").isMissingNode(), text(cleared));
    assertEquals(0, json(cleared).get("state_transition_errors").size());
    assertEquals(List.of(5L, 0L, 7L), json(cleared).get("lags").findValues("lag").stream().map(JsonNode::asLong)
        .toList(), "what the change leaves out stays");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "link1_orders|{\"lags\": [0, 0]}|400", "link1_orders|{\"lags\": [0, -5, 0]}|400",
      "link1_orders|{\"last_source_fetch_offsets\": [0, -2, 0]}|400", "link1_orders|{\"status\": \"SLEEPING\"}|400",
      "link1_orders|{\"partitions\": [{\"partition\": 3, \"lag\": 1, \"last_source_fetch_offset\": 1}]}|400",
      "link1_orders|{\"partitions\": [{\"partition\": 1}]}|400", "link1_orders|{}|400",
      "link1_orders|{\"lags\": [0, 0, 0], \"colour\": \"blue\"}|400", "link1_orders|{\"lags\": \"none\"}|400",
      "link1_orders|{\"state_transition_errors\": [{\"error_code\": \"E\"}]}|400", "link1_orders|[1]|400",
      "link1_orders|not json|400", "link1_nothing|{\"lags\": [0]}|404", "audit|{\"lags\": [0]}|404"})
  void patch_refused_answersTheErrorBody_andChangesNothing(String mirror, String body, int status) {
    JsonNode before = STUB.state();

    HttpResponse<byte[]> patch = STUB.admin("PATCH",
        "/__admin/clusters/cluster-1/links/link-sb1/mirrors/" + mirror, body);

    assertEquals(status, patch.statusCode(), text(patch));
    assertEquals(status, json(patch).get("error_code").asInt());
    assertEquals(before, STUB.state());
  }

  @Test
  void patch_unknownClusterOrLink_is404NamingWhatExists() {
    HttpResponse<byte[]> cluster = STUB.admin("PATCH",
        "/__admin/clusters/nope/links/link-sb1/mirrors/link1_orders", "{\"lags\": [0, 0, 0]}");
    HttpResponse<byte[]> link = STUB.admin("PATCH",
        "/__admin/clusters/cluster-1/links/nope/mirrors/link1_orders", "{\"lags\": [0, 0, 0]}");

    assertEquals(404, cluster.statusCode());
    assertTrue(json(cluster).get("message").asText().contains("cluster-1, cluster-2"), text(cluster));
    assertEquals(404, link.statusCode());
    assertEquals("Cluster cluster-1 has no link nope.", json(link).get("message").asText());
  }

  @Test
  void completeTransitions_afterAPromote_stopsTheMirrorNow_andAStatusChangeCancelsOne() {
    STUB.api("POST", "/kafka/v3/clusters/cluster-1/links/link-dr/mirrors:promote",
        "{\"mirror_topic_names\": [\"promote-me\", \"failover-me\"]}");
    STUB.admin("PATCH", "/__admin/clusters/cluster-1/links/link-dr/mirrors/failover-me",
        "{\"status\": \"FAILED\"}");

    assertEquals(204, STUB.admin("POST", "/__admin/transitions/complete", null).statusCode());

    assertEquals("STOPPED", status("promote-me"));
    assertEquals("FAILED", status("failover-me"));
  }

  @Test
  void createdMirrors_listsApiCreatesOnly_andResetEmptiesIt() {
    STUB.api("POST", "/kafka/v3/clusters/cluster-1/links/link-sb1/mirrors",
        "{\"source_topic_name\": \"payments\"}");
    STUB.api("POST", "/kafka/v3/clusters/cluster-1/links/link-dr/mirrors:pause",
        "{\"mirror_topic_names\": [\"pause-me\"]}");

    JsonNode created = json(STUB.admin("GET", "/__admin/created-mirrors", null)).get("mirrors");

    assertEquals(1, created.size());
    assertEquals("link1_payments", created.get(0).get("mirror_topic_name").asText());
    STUB.admin("POST", "/__admin/reset", null);
    assertEquals(0, json(STUB.admin("GET", "/__admin/created-mirrors", null)).get("mirrors").size());
  }

  @Test
  void getState_ofOneCluster_isThatClusterOfTheWholeState() {
    JsonNode whole = STUB.state();

    JsonNode one = json(STUB.admin("GET", "/__admin/state?cluster_id=cluster-2", null));

    assertEquals(whole.get("clusters").get(1), one.get("clusters").get(0));
    assertEquals(1, one.get("clusters").size());
  }

  @Test
  void put_documentWithAnotherOrder_isAccepted_andAnswersInTheConfigurationsShape() {
    ObjectNode doc = (ObjectNode) STUB.state();
    ArrayNode clusters = (ArrayNode) doc.get("clusters");
    JsonNode first = clusters.remove(0);
    clusters.add(first);

    HttpResponse<byte[]> put = STUB.admin("PUT", "/__admin/state", doc.toString());

    assertEquals(200, put.statusCode());
    assertEquals("cluster-1", json(put).at("/clusters/3/id").asText());
    assertNotEquals(0, json(put).at("/clusters/3/links").size());
  }

  private static String status(String mirror) {
    return json(STUB.api("GET", "/kafka/v3/clusters/cluster-1/links/link-dr/mirrors/" + mirror,
        null)).get("mirror_status").asText();
  }
}
