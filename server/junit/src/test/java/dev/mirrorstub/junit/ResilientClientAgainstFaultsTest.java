package dev.mirrorstub.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mirrorstub.client.MirrorApiClient;
import dev.mirrorstub.client.MirrorApiErrors;
import dev.mirrorstub.client.ResilientMirrorClient;
import dev.mirrorstub.client.RetryPolicy;
import dev.mirrorstub.client.generated.invoker.ApiException;
import dev.mirrorstub.client.generated.model.CreateMirrorTopicRequestData;
import dev.mirrorstub.server.faults.FaultInjector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The resilient client against the real stub, made to misbehave by fault injection. Waits are recorded, not slept. */
class ResilientClientAgainstFaultsTest {

  @RegisterExtension
  static final MirrorStubExtension STUB = MirrorStubExtension.builder()
      .cluster("east", c -> c
          .link("to-west", l -> l.prefix("w_").sourceTopic("clicks", 4).existingMirror("views").sourceTopic("views", 1))
          .link("to-north", l -> l.sourceTopic("clicks", 4)))
      .faultInjection()
      .build();

  private static final RetryPolicy POLICY = RetryPolicy.DEFAULT.withMaxAttempts(4);
  private static final CreateMirrorTopicRequestData CLICKS = new CreateMirrorTopicRequestData().sourceTopicName("clicks");

  private final List<Duration> waits = new ArrayList<>();
  private FaultInjector faults;

  @BeforeEach
  void faults() {
    faults = STUB.faults();
  }

  private ResilientMirrorClient client(MirrorApiClient api) {
    return ResilientMirrorClient.builder(api).policy(POLICY).sleeper(waits::add).build();
  }

  private ResilientMirrorClient client() {
    return client(STUB.client());
  }

  @Test
  void createMirrorTopic_twoServiceUnavailable_succeedsOnTheThirdAttempt() throws Exception {
    faults.next(2).serviceUnavailable();

    ResilientMirrorClient.Outcome outcome = client().createMirrorTopic("east", "to-west", CLICKS);

    assertEquals(new ResilientMirrorClient.Outcome(3, false), outcome);
    assertEquals(3, faults.calls());
    assertEquals(2, waits.size());
    assertEquals(1, STUB.createdMirrors().size());
  }

  @Test
  void createMirrorTopic_rateLimitedWithRetryAfter_waitsWhatTheStubAsked() throws Exception {
    faults.next(1).retryAfter(Duration.ofSeconds(2)).tooManyRequests();

    client().createMirrorTopic("east", "to-west", CLICKS);

    assertEquals(List.of(Duration.ofSeconds(2)), waits);
  }

  @Test
  void createMirrorTopic_answerLostAfterCreation_reportsCreatedByTheEarlierAttempt() throws Exception {
    faults.next(1).afterProcessing().internalError();

    ResilientMirrorClient.Outcome outcome = client().createMirrorTopic("east", "to-west", CLICKS);

    assertEquals(new ResilientMirrorClient.Outcome(2, true), outcome);
    assertEquals(1, STUB.createdMirrors().size());
  }

  @Test
  void createMirrorTopic_readTimeoutWhileTheStubCreates_reportsCreatedByTheEarlierAttempt() throws Exception {
    // The stub holds the answer far longer than the client waits; the margin covers a cold JVM's first calls.
    faults.next(1).afterProcessing().delay(Duration.ofSeconds(4));
    MirrorApiClient api = MirrorApiClient.basic(STUB.baseUri(), MirrorStubBuilder.DEFAULT_API_KEY,
        MirrorStubBuilder.DEFAULT_API_SECRET);
    api.setReadTimeout(1000);

    ResilientMirrorClient.Outcome outcome = client(api).createMirrorTopic("east", "to-west", CLICKS);

    assertEquals(new ResilientMirrorClient.Outcome(2, true), outcome);
    assertEquals(2, faults.calls());
  }

  @Test
  void createMirrorTopic_rateLimitedAndTheMirrorExistedBefore_isAnError() {
    faults.next(1).tooManyRequests();
    CreateMirrorTopicRequestData views = new CreateMirrorTopicRequestData().sourceTopicName("views");

    ApiException e = assertThrows(ApiException.class, () -> client().createMirrorTopic("east", "to-west", views));

    assertEquals(400, e.getCode());
    assertEquals(40002, MirrorApiErrors.errorCode(e).orElseThrow());
  }

  @Test
  void createMirrorTopic_notImplemented_isNotRetried() {
    faults.next(1).serverError(501, 501, "Not Implemented");

    ApiException e = assertThrows(ApiException.class, () -> client().createMirrorTopic("east", "to-west", CLICKS));

    assertEquals(501, e.getCode());
    assertEquals(1, faults.calls());
  }

  @Test
  void createMirrorTopic_unavailableOnEveryCall_givesUpAfterMaxAttempts() {
    faults.everyCall().internalError();

    ApiException e = assertThrows(ApiException.class, () -> client().createMirrorTopic("east", "to-west", CLICKS));

    assertEquals(500, e.getCode());
    assertEquals(50003, MirrorApiErrors.errorCode(e).orElseThrow());
    assertEquals(4, faults.calls());
    assertEquals(3, e.getSuppressed().length);
    assertEquals(0, STUB.createdMirrors().size());
  }

  @Test
  void createMirrorTopic_faultsOnAnotherLink_leaveThisLinkAlone() throws Exception {
    faults.everyCall().onLink("east", "to-north").serviceUnavailable();

    assertEquals(1, client().createMirrorTopic("east", "to-west", CLICKS).attempts());
    assertThrows(ApiException.class, () -> client().createMirrorTopic("east", "to-north", CLICKS));
  }
}
