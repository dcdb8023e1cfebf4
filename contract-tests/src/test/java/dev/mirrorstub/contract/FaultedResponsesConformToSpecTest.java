package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mirrorstub.junit.MirrorStubExtension;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.faults.FaultInjector;
import dev.mirrorstub.server.security.AuthorizationHeaders;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every answer that fault injection can force is one the spec documents, validated against the spec's schemas. */
class FaultedResponsesConformToSpecTest {

  @RegisterExtension
  static final MirrorStubExtension STUB = MirrorStubExtension.builder()
      .from(StubConfig.embeddedDefault())
      .faultInjection()
      .build();

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  static Stream<Arguments> faults() {
    return Stream.of(
        fault("429", 429, null, f -> f.next(1).tooManyRequests()),
        fault("429 with Retry-After seconds", 429, null,
            f -> f.next(1).retryAfter(Duration.ofSeconds(3)).tooManyRequests()),
        fault("500 / 50003", 500, null, f -> f.next(1).internalError()),
        fault("503 / 50302 with Retry-After date", 503, null,
            f -> f.next(1).retryAfter(Instant.now().plusSeconds(5)).serviceUnavailable()),
        fault("501", 501, null, f -> f.next(1).serverError(501, 501, "Not Implemented")),
        fault("500 after the mirror was created", 500, null, f -> f.next(1).afterProcessing().internalError()),
        fault("503 after a 404", 503, "no-such-link", f -> f.next(1).afterProcessing().serviceUnavailable()),
        fault("delay", 204, null, f -> f.next(1).delay(Duration.ofMillis(50))));
  }

  /** {@code link} null: the configuration's first link, whose first source topic is mirrored. */
  private static Arguments fault(String name, int status, String link, Consumer<FaultInjector> arm) {
    return Arguments.of(name, status, link, arm);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void createMirror_injectedFault_answerConformsToTheSpec(String name, int status, String link,
      Consumer<FaultInjector> arm) throws Exception {
    arm.accept(STUB.faults());
    StubConfig.Cluster cluster = STUB.config().clusters().get(0);
    StubConfig.Link known = cluster.links().get(0);
    link = link == null ? known.name() : link;
    String body = "{\"source_topic_name\":\"" + known.sourceTopics().get(0).name() + "\"}";
    String path = "/kafka/v3/clusters/" + cluster.id() + "/links/" + link + "/mirrors";
    StubConfig.Credential key = STUB.config().credentials().get(0);

    HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(STUB.baseUri() + path))
        .header("Authorization", AuthorizationHeaders.basic(key.apiKey(), key.apiSecret()))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofByteArray());

    assertEquals(status, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
    SpecValidator.API.assertConforms(name, "POST", path, response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(null), response.body());
  }
}
