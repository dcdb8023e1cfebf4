package dev.mirrorstub.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.client.generated.invoker.ApiException;
import dev.mirrorstub.client.generated.model.CreateMirrorTopicRequestData;
import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResilientMirrorClientTest {

  private static final Instant T0 = Instant.parse("2030-06-01T12:00:00Z");
  private static final RetryPolicy POLICY = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(500),
      Duration.ofMinutes(1));
  private static final CreateMirrorTopicRequestData PAYMENTS = new CreateMirrorTopicRequestData().sourceTopicName("payments");

  private final ScriptedApi api = new ScriptedApi();
  private final FakeTime time = new FakeTime(T0);

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  private ResilientMirrorClient client(RetryPolicy policy, double jitter) {
    return ResilientMirrorClient.builder(api).policy(policy).sleeper(time).clock(time).random(() -> jitter).build();
  }

  private ResilientMirrorClient client() {
    return client(POLICY, 0.5);
  }

  @Test
  void createMirrorTopic_firstCallSucceeds_returnsOneAttemptWithoutWaiting() throws Exception {
    ResilientMirrorClient.Outcome outcome = client().createMirrorTopic("c", "l", PAYMENTS);

    assertEquals(new ResilientMirrorClient.Outcome(1, false), outcome);
    assertTrue(time.waits.isEmpty());
  }

  @Test
  void createMirrorTopic_429Then503_retriesUntilSuccess() throws Exception {
    api.tooManyRequests(Map.of()).error(503, 50302, "Broker not available.").success();

    ResilientMirrorClient.Outcome outcome = client().createMirrorTopic("c", "l", PAYMENTS);

    assertEquals(new ResilientMirrorClient.Outcome(3, false), outcome);
    assertEquals(3, api.calls);
    assertEquals(List.of(Duration.ofMillis(50), Duration.ofMillis(100)), time.waits);
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504, 599})
  void createMirrorTopic_retriable5xx_isRetried(int status) throws Exception {
    api.error(status, status, "failure").success();

    assertEquals(2, client().createMirrorTopic("c", "l", PAYMENTS).attempts());
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 413, 415, 422, 501})
  void createMirrorTopic_finalStatus_isNotRetried(int status) {
    api.error(status, status, "no").success();

    ApiException e = assertThrows(ApiException.class, () -> client().createMirrorTopic("c", "l", PAYMENTS));

    assertEquals(status, e.getCode());
    assertEquals(1, api.calls);
    assertTrue(time.waits.isEmpty());
  }

  @Test
  void createMirrorTopic_failsEveryTime_givesUpAfterMaxAttemptsWithTheLastFailure() {
    for (int i = 1; i <= 6; i++) {
      api.error(500, 50003, "attempt " + i);
    }

    ApiException e = assertThrows(ApiException.class, () -> client().createMirrorTopic("c", "l", PAYMENTS));

    assertEquals(5, api.calls);
    assertEquals("attempt 5", MirrorApiErrors.error(e).orElseThrow().getMessage());
    assertEquals(4, e.getSuppressed().length);
    assertEquals(4, time.waits.size());
  }

  @Test
  void createMirrorTopic_backoff_doublesUpToTheCapWithFullJitter() {
    for (int i = 0; i < 5; i++) {
      api.error(503, 50302, "Broker not available.");
    }

    assertThrows(ApiException.class, () -> client(POLICY, 0.75).createMirrorTopic("c", "l", PAYMENTS));

    assertEquals(List.of(Duration.ofMillis(75), Duration.ofMillis(150), Duration.ofMillis(300),
        Duration.ofMillis(375)), time.waits);
  }

  @Test
  void createMirrorTopic_retryAfterSeconds_waitsWhatTheServerAsked() throws Exception {
    api.tooManyRequests(Map.of("Retry-after", List.of("3"))).success();

    client().createMirrorTopic("c", "l", PAYMENTS);

    assertEquals(List.of(Duration.ofSeconds(3)), time.waits);
  }

  @Test
  void createMirrorTopic_retryAfterHttpDate_waitsUntilThatTime() throws Exception {
    api.error(503, 50302, "Broker not available.", Map.of("retry-after", List.of("Sat, 01 Jun 2030 12:00:07 GMT")))
        .success();

    client().createMirrorTopic("c", "l", PAYMENTS);

    assertEquals(List.of(Duration.ofSeconds(7)), time.waits);
  }

  @Test
  void createMirrorTopic_retryAfterUnreadable_fallsBackToBackoff() throws Exception {
    api.tooManyRequests(Map.of("Retry-After", List.of("soon"))).success();

    client().createMirrorTopic("c", "l", PAYMENTS);

    assertEquals(List.of(Duration.ofMillis(50)), time.waits);
  }

  @Test
  void createMirrorTopic_retryAfterBeyondTotalTime_givesUpWithoutWaiting() {
    api.tooManyRequests(Map.of("Retry-After", List.of("120"))).success();

    ApiException e = assertThrows(ApiException.class, () -> client().createMirrorTopic("c", "l", PAYMENTS));

    assertEquals(429, e.getCode());
    assertEquals(1, api.calls);
    assertTrue(time.waits.isEmpty());
  }

  @Test
  void createMirrorTopic_totalTimeRunsOut_givesUpBeforeMaxAttempts() {
    RetryPolicy slow = new RetryPolicy(10, Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(25));
    for (int i = 0; i < 10; i++) {
      api.error(500, 50003, "Timed out");
    }

    assertThrows(ApiException.class, () -> client(slow, 0.9).createMirrorTopic("c", "l", PAYMENTS));

    assertEquals(List.of(Duration.ofSeconds(9)), time.waits);
    assertEquals(2, api.calls);
  }

  @Test
  void createMirrorTopic_alreadyExistsAfter500_countsAsCreatedByTheEarlierAttempt() throws Exception {
    api.error(500, 50003, "Timed out").error(400, 40002, "Topic 'dc2.payments' already exists.");

    ResilientMirrorClient.Outcome outcome = client().createMirrorTopic("c", "l", PAYMENTS);

    assertEquals(new ResilientMirrorClient.Outcome(2, true), outcome);
  }

  @Test
  void createMirrorTopic_alreadyExistsAfterReadTimeout_countsAsCreatedByTheEarlierAttempt() throws Exception {
    CreateMirrorTopicRequestData named = new CreateMirrorTopicRequestData().sourceTopicName("payments")
        .mirrorTopicName("dc2.payments");
    api.noAnswer(new ProcessingException(new SocketTimeoutException("Read timed out")))
        .error(400, 40002, "Topic 'dc2.payments' already exists.");

    assertTrue(client().createMirrorTopic("c", "l", named).createdByEarlierAttempt());
  }

  @Test
  void createMirrorTopic_alreadyExistsAfterOnly429_isAnError() {
    api.tooManyRequests(Map.of()).error(400, 40002, "Topic 'dc2.payments' already exists.");

    ApiException e = assertThrows(ApiException.class, () -> client().createMirrorTopic("c", "l", PAYMENTS));

    assertEquals(400, e.getCode());
  }

  @Test
  void createMirrorTopic_alreadyExistsAfterConnectionRefused_isAnError() {
    api.noAnswer(new ProcessingException(new ConnectException("Connection refused")))
        .error(400, 40002, "Topic 'dc2.payments' already exists.");

    assertEquals(400, assertThrows(ApiException.class,
        () -> client().createMirrorTopic("c", "l", PAYMENTS)).getCode());
    assertEquals(2, api.calls);
  }

  @Test
  void createMirrorTopic_alreadyExistsOnFirstAttempt_isAnError() {
    api.error(400, 40002, "Topic 'dc2.payments' already exists.");

    assertThrows(ApiException.class, () -> client().createMirrorTopic("c", "l", PAYMENTS));
  }

  @Test
  void createMirrorTopic_otherMirrorExistsAfter500_isAnError() {
    CreateMirrorTopicRequestData named = new CreateMirrorTopicRequestData().sourceTopicName("payments")
        .mirrorTopicName("dc2.payments");
    api.error(500, 50003, "Timed out").error(400, 40002, "Topic 'payments' already exists.");

    assertThrows(ApiException.class, () -> client().createMirrorTopic("c", "l", named));
  }

  @Test
  void createMirrorTopic_otherBadRequestAfter500_isAnError() {
    api.error(500, 50003, "Timed out").error(400, 40002, "Replication factor: 4 larger than available brokers: 3.");

    assertThrows(ApiException.class, () -> client().createMirrorTopic("c", "l", PAYMENTS));
  }

  @Test
  void createMirrorTopic_noAnswerEveryTime_throwsCode0WithTheIoErrorAsCause() {
    for (int i = 0; i < 5; i++) {
      api.noAnswer(new ProcessingException(new ConnectException("Connection refused")));
    }

    ApiException e = assertThrows(ApiException.class, () -> client().createMirrorTopic("c", "l", PAYMENTS));

    assertEquals(0, e.getCode());
    assertInstanceOf(ProcessingException.class, e.getCause());
    assertEquals(5, api.calls);
  }

  @Test
  void createMirrorTopic_processingErrorWithoutIo_isNotRetried() {
    api.noAnswer(new ProcessingException("cannot serialize the body"));

    assertThrows(ApiException.class, () -> client().createMirrorTopic("c", "l", PAYMENTS));
    assertEquals(1, api.calls);
  }

  @Test
  void createMirrorTopic_interruptedWhileWaiting_stopsAndKeepsTheInterrupt() {
    api.error(503, 50302, "Broker not available.").success();
    ResilientMirrorClient interrupted = ResilientMirrorClient.builder(api).policy(POLICY)
        .sleeper(d -> {
          throw new InterruptedException();
        }).build();

    ApiException e = assertThrows(ApiException.class, () -> interrupted.createMirrorTopic("c", "l", PAYMENTS));

    assertEquals(503, e.getCode());
    assertInstanceOf(InterruptedException.class, e.getSuppressed()[0]);
    assertTrue(Thread.currentThread().isInterrupted());
    assertEquals(1, api.calls);
  }

  @Test
  void createMirrorTopic_nullRequest_isRejectedBeforeAnyCall() {
    assertThrows(NullPointerException.class, () -> client().createMirrorTopic("c", "l", null));
    assertFalse(api.calls > 0);
  }
}
