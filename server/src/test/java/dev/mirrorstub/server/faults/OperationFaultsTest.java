package dev.mirrorstub.server.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.mirrorstub.server.StubServer;
import dev.mirrorstub.server.api.ApiOperations;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
import dev.mirrorstub.server.domain.MirrorStatus;
import dev.mirrorstub.server.security.AuthorizationHeaders;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Faults limited to one operation of the spec: the route table, the ids it accepts, and over HTTP. */
class OperationFaultsTest {

  private static final String CONFIG = """
      lifecycle: {transition_delay_ms: 0}
      credentials: [{api_key: k1, api_secret: s1}]
      clusters:
        - id: east
          links:
            - name: to-west
              source_cluster_id: west
              source_topics: [{name: a}, {name: b}]
              mirrors: [a, b]
            - name: to-north
              source_cluster_id: north
              source_topics: [{name: n}]
              mirrors: [n]
      """;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final OperationRoutes ROUTES = OperationRoutes.of(ApiOperations.interfaces());

  private final FaultInjector faults = new FaultInjector();
  private InMemoryMirrorService mirrors;
  private StubServer server;

  @BeforeEach
  void start() throws Exception {
    StubConfig config = StubConfig.parse(CONFIG);
    mirrors = new InMemoryMirrorService(config);
    server = StubServer.start("127.0.0.1", 0, config, mirrors, faults);
  }

  @AfterEach
  void stop() {
    server.closeNow();
  }

  @Test
  void routes_fromTheGeneratedInterfaces_areEveryOperationOfTheSpec() throws Exception {
    Set<String> specIds = new TreeSet<>();
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("openapi.yaml")) {
      JsonNode paths = new YAMLMapper().readTree(in).get("paths");
      paths.forEach(path -> path.forEach(op -> {
        if (op.has("operationId")) {
          specIds.add(op.get("operationId").asText());
        }
      }));
    }

