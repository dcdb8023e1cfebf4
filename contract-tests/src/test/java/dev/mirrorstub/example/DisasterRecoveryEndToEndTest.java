package dev.mirrorstub.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.client.MirrorApiClient;
import dev.mirrorstub.client.MirrorApiErrors;
import dev.mirrorstub.client.ResilientMirrorClient;
import dev.mirrorstub.client.generated.invoker.ApiException;
import dev.mirrorstub.client.generated.model.AlterMirrorStatusResponseData;
import dev.mirrorstub.client.generated.model.AlterMirrorStatusResponseDataList;
import dev.mirrorstub.client.generated.model.CreateMirrorTopicRequestData;
import dev.mirrorstub.client.generated.model.MirrorTopicData;
import dev.mirrorstub.client.generated.model.MirrorTopicStatus;
import dev.mirrorstub.server.StubServer;
import dev.mirrorstub.server.config.StubConfig;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A disaster-recovery runbook, as Terraform or a migration tool runs it, through the generated
 * client against the stand-alone server on its embedded configuration: create a mirror, pause and
 * resume it, promote it (PENDING_STOPPED, then STOPPED), fail over another mirror, try to promote
 * the stopped one again (a per-mirror error in a 200), delete the topic and read 404.
 */
@Timeout(60)
class DisasterRecoveryEndToEndTest {

  private static final String CLUSTER = "cluster-1";
  private static final String LINK = "link-sb1";
  private static final String MIRROR = "link1_payments";
  private static final Duration PATIENCE = Duration.ofSeconds(10);

  @Test
  void runbook_createPauseResumePromoteFailoverDelete_movesTheMirrorsAsDocumented() throws Exception {
    StubConfig config = StubConfig.embeddedDefault();
    try (StubServer server = StubServer.start("127.0.0.1", 0, config)) {
      MirrorApiClient api = MirrorApiClient.basic(server.baseUri(), "stub-key", "stub-secret");
      ResilientMirrorClient client = ResilientMirrorClient.builder(api).pollInterval(Duration.ofMillis(20)).build();

      client.createMirrorTopic(CLUSTER, LINK, new CreateMirrorTopicRequestData().sourceTopicName("payments"));
      assertEquals(MirrorTopicStatus.ACTIVE, client.readMirrorTopic(CLUSTER, LINK, MIRROR).getMirrorStatus());

      accepted(client.pauseMirrorTopics(CLUSTER, LINK, List.of(MIRROR)));
      assertEquals(MirrorTopicStatus.PAUSED, client.readMirrorTopic(CLUSTER, LINK, MIRROR).getMirrorStatus());

      accepted(client.resumeMirrorTopics(CLUSTER, LINK, List.of(MIRROR)));
      assertEquals(MirrorTopicStatus.ACTIVE, client.readMirrorTopic(CLUSTER, LINK, MIRROR).getMirrorStatus());

      accepted(client.promoteMirrorTopics(CLUSTER, LINK, List.of(MIRROR)));
      MirrorTopicStatus rightAfter = client.readMirrorTopic(CLUSTER, LINK, MIRROR).getMirrorStatus();
      assertTrue(EnumSet.of(MirrorTopicStatus.PENDING_STOPPED, MirrorTopicStatus.STOPPED).contains(rightAfter),
          "right after promote: " + rightAfter);
      MirrorTopicData stopped = client.awaitMirrorStatus(CLUSTER, LINK, MIRROR, MirrorTopicStatus.STOPPED, PATIENCE);
      assertEquals(12, stopped.getMirrorLags().size(), "a stopped mirror keeps its lags");

      accepted(client.failoverMirrorTopics(CLUSTER, "link-dr", List.of("failover-me")));
      client.awaitMirrorStatus(CLUSTER, "link-dr", "failover-me", MirrorTopicStatus.STOPPED, PATIENCE);

      AlterMirrorStatusResponseData again = single(client.promoteMirrorTopics(CLUSTER, LINK, List.of(MIRROR)));
      assertEquals(400, again.getErrorCode());
      assertEquals("Topic '" + MIRROR + "' has already stopped its mirror from '" + LINK + "'", again.getErrorMessage());

      client.deleteTopic(CLUSTER, MIRROR);
      ApiException gone = assertThrows(ApiException.class, () -> client.readMirrorTopic(CLUSTER, LINK, MIRROR));
      assertEquals(404, gone.getCode());
      assertEquals(40403, MirrorApiErrors.error(gone).orElseThrow().getErrorCode());
    }
  }

  /** The one item of the answer says that the move was accepted. */
  private static void accepted(AlterMirrorStatusResponseDataList answer) {
    AlterMirrorStatusResponseData item = single(answer);
    assertNull(item.getErrorCode(), () -> "refused: " + item.getErrorMessage());
    assertNull(item.getErrorMessage());
  }

  private static AlterMirrorStatusResponseData single(AlterMirrorStatusResponseDataList answer) {
    assertEquals(1, answer.getData().size(), answer.toString());
    return answer.getData().get(0);
  }
}
