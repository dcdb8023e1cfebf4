package dev.mirrorstub.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.client.generated.invoker.ApiException;
import dev.mirrorstub.client.generated.model.CreateMirrorTopicRequestData;
import dev.mirrorstub.server.admin.JournalEntry;
import dev.mirrorstub.server.admin.RequestJournal;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.MirrorStatus;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The extension's capabilities that came with the admin API (state, replace, journal), and proof that
 * the Java face and the HTTP face steer the same stub.
 */
class AdminFaceTest {

  @RegisterExtension
  static final MirrorStubExtension STUB = MirrorStubExtension.builder()
      .cluster("east", c -> c.link("to-west", l -> l.prefix("w_").sourceTopic("clicks", 2).existingMirror("clicks")))
      .basicCredential("east-key", "east-secret")
      .build();

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<String> admin(String method, String path, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(STUB.baseUri().resolve(path))
        .header("Authorization", "Bearer " + STUB.config().admin().token());
    request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
        : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void state_roundTripsThroughReplaceState() {
    List<StubConfig.Cluster> before = STUB.state(null);

    assertEquals(before, STUB.replaceState(before));
    assertEquals(before, STUB.state("east"));
  }

  @Test
  void replaceState_newClusters_servedByTheApiAndUndoneByReset() throws Exception {
    List<StubConfig.Cluster> other = MirrorStubExtension.builder()
        .cluster("north", c -> c.link("to-south", l -> l.sourceTopic("ledger", 3))).toConfig().clusters();

    STUB.replaceState(other);
    STUB.client().clusterLinking().createKafkaMirrorTopic("north", "to-south",
        new CreateMirrorTopicRequestData().sourceTopicName("ledger"));
    assertEquals("ledger", STUB.mirror("north", "ledger").mirrorTopicName());
    assertThrows(IllegalArgumentException.class, () -> STUB.state("east"));

    STUB.reset();
    assertEquals(List.of("east"), STUB.state(null).stream().map(StubConfig.Cluster::id).toList());
  }

  @Test
  void replaceState_brokenDocument_refusedAndNothingChanged() {
    List<StubConfig.Cluster> before = STUB.state(null);
    StubConfig.Cluster bad = new StubConfig.Cluster("north", null, null, null, null, List.of("t"), List.of());
    StubConfig.Cluster duplicate = new StubConfig.Cluster("north", null, null, null, null, List.of(), List.of());

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> STUB.replaceState(List.of(bad, duplicate)));
    assertTrue(e.getMessage().contains("north"), e.getMessage());
    assertEquals(before, STUB.state(null));
  }

  @Test
  void requests_showWhatTheCodeSent_withTheSecretMasked() throws Exception {
    assertThrows(ApiException.class, () -> STUB.client().clusterLinking().createKafkaMirrorTopic("east", "to-west",
        new CreateMirrorTopicRequestData().sourceTopicName("nope")));
    assertThrows(ApiException.class, () -> STUB.client().clusterLinking().createKafkaMirrorTopic("east", "to-west",
        new CreateMirrorTopicRequestData().sourceTopicName("clicks")));

    List<JournalEntry> creates = STUB.requests(new RequestJournal.Filter("POST", null, "createKafkaMirrorTopic", null, null));
    assertEquals(2, creates.size());
    assertTrue(creates.get(0).body().contains("\"source_topic_name\":\"nope\""), creates.get(0).body());
    assertEquals(List.of(404, 400), creates.stream().map(JournalEntry::status).toList());
    assertEquals("east-key", creates.get(0).principal());
    assertFalse(creates.toString().contains("east-secret"), "the journal kept the secret: " + creates);
    assertEquals(1, STUB.requests(new RequestJournal.Filter(null, null, null, 400, null)).size());

    STUB.clearRequests();
    assertEquals(List.of(), STUB.requests());
  }

  @Test
  void javaFaceAndHttpFace_steerTheSameStub() throws Exception {
    STUB.faults().next(1).onOperation("createKafkaMirrorTopic").serviceUnavailable();
    HttpResponse<String> faults = admin("GET", "/__admin/faults", null);
    assertEquals(200, faults.statusCode());
    assertTrue(faults.body().contains("\"operation_id\":\"createKafkaMirrorTopic\""), faults.body());

    HttpResponse<String> changed = admin("PATCH", "/__admin/clusters/east/links/to-west/mirrors/w_clicks",
        "{\"status\":\"PAUSED\",\"lags\":[3,4]}");
    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals(MirrorStatus.PAUSED, STUB.mirror("east", "w_clicks").status());

    assertEquals(204, admin("POST", "/__admin/reset", null).statusCode());
    assertEquals(MirrorStatus.ACTIVE, STUB.mirror("east", "w_clicks").status());
    assertEquals(List.of(), STUB.faults().armed());
  }

  @Test
  void adminApi_refusesTheApiCredential() throws Exception {
    HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(STUB.baseUri().resolve("/__admin/faults"))
        .header("Authorization", basic()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(401, answer.statusCode());
  }

  private static String basic() {
    return "Basic " + java.util.Base64.getEncoder().encodeToString("east-key:east-secret".getBytes(
        java.nio.charset.StandardCharsets.UTF_8));
  }
}
