package dev.mirrorstub.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.client.generated.api.ClusterLinkingV3Api;
import dev.mirrorstub.client.generated.invoker.ApiException;
import dev.mirrorstub.client.generated.model.AlterMirrorStatusResponseData;
import dev.mirrorstub.client.generated.model.AlterMirrorsRequestData;
import dev.mirrorstub.client.generated.model.CreateMirrorTopicRequestData;
import dev.mirrorstub.client.generated.model.MirrorLag;
import dev.mirrorstub.client.generated.model.MirrorTopicData;
import dev.mirrorstub.client.generated.model.MirrorTopicStatus;
import dev.mirrorstub.server.domain.ClusterLink;
import dev.mirrorstub.server.domain.MirrorStatus;
import dev.mirrorstub.server.domain.MirrorTopic;
import dev.mirrorstub.server.domain.MirrorTopic.PartitionLag;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A disaster-recovery runbook through the extension's ready client, with the lifecycle's steps at
 * once (transition delay 0): lags that a test sets, mirrors preloaded in any status, and the reset
 * that brings them back before each test.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DisasterRecoveryTest {

  private static final String C = "cluster-1";
  private static final String L = "link-sb1";

  @RegisterExtension
  static final MirrorStubExtension STUB = MirrorStubExtension.builder()
      .cluster(C, c -> c
          .link(L, l -> l.prefix("link1_").remoteClusterId("cluster-src")
              .config("consumer.offset.sync.enable", "true")
              .sourceTopic("orders", 2).sourceTopic("payments", 1).sourceTopic("invoices", 1)
              .mirror("payments", m -> m.lags(0).lastSourceFetchOffsets(100))
              .mirror("invoices", m -> m.status(MirrorStatus.FAILED).lags(3).lastSourceFetchOffsets(57)
                  .mirrorTopicError("SOURCE_TOPIC_MAY_BE_DELETED")
                  .stateTransitionError("UNKNOWN_TOPIC_OR_PARTITION_ERROR", "The source topic was not found."))))
      .transitionDelay(Duration.ZERO)
      .build();

  private static ClusterLinkingV3Api api() {
    return STUB.client().clusterLinking();
  }

  private static AlterMirrorsRequestData names(String... names) {
    return new AlterMirrorsRequestData().mirrorTopicNames(List.of(names));
  }

  private static AlterMirrorStatusResponseData one(List<AlterMirrorStatusResponseData> items) {
    assertEquals(1, items.size());
    return items.get(0);
  }

  private static MirrorTopicStatus read(String mirror) throws ApiException {
    return api().readKafkaMirrorTopic(C, L, mirror, null).getMirrorStatus();
  }

  @Test
  @Order(1)
  void runbook_createPauseResumePromoteFailoverDelete() throws Exception {
    api().createKafkaMirrorTopic(C, L, new CreateMirrorTopicRequestData().sourceTopicName("orders"));
    assertEquals(List.of("link1_orders"), STUB.createdMirrors().stream().map(MirrorTopic::mirrorTopicName).toList());
    STUB.setLag(C, L, "link1_orders", 1, 5, 995);

    assertTrue(one(api().updateKafkaMirrorTopicsPause(C, L, null, names("link1_orders")).getData())
        .getErrorMessage() == null);
    assertEquals(MirrorTopicStatus.PAUSED, read("link1_orders"));
    api().updateKafkaMirrorTopicsResume(C, L, null, names("link1_orders"));
    assertEquals(MirrorTopicStatus.ACTIVE, read("link1_orders"));

    AlterMirrorStatusResponseData refused = one(api().updateKafkaMirrorTopicsPromote(C, L, null,
        names("link1_orders")).getData());
    assertEquals(400, refused.getErrorCode());
    assertEquals("Topic 'link1_orders' cannot be promoted while its mirror lags behind the source (total lag 5);"
        + " wait until the lag is 0, or use failover", refused.getErrorMessage());
    assertEquals(List.of(new MirrorLag().partition(0).lag(0L).lastSourceFetchOffset(-1L),
        new MirrorLag().partition(1).lag(5L).lastSourceFetchOffset(995L)), refused.getMirrorLags());
    assertEquals(MirrorStatus.ACTIVE, STUB.mirror(C, "link1_orders").status());

    STUB.setLags(C, L, "link1_orders", 0, 0);
    assertNull(one(api().updateKafkaMirrorTopicsPromote(C, L, null, names("link1_orders")).getData()).getErrorCode());
    assertEquals(MirrorTopicStatus.STOPPED, read("link1_orders"));
    assertEquals(List.of(new PartitionLag(0, 0, -1), new PartitionLag(1, 0, 995)),
        STUB.mirror(C, "link1_orders").lags());

    assertNull(one(api().updateKafkaMirrorTopicsFailover(C, L, null, names("link1_payments")).getData())
        .getErrorCode());
    assertEquals(MirrorStatus.STOPPED, STUB.mirror(C, "link1_payments").status());
    assertEquals("Topic 'link1_orders' has already stopped its mirror from 'link-sb1'",
        one(api().updateKafkaMirrorTopicsPromote(C, L, null, names("link1_orders")).getData()).getErrorMessage());

    STUB.client().topics().deleteKafkaTopic(C, "link1_orders");
    assertEquals(404, assertThrows(ApiException.class, () -> read("link1_orders")).getCode());
    assertEquals(List.of("link1_payments", "link1_invoices"), STUB.link(C, L).mirrorNames());
    assertTrue(STUB.createdMirrors().isEmpty());
  }

  @Test
  @Order(2)
  void reset_beforeThisTest_broughtBackThePreloadedMirrors() {
    MirrorTopic payments = STUB.mirror(C, "link1_payments");
    assertEquals(MirrorStatus.ACTIVE, payments.status());
    assertEquals(List.of(new PartitionLag(0, 0, 100)), payments.lags());
    assertEquals(MirrorStatus.FAILED, STUB.mirror(C, "link1_invoices").status());
    assertTrue(STUB.createdMirrors().isEmpty());
  }

  @Test
  void preloadedFailedMirror_reportsItsErrorAndCanOnlyFailOver() throws Exception {
    MirrorTopicData invoices = api().readKafkaMirrorTopic(C, L, "link1_invoices", true);
    assertEquals(MirrorTopicStatus.FAILED, invoices.getMirrorStatus());
    assertEquals("SOURCE_TOPIC_MAY_BE_DELETED", invoices.getMirrorTopicError());
    assertEquals("UNKNOWN_TOPIC_OR_PARTITION_ERROR", invoices.getMirrorStateTransitionErrors().get(0).getErrorCode());
    assertEquals(List.of(new MirrorLag().partition(0).lag(3L).lastSourceFetchOffset(57L)), invoices.getMirrorLags());

    assertEquals("Topic 'link1_invoices' cannot be promoted in state FAILED; use failover",
        one(api().updateKafkaMirrorTopicsPromote(C, L, null, names("link1_invoices")).getData()).getErrorMessage());
    assertNull(one(api().updateKafkaMirrorTopicsFailover(C, L, null, names("link1_invoices")).getData())
        .getErrorCode());
    assertEquals(MirrorTopicStatus.STOPPED, read("link1_invoices"));
  }

  @Test
  void changeMirror_aMirrorFailsDuringTheTest_clientsSeeIt() throws Exception {
    STUB.changeMirror(C, L, "link1_payments",
        m -> m.status(MirrorStatus.FAILED).mirrorTopicError("SOURCE_TOPIC_ID_CHANGED"));

    MirrorTopicData payments = api().readKafkaMirrorTopic(C, L, "link1_payments", null);
    assertEquals(MirrorTopicStatus.FAILED, payments.getMirrorStatus());
    assertEquals("SOURCE_TOPIC_ID_CHANGED", payments.getMirrorTopicError());

    STUB.changeMirror(C, L, "link1_payments", m -> m.status(MirrorStatus.ACTIVE).mirrorTopicError(null));
    assertNull(api().readKafkaMirrorTopic(C, L, "link1_payments", null).getMirrorTopicError());
  }

  @Test
  void reset_withinATest_bringsBackLagsStatusesAndDeletedMirrors() throws Exception {
    STUB.setLags(C, L, "link1_payments", 9);
    api().updateKafkaMirrorTopicsFailover(C, L, null, names("link1_invoices"));
    STUB.client().topics().deleteKafkaTopic(C, "link1_payments");

    STUB.reset();

    assertEquals(List.of(new PartitionLag(0, 0, 100)), STUB.mirror(C, "link1_payments").lags());
    assertEquals(MirrorStatus.FAILED, STUB.mirror(C, "link1_invoices").status());
    assertEquals("SOURCE_TOPIC_MAY_BE_DELETED", STUB.mirror(C, "link1_invoices").mirrorTopicError());
  }

  @Test
  void links_viewOfTheCluster_namesModeRemoteClusterConfigsAndMirrors() throws Exception {
    api().createKafkaMirrorTopic(C, L, new CreateMirrorTopicRequestData().sourceTopicName("orders"));

    LinkView link = STUB.links(C).get(0);
    assertEquals(L, link.name());
    assertEquals(ClusterLink.Mode.DESTINATION, link.mode());
    assertEquals("cluster-src", link.remoteClusterId());
    assertEquals(Map.of("cluster.link.prefix", "link1_", "consumer.offset.sync.enable", "true"), link.configs());
    assertEquals(List.of("link1_payments", "link1_invoices", "link1_orders"), link.mirrorNames());
    assertEquals(link, STUB.link(C, L));
  }

  @Test
  void views_unknownNames_areRefusedNamingWhatExists() {
    assertEquals("cluster cluster-1 has no link nope; its links: [link-sb1]",
        assertThrows(IllegalArgumentException.class, () -> STUB.link(C, "nope")).getMessage());
    assertEquals("cluster cluster-1 has no mirror topic link1_orders; its mirror topics: [link1_payments,"
        + " link1_invoices]", assertThrows(IllegalArgumentException.class,
            () -> STUB.mirror(C, "link1_orders")).getMessage());
    assertEquals("No cluster cluster-9; the stub has: cluster-1.",
        assertThrows(IllegalArgumentException.class, () -> STUB.links("cluster-9")).getMessage());
  }

  @Test
  void changeMirror_valuesThatBreakARule_areRefusedAndChangeNothing() {
    MirrorTopic before = STUB.mirror(C, "link1_payments");

    assertThrows(IllegalArgumentException.class, () -> STUB.setLags(C, L, "link1_payments", 1, 2));
    assertThrows(IllegalArgumentException.class, () -> STUB.setLags(C, L, "link1_payments", -1));
    assertThrows(IllegalArgumentException.class, () -> STUB.setLag(C, L, "link1_payments", 1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> STUB.setLags(C, "other-link", "link1_payments", 0));

    assertEquals(before, STUB.mirror(C, "link1_payments"));
  }
}
