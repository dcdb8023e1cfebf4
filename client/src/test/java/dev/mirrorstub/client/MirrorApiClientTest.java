package dev.mirrorstub.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.mirrorstub.client.generated.invoker.ApiException;
import dev.mirrorstub.client.generated.model.AlterConfigBatchRequestData;
import dev.mirrorstub.client.generated.model.AlterMirrorsRequestData;
import dev.mirrorstub.client.generated.model.CreateLinkRequestData;
import dev.mirrorstub.client.generated.model.CreateMirrorTopicRequestData;
import dev.mirrorstub.client.generated.model.UpdateLinkConfigRequestData;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What MirrorApiClient adds to the generated client (base path, credentials, typed errors), against a canned HTTP server. */
class MirrorApiClientTest {

  private HttpServer server;
  private final List<String> authorizations = new ArrayList<>();
  private final List<String> paths = new ArrayList<>();
  private final List<String> methods = new ArrayList<>();

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI serve(int status, String contentType, String body) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
      paths.add(exchange.getRequestURI().getPath());
      methods.add(exchange.getRequestMethod());
      exchange.getRequestBody().readAllBytes();
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private static CreateMirrorTopicRequestData request() {
    return new CreateMirrorTopicRequestData().sourceTopicName("t");
  }

  @Test
  void createMirror_basePathSet_goesToThatServerNotTheSpecsCloudHost() throws Exception {
    URI base = serve(204, "application/json", "");
    MirrorApiClient.basic(base, "u", "p").clusterLinking().createKafkaMirrorTopic("c", "l", request());
    assertEquals(1, authorizations.size());
    assertTrue(authorizations.get(0).startsWith("Basic "));
  }

  /**
   * Every operation of both generated classes, those with an operation-level server in the spec
   * (create, list under a link) and those without, goes to the base path: what breaks first if a
   * generator upgrade changes how the generated client picks its server.
   */
  @Test
  void everyOperation_basePathSet_goesToTheBasePath() throws Exception {
    URI base = serve(200, "application/json", "{}");
    MirrorApiClient client = MirrorApiClient.basic(base, "u", "p");
    var api = client.clusterLinking();
    String link = "/kafka/v3/clusters/c/links/l";

    api.createKafkaMirrorTopic("c", "l", request());
    api.readKafkaMirrorTopic("c", "l", "m", null);
    api.listKafkaMirrorTopicsUnderLink("c", "l", null);
    api.listKafkaMirrorTopics("c", null);
    api.listKafkaLinks("c");
    api.createKafkaLink("c", "l", null, null, new CreateLinkRequestData());
    api.getKafkaLink("c", "l", null);
    api.deleteKafkaLink("c", "l", null, null);
    api.listKafkaLinkConfigs("c", "l");
    api.getKafkaLinkConfigs("c", "l", "n");
    api.updateKafkaLinkConfig("c", "l", "n", new UpdateLinkConfigRequestData().value("v"));
    api.deleteKafkaLinkConfig("c", "l", "n");
    api.updateKafkaLinkConfigBatch("c", "l", null, new AlterConfigBatchRequestData());
    AlterMirrorsRequestData names = new AlterMirrorsRequestData().mirrorTopicNames(List.of("m"));
    api.updateKafkaMirrorTopicsPause("c", "l", null, names);
    api.updateKafkaMirrorTopicsResume("c", "l", null, names);
    api.updateKafkaMirrorTopicsPromote("c", "l", null, names);
    api.updateKafkaMirrorTopicsFailover("c", "l", null, names);
    api.updateKafkaMirrorTopicsReverseAndStartMirror("c", "l", null, names);
    api.updateKafkaMirrorTopicsReverseAndPauseMirror("c", "l", null, names);
    api.updateKafkaMirrorTopicsTruncateAndRestoreMirror("c", "l", null, null, names);
    client.topics().deleteKafkaTopic("c", "m");

    assertEquals(List.of(link + "/mirrors", link + "/mirrors/m", link + "/mirrors",
        "/kafka/v3/clusters/c/links/-/mirrors", "/kafka/v3/clusters/c/links", "/kafka/v3/clusters/c/links",
        link, link, link + "/configs", link + "/configs/n", link + "/configs/n", link + "/configs/n",
        link + "/configs:alter", link + "/mirrors:pause", link + "/mirrors:resume", link + "/mirrors:promote",
        link + "/mirrors:failover", link + "/mirrors:reverse-and-start-mirror",
        link + "/mirrors:reverse-and-pause-mirror", link + "/mirrors:truncate-and-restore",
        "/kafka/v3/clusters/c/topics/m"), paths);
    assertEquals(List.of("POST", "GET", "GET", "GET", "GET", "POST", "GET", "DELETE", "GET", "GET", "PUT",
        "DELETE", "PUT", "POST", "POST", "POST", "POST", "POST", "POST", "POST", "DELETE"), methods);
  }

