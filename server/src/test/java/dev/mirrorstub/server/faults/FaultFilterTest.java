package dev.mirrorstub.server.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mirrorstub.server.StubApplication;
import dev.mirrorstub.server.StubServer;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
import dev.mirrorstub.server.domain.MirrorTopic;
import dev.mirrorstub.server.errors.ErrorResponses;
import dev.mirrorstub.server.security.AuthorizationHeaders;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultFilterTest {

  private static final String CONFIG = """
      credentials:
        - {api_key: k1, api_secret: s1}
      clusters:
        - id: east
          links:
            - name: to-west
              prefix: w_
              source_topics: [{name: clicks, partitions: 2}, {name: views}]
            - name: to-north
              source_topics: [{name: clicks}]
      """;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final FaultInjector faults = new FaultInjector();
  private StubConfig config;
  private StubServer server;
  private InMemoryMirrorService mirrors;

  @BeforeEach
  void start() throws Exception {
    config = StubConfig.parse(CONFIG);
    mirrors = new InMemoryMirrorService(config);
    server = StubServer.start("127.0.0.1", 0, config, mirrors, faults);
  }

  @AfterEach
  void stop() {
    server.closeNow();
  }

  @Test
  void createMirror_tooManyRequestsFault_returnsJettyHtml429BeforeAuthentication() throws Exception {
    faults.next(1).tooManyRequests();

    HttpResponse<String> response = post("east", "to-west", "{\"source_topic_name\":\"clicks\"}", "k1", "wrong");

    assertEquals(429, response.statusCode());
    assertEquals("text/html;charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(ErrorResponses.tooManyRequestsPage("/kafka/v3/clusters/east/links/to-west/mirrors"), response.body());
    assertTrue(response.headers().firstValue("Retry-After").isEmpty());
    assertTrue(created().isEmpty());
  }

  @Test
  void createMirror_tooManyRequestsFaultWithRetryAfter_sendsRetryAfterSeconds() throws Exception {
    faults.next(1).retryAfter(Duration.ofSeconds(7)).tooManyRequests();

    HttpResponse<String> response = post("east", "to-west", "{\"source_topic_name\":\"clicks\"}");

    assertEquals(429, response.statusCode());
    assertEquals("7", response.headers().firstValue("Retry-After").orElseThrow());
  }

  @Test
  void createMirror_internalErrorFault_returns500With50003AndCreatesNothing() throws Exception {
    faults.next(1).internalError();

    HttpResponse<String> response = post("east", "to-west", "{\"source_topic_name\":\"clicks\"}");

    assertError(response, 500, 50003, "Timed out while fetching topic information over cluster link 'to-west'.");
    assertTrue(created().isEmpty());
  }

  @Test
  void createMirror_serviceUnavailableFaultWithHttpDate_returns503With50302() throws Exception {
    faults.next(1).retryAfter(java.time.Instant.parse("2031-03-04T05:06:07Z")).serviceUnavailable();

    HttpResponse<String> response = post("east", "to-west", "{\"source_topic_name\":\"clicks\"}");

    assertError(response, 503, 50302, "Broker not available.");
    assertEquals("Tue, 04 Mar 2031 05:06:07 GMT", response.headers().firstValue("Retry-After").orElseThrow());
  }

  @Test
  void createMirror_customServerErrorFault_returnsThatStatusAndBody() throws Exception {
    faults.next(1).serverError(501, 501, "Not Implemented");

    assertError(post("east", "to-west", "{\"source_topic_name\":\"clicks\"}"), 501, 501, "Not Implemented");
  }

  @Test
  void createMirror_twoFaultsArmed_thirdCallSucceeds() throws Exception {
    Fault fault = faults.next(2).serviceUnavailable();

    assertEquals(503, post("east", "to-west", "{\"source_topic_name\":\"clicks\"}").statusCode());
    assertEquals(503, post("east", "to-west", "{\"source_topic_name\":\"clicks\"}").statusCode());
    assertEquals(204, post("east", "to-west", "{\"source_topic_name\":\"clicks\"}").statusCode());
    assertEquals(2, fault.injected());
    assertEquals(3, faults.calls());
    assertEquals(List.of("w_clicks"), created().stream().map(MirrorTopic::mirrorTopicName).toList());
  }

  @Test
  void createMirror_faultOnOtherLink_answersNormally() throws Exception {
    Fault fault = faults.everyCall().onLink("east", "to-north").internalError();

    assertEquals(204, post("east", "to-west", "{\"source_topic_name\":\"clicks\"}").statusCode());
    assertEquals(500, post("east", "to-north", "{\"source_topic_name\":\"clicks\"}").statusCode());
    assertEquals(1, fault.injected());
  }

  @Test
  void createMirror_afterProcessingFault_createsTheMirrorButAnswers500() throws Exception {
    faults.next(1).afterProcessing().internalError();

    HttpResponse<String> first = post("east", "to-west", "{\"source_topic_name\":\"clicks\"}");
    HttpResponse<String> retry = post("east", "to-west", "{\"source_topic_name\":\"clicks\"}");

    assertError(first, 500, 50003, "Timed out while fetching topic information over cluster link 'to-west'.");
    assertEquals(List.of("w_clicks"), created().stream().map(MirrorTopic::mirrorTopicName).toList());
    assertError(retry, 400, 40002, "Topic 'w_clicks' already exists.");
  }

  @Test
  void createMirror_afterProcessingFaultOnRejectedCall_replacesTheRejection() throws Exception {
    faults.next(1).afterProcessing().serviceUnavailable();

    HttpResponse<String> response = post("east", "to-west", "{\"source_topic_name\":\"no-such-topic\"}");

    assertError(response, 503, 50302, "Broker not available.");
    assertTrue(created().isEmpty());
  }

  @Test
  void createMirror_delayFault_answersNormallyAfterTheDelay() throws Exception {
    faults.next(1).delay(Duration.ofMillis(300));

    long start = System.nanoTime();
    HttpResponse<String> response = post("east", "to-west", "{\"source_topic_name\":\"clicks\"}");
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;

    assertEquals(204, response.statusCode());
    assertTrue(elapsedMs >= 300, "answered after " + elapsedMs + " ms");
    assertEquals(1, created().size());
  }

  @Test
  void createMirror_delayAfterProcessing_createsBeforeAnswering() throws Exception {
    faults.next(1).afterProcessing().delay(Duration.ofMillis(200));

    long start = System.nanoTime();
    HttpResponse<String> response = post("east", "to-west", "{\"source_topic_name\":\"views\"}");
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;

    assertEquals(204, response.statusCode());
    assertTrue(elapsedMs >= 200, "answered after " + elapsedMs + " ms");
  }

  @Test
  void createMirror_afterProcessingFault_replacesTheRefusalOfAFilterToo() throws Exception {
    faults.next(1).afterProcessing().serviceUnavailable();

    HttpResponse<String> response = post("east", "to-west", "{\"source_topic_name\":\"clicks\"}", "k1", "wrong");

    assertError(response, 503, 50302, "Broker not available.");
    assertTrue(created().isEmpty());
  }

  @Test
  void createMirror_noFaultArmed_answersAsWithoutInjector() throws Exception {
    assertError(post("east", "to-west", "{\"source_topic_name\":\"clicks\"}", "k1", "wrong"),
        401, 40101, "Authentication failed");
    assertEquals(204, post("east", "to-west", "{\"source_topic_name\":\"clicks\"}").statusCode());
  }

  @Test
  void create_withoutFaultInjector_registersNoFaultFilter() {
    InMemoryMirrorService service = new InMemoryMirrorService(config);

    assertFalse(StubApplication.create(config, service).getInstances().stream()
        .anyMatch(FaultFilter.class::isInstance));
    assertTrue(StubApplication.create(config, service, faults).getInstances().stream()
        .anyMatch(FaultFilter.class::isInstance));
  }

  private List<MirrorTopic> created() {
    return mirrors.mirrors("east");
  }

  private HttpResponse<String> post(String cluster, String link, String body) throws Exception {
    return post(cluster, link, body, "k1", "s1");
  }

  private HttpResponse<String> post(String cluster, String link, String body, String key, String secret)
      throws Exception {
    HttpRequest request = HttpRequest.newBuilder(
            URI.create(server.baseUri() + "/kafka/v3/clusters/" + cluster + "/links/" + link + "/mirrors"))
        .header("Authorization", AuthorizationHeaders.basic(key, secret))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static void assertError(HttpResponse<String> response, int status, int errorCode, String message)
      throws Exception {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
    JsonNode expected = JSON.createObjectNode().put("error_code", errorCode).put("message", message);
    assertEquals(expected, JSON.readTree(response.body()));
  }
}
