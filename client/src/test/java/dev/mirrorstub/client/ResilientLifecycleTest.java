package dev.mirrorstub.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.client.generated.invoker.ApiException;
import dev.mirrorstub.client.generated.model.AlterMirrorStatusResponseData;
import dev.mirrorstub.client.generated.model.AlterMirrorStatusResponseDataList;
import dev.mirrorstub.client.generated.model.CreateLinkRequestData;
import dev.mirrorstub.client.generated.model.ListLinksResponseData;
import dev.mirrorstub.client.generated.model.MirrorTopicData;
import dev.mirrorstub.client.generated.model.MirrorTopicStatus;
import jakarta.ws.rs.ProcessingException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The lifecycle calls of {@link ResilientMirrorClient}: what is retried, what is returned as is, waiting for a status. */
class ResilientLifecycleTest {

  private static final Instant T0 = Instant.parse("2030-06-01T12:00:00Z");
  private static final RetryPolicy POLICY = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(500),
      Duration.ofMinutes(1));
  private static final Duration POLL = Duration.ofMillis(300);
  private static final List<String> NAMES = List.of("m", "n");

  private final ScriptedApi api = new ScriptedApi();
  private final FakeTime time = new FakeTime(T0);
  private final ResilientMirrorClient client = ResilientMirrorClient.builder(api).topics(api.topics())
      .policy(POLICY).sleeper(time).clock(time).random(() -> 0.5).pollInterval(POLL).build();

  @FunctionalInterface
  private interface Alter {
    AlterMirrorStatusResponseDataList call(ResilientMirrorClient client) throws ApiException;
  }

  static Stream<Arguments> alterOperations() {
    return Stream.of(
        Arguments.of("pause c l [m, n] validateOnly=null", (Alter) c -> c.pauseMirrorTopics("c", "l", NAMES)),
        Arguments.of("resume c l [m, n] validateOnly=null", (Alter) c -> c.resumeMirrorTopics("c", "l", NAMES)),
        Arguments.of("promote c l [m, n] validateOnly=null", (Alter) c -> c.promoteMirrorTopics("c", "l", NAMES)),
        Arguments.of("failover c l [m, n] validateOnly=null", (Alter) c -> c.failoverMirrorTopics("c", "l", NAMES)),
        Arguments.of("reverseAndStart c l [m, n] validateOnly=null",
            (Alter) c -> c.reverseAndStartMirrorTopics("c", "l", NAMES)),
        Arguments.of("reverseAndPause c l [m, n] validateOnly=null",
            (Alter) c -> c.reverseAndPauseMirrorTopics("c", "l", NAMES)),
        Arguments.of("restore c l [m, n] validateOnly=null partitions=true",
            (Alter) c -> c.truncateAndRestoreMirrorTopics("c", "l", NAMES, true)));
  }

  private static AlterMirrorStatusResponseDataList items(AlterMirrorStatusResponseData... items) {
    return new AlterMirrorStatusResponseDataList().kind("KafkaPromoteMirror").data(List.of(items));
  }

  private static AlterMirrorStatusResponseData moved(String name) {
    return new AlterMirrorStatusResponseData().mirrorTopicName(name);
  }

  private static AlterMirrorStatusResponseData refused(String name, String message) {
    return new AlterMirrorStatusResponseData().mirrorTopicName(name).errorCode(400).errorMessage(message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("alterOperations")
  void alter_perMirrorErrorsIn200_returnedAsIsWithoutRetry(String call, Alter alter) throws Exception {
    AlterMirrorStatusResponseDataList answer = items(moved("m"),
        refused("n", "Topic 'n' has already stopped its mirror from 'l'"));
    api.success(answer).success(items(moved("n")));

    assertSame(answer, alter.call(client));

    assertEquals(List.of(call), api.log);
    assertTrue(time.waits.isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("alterOperations")
  void alter_429Then503_retriedUntilThe200(String call, Alter alter) throws Exception {
    AlterMirrorStatusResponseDataList answer = items(moved("m"), moved("n"));
    api.tooManyRequests(Map.of()).error(503, 50302, "Broker not available.").success(answer);

    assertSame(answer, alter.call(client));

    assertEquals(List.of(call, call, call), api.log);
    assertEquals(List.of(Duration.ofMillis(50), Duration.ofMillis(100)), time.waits);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("alterOperations")
  void alter_finalStatus_isNotRetried(String call, Alter alter) {
    api.error(404, 404, "The cluster link doesn't exist: Cluster link 'l' does not exist.").success(items());

    ApiException e = assertThrows(ApiException.class, () -> alter.call(client));

    assertEquals(404, e.getCode());
    assertEquals(1, api.calls);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 413, 415, 422, 501})
  void promote_finalStatus_isNotRetried(int status) {
    api.error(status, status, "no");

    assertThrows(ApiException.class, () -> client.promoteMirrorTopics("c", "l", NAMES));
    assertEquals(1, api.calls);
  }

  @Test
  void promote_nullNames_isRejectedBeforeAnyCall() {
    assertThrows(NullPointerException.class, () -> client.promoteMirrorTopics("c", "l", null));
    assertEquals(0, api.calls);
  }

  @Test
  void createLink_alreadyExistsAfter500_countsAsCreatedByTheEarlierAttempt() throws Exception {
    api.error(500, 50003, "Timed out").error(400, 40002, "Cluster link 'l' already exists.");

    assertEquals(new ResilientMirrorClient.Outcome(2, true), client.createLink("c", "l", new CreateLinkRequestData()));
    assertEquals(List.of("createLink c l", "createLink c l"), api.log);
  }

  @Test
  void createLink_alreadyExistsOnFirstAttempt_isAnError() {
    api.error(400, 40002, "Cluster link 'l' already exists.");

    ApiException e = assertThrows(ApiException.class, () -> client.createLink("c", "l", new CreateLinkRequestData()));
    assertEquals(400, e.getCode());
  }

  @Test
  void createLink_anotherLinkExistsAfter500_isAnError() {
    api.error(500, 50003, "Timed out").error(400, 40002, "Cluster link 'l2' already exists.");

    assertThrows(ApiException.class, () -> client.createLink("c", "l", new CreateLinkRequestData()));
  }

  @Test
  void getLink_502ThenTheLink_retried() throws Exception {
    ListLinksResponseData link = new ListLinksResponseData().linkName("l");
    api.error(502, 502, "Bad gateway").success(link);

    assertSame(link, client.getLink("c", "l"));
    assertEquals(2, api.calls);
  }

  @Test
  void deleteLink_linkNotFoundAfterLostAnswer_countsAsDone() throws Exception {
    api.noAnswer(new ProcessingException(new SocketTimeoutException("Read timed out")))
        .error(404, 404, "The cluster link doesn't exist: Cluster link 'l' does not exist.");

    assertEquals(2, client.deleteLink("c", "l", true));
    assertEquals(List.of("deleteLink c l force=true", "deleteLink c l force=true"), api.log);
  }

  @Test
  void deleteLink_linkNotFoundOnFirstAttempt_isAnError() {
    api.error(404, 404, "The cluster link doesn't exist: Cluster link 'l' does not exist.");

    assertThrows(ApiException.class, () -> client.deleteLink("c", "l", false));
    assertEquals(List.of("deleteLink c l force=null"), api.log);
  }

  @Test
  void deleteLink_clusterNotFoundAfter503_isAnError() {
    api.error(503, 50302, "Broker not available.").error(404, 404, "Cluster c cannot be found.");

    ApiException e = assertThrows(ApiException.class, () -> client.deleteLink("c", "l", false));
    assertEquals("Cluster c cannot be found.", MirrorApiErrors.error(e).orElseThrow().getMessage());
  }

  @Test
  void deleteLink_inUse403_isNotRetried() {
    api.error(403, 403, "Cluster link 'l' with ID 'x' is in use by mirror topics: m.");

    assertThrows(ApiException.class, () -> client.deleteLink("c", "l", false));
    assertEquals(1, api.calls);
  }

  @Test
  void deleteTopic_unknownTopicAfter500_countsAsDone() throws Exception {
    api.error(500, 50003, "Timed out").error(404, 40403, "This server does not host this topic-partition.");

    assertEquals(2, client.deleteTopic("c", "m"));
    assertEquals(List.of("deleteTopic c m", "deleteTopic c m"), api.log);
  }

  @Test
  void deleteTopic_unknownTopicOnFirstAttempt_isAnError() {
    api.error(404, 40403, "This server does not host this topic-partition.");

    ApiException e = assertThrows(ApiException.class, () -> client.deleteTopic("c", "m"));
    assertEquals(40403, MirrorApiErrors.errorCode(e).orElseThrow());
  }

  @Test
  void readMirrorTopic_503ThenTheMirror_retried() throws Exception {
    api.error(503, 50302, "Broker not available.").mirror(MirrorTopicStatus.ACTIVE);

    assertEquals(MirrorTopicStatus.ACTIVE, client.readMirrorTopic("c", "l", "m").getMirrorStatus());
    assertEquals(List.of("read c l m", "read c l m"), api.log);
  }

  @Test
  void awaitMirrorStatus_pendingStoppedThenStopped_returnsTheStoppedMirror() throws Exception {
    api.mirror(MirrorTopicStatus.PENDING_STOPPED).mirror(MirrorTopicStatus.PENDING_STOPPED)
        .mirror(MirrorTopicStatus.STOPPED);

    MirrorTopicData stopped = client.awaitMirrorStatus("c", "l", "m", MirrorTopicStatus.STOPPED, Duration.ofSeconds(5));

    assertEquals(MirrorTopicStatus.STOPPED, stopped.getMirrorStatus());
    assertEquals(3, api.calls);
    assertEquals(List.of(POLL, POLL), time.waits);
  }

  @Test
  void awaitMirrorStatus_alreadyThere_readsOnce() throws Exception {
    api.mirror(MirrorTopicStatus.STOPPED);

    client.awaitMirrorStatus("c", "l", "m", MirrorTopicStatus.STOPPED, Duration.ofSeconds(5));

    assertEquals(1, api.calls);
    assertTrue(time.waits.isEmpty());
  }

  @Test
  void awaitMirrorStatus_restoreSteps_waitsThroughEachPendingStatus() throws Exception {
    api.mirror(MirrorTopicStatus.PENDING_SETUP_FOR_RESTORE).mirror(MirrorTopicStatus.PENDING_RESTORE)
        .mirror(MirrorTopicStatus.ACTIVE);

    MirrorTopicData active = client.awaitMirrorStatus("c", "l", "m",
        EnumSet.of(MirrorTopicStatus.ACTIVE, MirrorTopicStatus.PAUSED), Duration.ofSeconds(5));

    assertEquals(MirrorTopicStatus.ACTIVE, active.getMirrorStatus());
    assertEquals(3, api.calls);
  }

  @Test
  void awaitMirrorStatus_failed_throwsAtOnceWithTheMirrorError() {
    api.success(new MirrorTopicData().mirrorTopicName("m").mirrorStatus(MirrorTopicStatus.FAILED)
        .mirrorTopicError("SOURCE_TOPIC_MAY_BE_DELETED"));

    MirrorStatusException e = assertThrows(MirrorStatusException.class,
        () -> client.awaitMirrorStatus("c", "l", "m", MirrorTopicStatus.STOPPED, Duration.ofSeconds(5)));

    assertFalse(e.timedOut());
    assertEquals(MirrorTopicStatus.FAILED, e.lastRead().getMirrorStatus());
    assertTrue(e.getMessage().contains("is FAILED, not one of [STOPPED]"), e.getMessage());
    assertTrue(e.getMessage().contains("SOURCE_TOPIC_MAY_BE_DELETED"), e.getMessage());
    assertTrue(time.waits.isEmpty());
  }

  @Test
  void awaitMirrorStatus_stillActiveAfterAPromote_isUnexpected() {
    api.mirror(MirrorTopicStatus.PENDING_STOPPED).mirror(MirrorTopicStatus.ACTIVE);

    MirrorStatusException e = assertThrows(MirrorStatusException.class,
        () -> client.awaitMirrorStatus("c", "l", "m", MirrorTopicStatus.STOPPED, Duration.ofSeconds(5)));

    assertFalse(e.timedOut());
    assertEquals(MirrorTopicStatus.ACTIVE, e.lastRead().getMirrorStatus());
  }

  @Test
  void awaitMirrorStatus_pendingPastTheTimeout_throwsTimedOutAfterWaitingExactlyTheTimeout() {
    for (int i = 0; i < 10; i++) {
      api.mirror(MirrorTopicStatus.PENDING_STOPPED);
    }

    MirrorStatusException e = assertThrows(MirrorStatusException.class,
        () -> client.awaitMirrorStatus("c", "l", "m", MirrorTopicStatus.STOPPED, Duration.ofSeconds(1)));

    assertTrue(e.timedOut());
    assertEquals(MirrorTopicStatus.PENDING_STOPPED, e.lastRead().getMirrorStatus());
    assertTrue(e.getMessage().contains("still PENDING_STOPPED after PT1S"), e.getMessage());
    assertEquals(List.of(POLL, POLL, POLL, Duration.ofMillis(100)), time.waits);
    assertEquals(5, api.calls);
  }

  @Test
  void awaitMirrorStatus_readFailsWith503_retriesTheRead() throws Exception {
    api.mirror(MirrorTopicStatus.PENDING_STOPPED).error(503, 50302, "Broker not available.")
        .mirror(MirrorTopicStatus.STOPPED);

    client.awaitMirrorStatus("c", "l", "m", MirrorTopicStatus.STOPPED, Duration.ofSeconds(5));

    assertEquals(List.of(POLL, Duration.ofMillis(50)), time.waits);
  }

  @Test
  void awaitMirrorStatus_mirrorGone_throwsThe404() {
    api.mirror(MirrorTopicStatus.PENDING_STOPPED).error(404, 40403, "This server does not host this topic-partition.");

    ApiException e = assertThrows(ApiException.class,
        () -> client.awaitMirrorStatus("c", "l", "m", MirrorTopicStatus.STOPPED, Duration.ofSeconds(5)));
    assertEquals(404, e.getCode());
  }

  @Test
  void awaitMirrorStatus_noStatus_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> client.awaitMirrorStatus("c", "l", "m",
        EnumSet.noneOf(MirrorTopicStatus.class), Duration.ofSeconds(1)));
    assertEquals(0, api.calls);
  }

  @Test
  void awaitMirrorStatus_interrupted_stopsAndKeepsTheInterrupt() {
    api.mirror(MirrorTopicStatus.PENDING_STOPPED);
    ResilientMirrorClient interrupted = ResilientMirrorClient.builder(api).clock(time).sleeper(d -> {
      throw new InterruptedException();
    }).build();

    assertThrows(MirrorStatusException.class,
        () -> interrupted.awaitMirrorStatus("c", "l", "m", MirrorTopicStatus.STOPPED, Duration.ofSeconds(5)));
    assertTrue(Thread.interrupted());
  }
}