    assertEquals(specIds, ROUTES.ids());
    assertEquals(21, ROUTES.ids().size());
    assertEquals("POST /kafka/v3/clusters/{cluster_id}/links/{link_name}/mirrors:promote",
        OperationRoutes.declaredBy(ApiOperations.interfaces()).get("updateKafkaMirrorTopicsPromote"));
  }

  @Test
  void operationOf_methodAndPath_namesTheOperation_moreLiteralTemplatesFirst() {
    String link = "/kafka/v3/clusters/c1/links/l1";
    assertEquals("listKafkaMirrorTopics", ROUTES.operationOf("GET", "/kafka/v3/clusters/c1/links/-/mirrors"));
    assertEquals("listKafkaMirrorTopicsUnderLink", ROUTES.operationOf("GET", link + "/mirrors"));
    assertEquals("createKafkaMirrorTopic", ROUTES.operationOf("POST", link + "/mirrors"));
    assertEquals("readKafkaMirrorTopic", ROUTES.operationOf("GET", link + "/mirrors/m1"));
    assertEquals("updateKafkaMirrorTopicsPromote", ROUTES.operationOf("POST", link + "/mirrors:promote"));
    assertEquals("updateKafkaLinkConfigBatch", ROUTES.operationOf("PUT", link + "/configs:alter"));
    assertEquals("updateKafkaLinkConfig", ROUTES.operationOf("PUT", link + "/configs/acl.sync.enable"));
    assertEquals("getKafkaLink", ROUTES.operationOf("HEAD", link));
    assertEquals("createKafkaLink", ROUTES.operationOf("POST", "/kafka/v3/clusters/c1/links"));
    assertEquals("deleteKafkaTopic", ROUTES.operationOf("DELETE", "/kafka/v3/clusters/c1/topics/t1"));
    assertNull(ROUTES.operationOf("PATCH", link));
    assertNull(ROUTES.operationOf("GET", link + "/mirrors/m1/more"));
    assertNull(ROUTES.operationOf("GET", "/docs"));
  }

  @Test
  void onOperation_unknownId_isRefusedListingTheValidOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> faults.next(1).onOperation("promoteMirror"));

    assertTrue(e.getMessage().startsWith("unknown operation id 'promoteMirror'; the spec's operation ids are: "),
        e.getMessage());
    assertTrue(e.getMessage().contains("updateKafkaMirrorTopicsPromote, updateKafkaMirrorTopicsResume"),
        e.getMessage());
    assertEquals(ROUTES.ids(), faults.operationIds());
  }

  @Test
  void onOperation_injectorOfNoServer_explainsWhenTheIdsAreKnown() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new FaultInjector().next(1).onOperation("updateKafkaMirrorTopicsPromote"));

    assertTrue(e.getMessage().contains("once a server runs with this injector"), e.getMessage());
  }

  @Test
  void promoteFault_firesOnPromoteOnly_thenThePromoteGoesThrough() throws Exception {
    Fault fault = faults.next(1).onOperation("updateKafkaMirrorTopicsPromote").serviceUnavailable();

    assertEquals(200, call("GET", "/links/to-west/mirrors", null).statusCode());
    assertEquals(200, call("POST", "/links/to-west/mirrors:pause", "{\"mirror_topic_names\":[\"b\"]}").statusCode());
    assertEquals(503, promote("to-west", "a").statusCode());
    assertEquals(MirrorStatus.ACTIVE, mirrors.find("east", "to-west", "a").status());
    assertEquals(200, promote("to-west", "a").statusCode());

    assertEquals(MirrorStatus.STOPPED, mirrors.find("east", "to-west", "a").status());
    assertEquals(1, fault.injected());
    assertEquals(4, faults.calls());
  }

  @Test
  void onOperationAndOnLink_onlyThatOperationOnThatLink() throws Exception {
    faults.everyCall().onLink("east", "to-north").onOperation("updateKafkaMirrorTopicsPromote").internalError();

    assertEquals(200, promote("to-west", "a").statusCode());
    assertEquals(200, call("GET", "/links/to-north/mirrors/n", null).statusCode());
    assertEquals(500, promote("to-north", "n").statusCode());
  }

  @Test
  void listOfEveryLinkFault_doesNotFireOnTheListUnderALink() throws Exception {
    faults.everyCall().onOperation("listKafkaMirrorTopics").serviceUnavailable();

    assertEquals(200, call("GET", "/links/to-west/mirrors", null).statusCode());
    assertEquals(503, call("GET", "/links/-/mirrors", null).statusCode());
  }

  @Test
  void operationFaultArmedFirst_otherOperation_leavesTheCallToALaterFault() throws Exception {
    faults.next(1).onOperation("deleteKafkaTopic").internalError();
    Fault any = faults.next(1).serviceUnavailable();

    assertEquals(503, promote("to-west", "a").statusCode());
    assertEquals(1, any.injected());
    assertEquals(500, call("DELETE", "/topics/a", null).statusCode());
    assertTrue(faults.armed().isEmpty());
  }

  @Test
  void operationFault_firesAtTheFrontDoor_beforeAuthentication() throws Exception {
    faults.next(1).onOperation("deleteKafkaTopic").serviceUnavailable();

    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
        URI.create(server.baseUri() + "/kafka/v3/clusters/east/topics/a"))
        .header("Authorization", AuthorizationHeaders.basic("k1", "wrong")).DELETE().build(),
        HttpResponse.BodyHandlers.ofString());

    assertEquals(503, response.statusCode());
  }

  private HttpResponse<String> promote(String link, String mirror) throws Exception {
    return call("POST", "/links/" + link + "/mirrors:promote", "{\"mirror_topic_names\":[\"" + mirror + "\"]}");
  }

  /** A call under {@code /kafka/v3/clusters/east}. */
  private HttpResponse<String> call(String method, String path, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUri() + "/kafka/v3/clusters/east" + path))
        .header("Authorization", AuthorizationHeaders.basic("k1", "s1"))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
