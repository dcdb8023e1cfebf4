package dev.mirrorstub.server.adminapi;

import static dev.mirrorstub.server.HttpTestSupport.json;
import static dev.mirrorstub.server.HttpTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirrorstub.server.StubServer;
import dev.mirrorstub.server.config.Admin;
import dev.mirrorstub.server.config.StubConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The request journal over HTTP: what it keeps, what it never keeps, its bounds and filters. */
class AdminJournalHttpTest {

  private static final String CREATE = "/kafka/v3/clusters/cluster-1/links/link-sb1/mirrors";
  @RegisterExtension
  static final AdminServerExtension STUB = new AdminServerExtension();

  @Test
  void basicAndBearerCalls_secretsAppearNowhereInTheJournal_keysAndSchemesDo() {
    STUB.api("POST", CREATE, "{\"source_topic_name\": \"topic-1\"}");
    STUB.call("GET", CREATE, "Bearer stub-token", null, null);
    // Raw: the JDK's client does not send Proxy-Authorization to a server.
    raw(STUB.server(), "GET " + CREATE + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: "
        + AdminTestSupport.API + "\r\nCookie: session=cookie-secret\r\nProxy-Authorization: Basic "
        + Base64.getEncoder().encodeToString("p:proxy-secret".getBytes()) + "\r\nX-Auth-Token: header-secret\r\n\r\n");

    String journal = text(STUB.admin("GET", "/__admin/requests", null));

    for (String secret : List.of("stub-secret", "stub-token", "stub-admin-token", "cookie-secret", "proxy-secret",
        "header-secret", AdminTestSupport.API.substring("Basic ".length()),
        Base64.getEncoder().encodeToString("p:proxy-secret".getBytes()))) {
      assertFalse(journal.contains(secret), secret + " in " + journal);
    }
    JsonNode requests = json(STUB.admin("GET", "/__admin/requests", null)).get("requests");
    assertEquals("Basic stub-key:***", requests.get(0).at("/headers/authorization/0").asText());
    assertEquals("stub-key", requests.get(0).get("principal").asText());
    assertEquals("Bearer ***", requests.get(1).at("/headers/authorization/0").asText());
    assertTrue(requests.get(1).path("principal").isMissingNode());
    assertEquals("***", requests.get(2).at("/headers/cookie/0").asText(), requests.get(2).toString());
    assertEquals("***", requests.get(2).at("/headers/proxy-authorization/0").asText());
  }

  @Test
  void linkConfigsThatHoldPasswords_areKeptWithoutTheirValues() {
    String jaas = "org.apache.kafka.common.security.plain.PlainLoginModule required username='u' password='jaas-secret';";
    STUB.api("POST", "/kafka/v3/clusters/cluster-1/links?link_name=link-x",
        "{\"source_cluster_id\": \"s\", \"configs\": [{\"name\": \"sasl.jaas.config\", \"value\": \"" + jaas
            + "\"}]}");
    STUB.api("PUT", "/kafka/v3/clusters/cluster-1/links/link-x/configs/sasl.jaas.config",
        "{\"value\": \"" + jaas.replace("jaas-secret", "other-secret") + "\"}");

    String journal = text(STUB.admin("GET", "/__admin/requests", null));

    assertFalse(journal.contains("jaas-secret") || journal.contains("other-secret"), journal);
    assertTrue(journal.contains("sasl.jaas.config"), journal);
  }

