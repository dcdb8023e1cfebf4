package dev.mirrorstub.server.api;

import static dev.mirrorstub.server.HttpTestSupport.basic;
import static dev.mirrorstub.server.HttpTestSupport.get;
import static dev.mirrorstub.server.HttpTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.mirrorstub.server.StubServer;
import dev.mirrorstub.server.HttpTestSupport;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
import dev.mirrorstub.server.faults.FailingMirrorService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET one mirror and GET the mirrors under a link, over HTTP, on a server with a fixed clock. */
class MirrorsReadHttpTest {

  private static final long START_MS = Instant.parse("2026-01-02T03:04:05Z").toEpochMilli();
  private static final String CONFIG = """
      credentials:
        - {api_key: reader, api_secret: reader-secret}
        - {api_key: elsewhere, api_secret: elsewhere-secret, clusters: [other]}
      clusters:
        - id: dest
          links:
            - name: lnk
              prefix: m.
              source_topics:
                - {name: clicks, partitions: 2}
                - {name: views, partitions: 1}
              mirrors: [clicks]
        - id: other
      """;
  private static final String AUTH = basic("reader", "reader-secret");

  private static StubServer server;

  @BeforeAll
  static void start() throws IOException {
    StubConfig config = StubConfig.parse(CONFIG);
    server = StubServer.start("127.0.0.1", 0, config,
        new InMemoryMirrorService(config, Clock.fixed(Instant.ofEpochMilli(START_MS), ZoneOffset.UTC)));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void readMirror_existing_returns200WithTheMirrorAndASelfLinkToThisServer() throws IOException {
    HttpResponse<byte[]> response = get(uri("/kafka/v3/clusters/dest/links/lnk/mirrors/m.clicks"), AUTH);

    assertEquals(200, response.statusCode());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(expectedClicksMirror(), json(response));
  }

  @Test
  void listMirrors_noFilter_returnsTheLinksMirrors() throws IOException {
    HttpResponse<byte[]> response = get(uri("/kafka/v3/clusters/dest/links/lnk/mirrors"), AUTH);

    assertEquals(200, response.statusCode());
    JsonNode expected = HttpTestSupport.JSON.readTree("""
        {"kind": "KafkaMirrorDataList", "metadata": {"self": "%s/kafka/v3/clusters/dest/links/lnk/mirrors"}, "data": []}
        """.formatted(server.baseUri()));
    ((ArrayNode) expected.get("data")).add(expectedClicksMirror());
    assertEquals(expected, json(response));
  }

  @Test
  void listMirrors_statusFilter_returnsOnlyThatStatus() {
    JsonNode active = json(get(uri("/kafka/v3/clusters/dest/links/lnk/mirrors?mirror_status=ACTIVE"), AUTH));
    JsonNode paused = json(get(uri("/kafka/v3/clusters/dest/links/lnk/mirrors?mirror_status=PAUSED"), AUTH));

    assertEquals(1, active.get("data").size());
    assertEquals(0, paused.get("data").size());
  }

  @Test
  void listMirrors_unknownStatus_returns400NamingTheAllowedValues() {
    HttpResponse<byte[]> response = get(uri("/kafka/v3/clusters/dest/links/lnk/mirrors?mirror_status=active"), AUTH);

    assertEquals(400, response.statusCode());
    JsonNode body = json(response);
    assertEquals(400, body.get("error_code").asInt());
    String message = body.get("message").asText();
    assertTrue(message.startsWith("Invalid mirror_status 'active': must be one of ACTIVE, "), message);
    assertEquals(2, body.size(), "only error_code and message");
  }

  @Test
  void readMirror_unknownMirror_returns404With40403() {
    HttpResponse<byte[]> response = get(uri("/kafka/v3/clusters/dest/links/lnk/mirrors/m.views"), AUTH);

    assertEquals(404, response.statusCode());
    assertEquals(40403, json(response).get("error_code").asInt());
  }

  @Test
  void readMirror_unknownLink_returns404() {
    HttpResponse<byte[]> response = get(uri("/kafka/v3/clusters/dest/links/nope/mirrors/m.clicks"), AUTH);

    assertEquals(404, response.statusCode());
    assertEquals(404, json(response).get("error_code").asInt());
  }

  @Test
  void readMirror_withoutCredentials_returns401() {
    HttpResponse<byte[]> response = get(uri("/kafka/v3/clusters/dest/links/lnk/mirrors/m.clicks"), null);

    assertEquals(401, response.statusCode());
    assertEquals(40101, json(response).get("error_code").asInt());
  }

  @Test
  void listMirrors_credentialOfAnotherCluster_returns403() {
    HttpResponse<byte[]> response = get(uri("/kafka/v3/clusters/dest/links/lnk/mirrors"),
        basic("elsewhere", "elsewhere-secret"));

    assertEquals(403, response.statusCode());
    assertEquals(40301, json(response).get("error_code").asInt());
  }

  @Test
  void readMirror_browserAcceptHeader_stillAnswersJson() {
    HttpResponse<byte[]> response = HttpTestSupport.send(HttpRequest.newBuilder(
            uri("/kafka/v3/clusters/dest/links/lnk/mirrors/m.clicks"))
        .header("Authorization", AUTH)
        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));

    assertEquals(200, response.statusCode());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
  }

  @Test
  void readMirror_rightAfterCreate_returnsTheNewMirror() {
    HttpResponse<byte[]> created = HttpTestSupport.send(HttpRequest.newBuilder(
            uri("/kafka/v3/clusters/dest/links/lnk/mirrors"))
        .header("Authorization", AUTH)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"source_topic_name\": \"views\"}")));
    assertEquals(204, created.statusCode());

    JsonNode mirror = json(get(uri("/kafka/v3/clusters/dest/links/lnk/mirrors/m.views"), AUTH));

    assertEquals("views", mirror.get("source_topic_name").asText());
    assertEquals("ACTIVE", mirror.get("mirror_status").asText());
    assertEquals(1, mirror.get("mirror_lags").size());
    assertEquals(-1, mirror.get("mirror_lags").get(0).get("last_source_fetch_offset").asLong());
  }

  @Test
  void readMirror_backEndFails_returns500WithoutDetails() throws IOException {
    StubConfig config = StubConfig.parse(CONFIG);
    try (StubServer broken = StubServer.start("127.0.0.1", 0, config, new FailingMirrorService())) {
      HttpResponse<byte[]> response = get(URI.create(broken.baseUri() + "/kafka/v3/clusters/dest/links/lnk/mirrors/m.clicks"),
          AUTH);

      assertEquals(500, response.statusCode());
      assertEquals(HttpTestSupport.JSON.readTree("{\"error_code\": 500, \"message\": \"Internal Server Error\"}"),
          json(response));
    }
  }

  private static JsonNode expectedClicksMirror() throws IOException {
    return HttpTestSupport.JSON.readTree("""
        {
          "kind": "KafkaMirrorData",
          "metadata": {"self": "%s/kafka/v3/clusters/dest/links/lnk/mirrors/m.clicks"},
          "link_name": "lnk",
          "mirror_topic_name": "m.clicks",
          "source_topic_name": "clicks",
          "num_partitions": 2,
          "mirror_lags": [
            {"partition": 0, "lag": 0, "last_source_fetch_offset": -1},
            {"partition": 1, "lag": 0, "last_source_fetch_offset": -1}
          ],
          "mirror_status": "ACTIVE",
          "state_time_ms": %d
        }
        """.formatted(server.baseUri(), START_MS));
  }

  private static URI uri(String pathAndQuery) {
    return URI.create(server.baseUri() + pathAndQuery);
  }
}