  @Test
  void deleteTopic_basicClient_sendsTheCredentialsToTheBasePath() throws Exception {
    URI base = serve(204, "application/json", "");
    MirrorApiClient.basic(base, "u", "p").topics().deleteKafkaTopic("c", "t");
    assertEquals(List.of("/kafka/v3/clusters/c/topics/t"), paths);
    assertTrue(authorizations.get(0).startsWith("Basic "));
  }

  @Test
  void deleteTopic_bearerClient_sendsBearerHeader() throws Exception {
    URI base = serve(204, "application/json", "");
    MirrorApiClient.bearer(base, "tok").topics().deleteKafkaTopic("c", "t");
    assertEquals("Bearer tok", authorizations.get(0));
  }

  @Test
  void deleteTopic_404_hasTypedError() throws Exception {
    URI base = serve(404, "application/json",
        "{\"error_code\":40403,\"message\":\"This server does not host this topic-partition.\"}");
    ApiException e = assertThrows(ApiException.class,
        () -> MirrorApiClient.basic(base, "u", "p").topics().deleteKafkaTopic("c", "t"));
    assertEquals(40403, MirrorApiErrors.errorCode(e).orElseThrow());
    assertFalse(MirrorApiErrors.isRetriable(e));
  }

  @Test
  void deleteTopic_503InTheSpecs5XXRange_hasTypedError() throws Exception {
    URI base = serve(503, "application/json", "{\"error_code\":50302,\"message\":\"no broker\"}");
    ApiException e = assertThrows(ApiException.class,
        () -> MirrorApiClient.basic(base, "u", "p").topics().deleteKafkaTopic("c", "t"));
    assertEquals(50302, MirrorApiErrors.errorCode(e).orElseThrow());
    assertTrue(MirrorApiErrors.isRetriable(e));
  }

  @Test
  void createMirror_bearerClient_sendsBearerHeader() throws Exception {
    URI base = serve(204, "application/json", "");
    MirrorApiClient.bearer(base, "tok").clusterLinking().createKafkaMirrorTopic("c", "l", request());
    assertEquals("Bearer tok", authorizations.get(0));
  }

  @Test
  void createMirror_503InTheSpecs5XXRange_hasTypedError() throws Exception {
    URI base = serve(503, "application/json", "{\"error_code\":50302,\"message\":\"no broker\"}");
    ApiException e = assertThrows(ApiException.class,
        () -> MirrorApiClient.basic(base, "u", "p").clusterLinking().createKafkaMirrorTopic("c", "l", request()));
    assertEquals(503, e.getCode());
    assertEquals(50302, MirrorApiErrors.errorCode(e).orElseThrow());
    assertEquals("no broker", MirrorApiErrors.error(e).orElseThrow().getMessage());
    assertTrue(MirrorApiErrors.isRetriable(e));
  }

  @Test
  void createMirror_exactStatus_keepsGeneratedTypedError() throws Exception {
    URI base = serve(404, "application/json", "{\"error_code\":404,\"message\":\"gone\"}");
    ApiException e = assertThrows(ApiException.class,
        () -> MirrorApiClient.basic(base, "u", "p").clusterLinking().createKafkaMirrorTopic("c", "l", request()));
    assertEquals(404, MirrorApiErrors.errorCode(e).orElseThrow());
    assertFalse(MirrorApiErrors.isRetriable(e));
  }

  @Test
  void createMirror_html429_isAvailableAsText() throws Exception {
    URI base = serve(429, "text/html;charset=utf-8", "<html><body>slow down</body></html>");
    ApiException e = assertThrows(ApiException.class,
        () -> MirrorApiClient.basic(base, "u", "p").clusterLinking().createKafkaMirrorTopic("c", "l", request()));
    assertEquals("<html><body>slow down</body></html>", MirrorApiErrors.html(e).orElseThrow());
    assertTrue(MirrorApiErrors.error(e).isEmpty());
    assertTrue(MirrorApiErrors.isRetriable(e));
  }

  @Test
  void createMirror_5xxPageOfAProxy_hasNoTypedError() throws Exception {
    URI base = serve(502, "text/html", "<html>bad gateway</html>");
    ApiException e = assertThrows(ApiException.class,
        () -> MirrorApiClient.basic(base, "u", "p").clusterLinking().createKafkaMirrorTopic("c", "l", request()));
    assertEquals(502, e.getCode());
    assertTrue(MirrorApiErrors.error(e).isEmpty());
    assertTrue(MirrorApiErrors.isRetriable(e));
  }

  @Test
  void createMirror_501_isNotRetriable() throws Exception {
    URI base = serve(501, "application/json", "{\"error_code\":501,\"message\":\"no\"}");
    ApiException e = assertThrows(ApiException.class,
        () -> MirrorApiClient.basic(base, "u", "p").clusterLinking().createKafkaMirrorTopic("c", "l", request()));
    assertEquals(501, MirrorApiErrors.errorCode(e).orElseThrow());
    assertFalse(MirrorApiErrors.isRetriable(e));
  }
}