  @Test
  void apiCall_isJournaledWithItsOperationBodiesSizesAndStatus_adminCallsAreNot() {
    STUB.admin("GET", "/__admin/state", null);
    STUB.api("POST", CREATE + "?validate_only=false", "{\"source_topic_name\": \"topic-1\"}");
    HttpResponse<byte[]> list = STUB.api("GET", CREATE, null);

    JsonNode requests = json(STUB.admin("GET", "/__admin/requests", null)).get("requests");

    assertEquals(2, requests.size(), requests.toString());
    JsonNode create = requests.get(0);
    assertEquals(1, create.get("id").asInt());
    assertEquals("POST", create.get("method").asText());
    assertEquals(CREATE, create.get("path").asText());
    assertEquals("validate_only=false", create.get("query").asText());
    assertEquals("createKafkaMirrorTopic", create.get("operation_id").asText());
    assertEquals("{\"source_topic_name\": \"topic-1\"}", create.get("body").asText());
    assertEquals("{\"source_topic_name\": \"topic-1\"}".length(), create.get("body_size").asInt());
    assertEquals(204, create.get("status").asInt());
    assertEquals("", create.get("response_body").asText());
    JsonNode read = requests.get(1);
    assertEquals("listKafkaMirrorTopicsUnderLink", read.get("operation_id").asText());
    assertEquals(text(list), read.get("response_body").asText());
    assertEquals(list.body().length, read.get("response_body_size").asInt());
    assertTrue(read.get("time").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
  }

  @Test
  void filters_combine_andLimitKeepsTheLastMatching() {
    STUB.api("POST", CREATE, "{\"source_topic_name\": \"topic-1\"}");
    STUB.api("POST", CREATE, "{\"source_topic_name\": \"topic-1\"}");
    STUB.api("GET", CREATE, null);
    STUB.call("GET", CREATE, null, null, null);
    STUB.api("GET", "/kafka/v3/clusters/cluster-1/links", null);

    assertEquals(List.of(1, 2), ids("?method=POST"));
    assertEquals(List.of(2), ids("?method=POST&status=400"));
    assertEquals(List.of(3, 4), ids("?path=" + CREATE + "&method=GET"));
    assertEquals(List.of(5), ids("?operation_id=listKafkaLinks"));
    assertEquals(List.of(4), ids("?status=401"));
    assertEquals(List.of(4, 5), ids("?limit=2"));
    assertEquals(List.of(3), ids("?operation_id=listKafkaMirrorTopicsUnderLink&status=200&limit=1"));
    assertEquals(List.of(), ids("?status=599"));
  }

  @Test
  void filterValuesOutOfRange_are400() {
    for (String query : List.of("?limit=0", "?limit=-1", "?limit=x", "?status=ok", "?status=99", "?status=600")) {
      HttpResponse<byte[]> r = STUB.admin("GET", "/__admin/requests" + query, null);
      assertEquals(400, r.statusCode(), query + " " + text(r));
      assertEquals(400, json(r).get("error_code").asInt());
    }
  }

  @Test
  void clear_emptiesTheJournal_andIdsStartAgainAtOne() {
    STUB.api("GET", CREATE, null);
    STUB.api("GET", CREATE, null);

    assertEquals(204, STUB.admin("DELETE", "/__admin/requests", null).statusCode());

    assertEquals(List.of(), ids(""));
    STUB.api("GET", CREATE, null);
    assertEquals(List.of(1), ids(""));
  }

  @Test
  void moreThanMaxEntries_keepsTheLastMax_idsContinue_bodiesTruncatedAtMaxBodyBytes() throws IOException {
    StubConfig c = AdminTestSupport.defaultWithAdmin();
    StubConfig small = new StubConfig(c.limits(), c.lifecycle(), c.credentials(), c.clusters(),
        new Admin(true, c.admin().token(), false, new Admin.Journal(4, 10)));
    try (StubServer bounded = StubServer.start("127.0.0.1", 0, small)) {
      for (int i = 0; i < 4 + 5; i++) {
        AdminTestSupport.api(bounded, "POST", CREATE, "{\"source_topic_name\": \"topic-1\"}");
      }

      JsonNode requests = json(AdminTestSupport.admin(bounded, "GET", "/__admin/requests", null)).get("requests");

      assertEquals(List.of(6, 7, 8, 9), requests.findValues("id").stream().map(JsonNode::asInt).toList());
      JsonNode refused = requests.get(0);
      assertEquals("{\"source_t", refused.get("body").asText());
      assertEquals("{\"source_topic_name\": \"topic-1\"}".length(), refused.get("body_size").asInt());
      assertTrue(refused.get("body_truncated").asBoolean());
      assertEquals(10, refused.get("response_body").asText().length());
      assertTrue(refused.get("response_body_truncated").asBoolean());
      assertTrue(refused.get("response_body_size").asInt() > 10);
    }
  }

  @Test
  void rateLimitedAndTransportRefusals_areJournaled_adminCallsAreNeitherLimitedNorJournaled() throws IOException {
    StubConfig c = AdminTestSupport.defaultWithAdmin();
    StubConfig limited = new StubConfig(new StubConfig.Limits(null, 1, null), c.lifecycle(), c.credentials(),
        c.clusters(), c.admin());
    try (StubServer throttled = StubServer.start("127.0.0.1", 0, limited)) {
      AdminTestSupport.api(throttled, "GET", CREATE, null);
      assertEquals(429, AdminTestSupport.api(throttled, "GET", CREATE, null).statusCode());
      String noHost = raw(throttled, "GET /kafka/v3/clusters HTTP/1.1\r\nConnection: close\r\n\r\n");

      for (int i = 0; i < 3; i++) {
        assertEquals(200, AdminTestSupport.admin(throttled, "GET", "/__admin/faults", null).statusCode());
      }
      JsonNode requests = json(AdminTestSupport.admin(throttled, "GET", "/__admin/requests", null)).get("requests");

      assertTrue(noHost.startsWith("HTTP/1.1 400") || noHost.startsWith("HTTP/1.1 429"), noHost);
      assertEquals(List.of(200, 429), requests.findValues("status").stream().map(JsonNode::asInt).toList()
          .subList(0, 2));
      assertTrue(requests.get(1).get("response_body").asText().contains("429 Too Many Requests"));
      // JDK 17.0.15 hands a request without Host to the stub, which refuses it (JSON 400, or the 429 page
      // first): journaled. Newer JDK 17 builds refuse it themselves before any handler runs (text/html,
      // no error_code), as the contract corpus's STUB_OR_JDK_REFUSES_FIRST cases say: nothing to journal.
      boolean stubAnswered = noHost.contains("\"error_code\"") || noHost.startsWith("HTTP/1.1 429");
      assertEquals(stubAnswered ? 3 : 2, requests.size(), "journaled (the stub answered the request without Host: "
          + stubAnswered + "): " + requests);
    }
  }

  private static String raw(StubServer s, String request) {
    try (Socket socket = new Socket(s.baseUri().getHost(), s.baseUri().getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Integer> ids(String query) {
    HttpResponse<byte[]> r = STUB.admin("GET", "/__admin/requests" + query, null);
    assertEquals(200, r.statusCode(), text(r));
    return json(r).get("requests").findValues("id").stream().map(JsonNode::asInt).toList();
  }
}
