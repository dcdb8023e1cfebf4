package dev.mirrorstub.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.client.MirrorApiErrors;
import dev.mirrorstub.client.ResilientMirrorClient;
import dev.mirrorstub.client.RetryPolicy;
import dev.mirrorstub.client.generated.invoker.ApiException;
import dev.mirrorstub.client.generated.model.AlterMirrorsRequestData;
import dev.mirrorstub.client.generated.model.MirrorTopicStatus;
import dev.mirrorstub.server.domain.MirrorStatus;
import dev.mirrorstub.server.faults.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Faults on one operation of the lifecycle, and the default transition delay with its shortcut. */
class LifecycleFaultsAndTimingTest {

  private static final String C = "cluster-1";
  private static final String L = "link-sb1";
  private static final AlterMirrorsRequestData ORDERS = new AlterMirrorsRequestData().mirrorTopicNames(
      List.of("link1_orders"));

  @RegisterExtension
  static final MirrorStubExtension STUB = MirrorStubExtension.builder()
      .cluster(C, c -> c.link(L, l -> l.prefix("link1_").sourceTopic("orders", 3).existingMirror("orders")))
      .faultInjection()
      .build();

  @Test
  void promoteFault_promoteAnswers503_otherOperationsAnswerNormally() throws Exception {
    Fault fault = STUB.faults().next(1).onOperation("updateKafkaMirrorTopicsPromote").serviceUnavailable();

    STUB.client().clusterLinking().readKafkaMirrorTopic(C, L, "link1_orders", null);
    STUB.client().clusterLinking().updateKafkaMirrorTopicsPause(C, L, null, ORDERS);
    ApiException e = assertThrows(ApiException.class,
        () -> STUB.client().clusterLinking().updateKafkaMirrorTopicsPromote(C, L, null, ORDERS));

    assertEquals(503, e.getCode());
    assertEquals(50302, MirrorApiErrors.errorCode(e).orElseThrow());
    assertEquals(MirrorStatus.PAUSED, STUB.mirror(C, "link1_orders").status());
    assertEquals(1, fault.injected());
    assertNull(STUB.client().clusterLinking().updateKafkaMirrorTopicsPromote(C, L, null, ORDERS).getData().get(0)
        .getErrorCode());
  }

  @Test
  void promoteFault_resilientClientRetriesIt() throws Exception {
    STUB.faults().next(2).onLink(C, L).onOperation("updateKafkaMirrorTopicsPromote").internalError();
    List<Duration> waits = new ArrayList<>();
    ResilientMirrorClient client = ResilientMirrorClient.builder(STUB.client())
        .policy(RetryPolicy.DEFAULT.withMaxAttempts(4)).sleeper(waits::add).build();

    assertNull(client.promoteMirrorTopics(C, L, List.of("link1_orders")).getData().get(0).getErrorCode());

    assertEquals(2, waits.size());
    assertEquals(3, STUB.faults().calls());
  }

  @Test
  void onOperation_unknownId_isRefusedListingTheSpecsIds() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> STUB.faults().next(1).onOperation("promote"));

    assertTrue(e.getMessage().contains("updateKafkaMirrorTopicsPromote"), e.getMessage());
    assertTrue(e.getMessage().contains("deleteKafkaTopic"), e.getMessage());
    assertEquals(21, STUB.faults().operationIds().size());
  }

  @Test
  void promote_defaultDelay_pendingStoppedUntilCompletedOrAwaited() throws Exception {
    STUB.client().clusterLinking().updateKafkaMirrorTopicsPromote(C, L, null, ORDERS);
    assertEquals(MirrorStatus.PENDING_STOPPED, STUB.mirror(C, "link1_orders").status());

    STUB.completePendingTransitions();

    assertEquals(MirrorTopicStatus.STOPPED,
        STUB.client().clusterLinking().readKafkaMirrorTopic(C, L, "link1_orders", null).getMirrorStatus());
  }

  @Test
  void failover_defaultDelay_awaitedWithTheResilientClient() throws Exception {
    ResilientMirrorClient client = ResilientMirrorClient.of(STUB.client());
    client.failoverMirrorTopics(C, L, List.of("link1_orders"));

    assertEquals(MirrorTopicStatus.STOPPED, client.awaitMirrorStatus(C, L, "link1_orders", MirrorTopicStatus.STOPPED,
        Duration.ofSeconds(5)).getMirrorStatus());
  }
}
