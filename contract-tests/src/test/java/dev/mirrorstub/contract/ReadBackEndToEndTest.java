package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.client.generated.api.ClusterLinkingV3Api;
import dev.mirrorstub.client.generated.model.CreateMirrorTopicRequestData;
import dev.mirrorstub.client.generated.model.MirrorLag;
import dev.mirrorstub.client.generated.model.MirrorTopicData;
import dev.mirrorstub.client.generated.model.MirrorTopicStatus;
import dev.mirrorstub.server.StubServer;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
import dev.mirrorstub.server.domain.MirrorTopic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What Terraform does, through the generated client: create a mirror with the spec's first success
 * example, then read it back and list it. The replay covers each documented read of the mirror the
 * configuration starts with; this covers a mirror that the client itself has just created.
 */
class ReadBackEndToEndTest {

  private static final String CREATE = "createKafkaMirrorTopic";

  @Test
  void readAndList_afterCreatingTheFirstSuccessExample_returnTheNewMirrorThroughTheClient() throws Exception {
    Case create = Contract.spec().stream()
        .filter(c -> c.operationId().equals(CREATE) && c.response().success() && !c.request().exactBytes())
        .findFirst()
        .orElseThrow(() -> new AssertionError("the spec documents no plain successful " + CREATE));
    String cluster = create.pathParam("cluster_id");
    String link = create.pathParam("link_name");
    StubConfig config = StubConfig.embeddedDefault();

    InMemoryMirrorService mirrors = new InMemoryMirrorService(config);
    try (StubServer server = StubServer.start("127.0.0.1", 0, config, mirrors)) {
      ClusterLinkingV3Api api = Auth.of(create, config).client(server.baseUri()).clusterLinking();
      CreateMirrorTopicRequestData body =
          api.getApiClient().getJSON().getMapper().convertValue(create.request().value(), CreateMirrorTopicRequestData.class);
      api.createKafkaMirrorTopic(cluster, link, body);
      List<MirrorTopic> onServer = mirrors.mirrors(cluster);
      MirrorTopic created = onServer.get(onServer.size() - 1);

      MirrorTopicData read = api.readKafkaMirrorTopic(cluster, link, created.mirrorTopicName(), null);

      assertEquals(created.mirrorTopicName(), read.getMirrorTopicName());
      assertEquals(body.getSourceTopicName(), read.getSourceTopicName());
      assertEquals(link, read.getLinkName());
      assertEquals(MirrorTopicStatus.ACTIVE, read.getMirrorStatus());
      assertEquals(created.partitions(), read.getNumPartitions());
      assertEquals(created.partitions(), read.getMirrorLags().size());
      for (MirrorLag lag : read.getMirrorLags()) {
        assertEquals(0L, lag.getLag());
        assertEquals(-1L, lag.getLastSourceFetchOffset());
      }
      assertTrue(read.getMetadata().getSelf().startsWith(server.baseUri().toString()), read.getMetadata().getSelf());

      List<String> active = api.listKafkaMirrorTopicsUnderLink(cluster, link, MirrorTopicStatus.ACTIVE).getData()
          .stream().map(MirrorTopicData::getMirrorTopicName).toList();
      assertTrue(active.contains(created.mirrorTopicName()), active.toString());
      assertEquals(List.of(), api.listKafkaMirrorTopicsUnderLink(cluster, link, MirrorTopicStatus.STOPPED).getData());
    }
  }
}
