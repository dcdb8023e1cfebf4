package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mirrorstub.client.MirrorApiClient;
import dev.mirrorstub.client.MirrorApiErrors;
import dev.mirrorstub.client.generated.api.ClusterLinkingV3Api;
import dev.mirrorstub.client.generated.invoker.ApiException;
import dev.mirrorstub.client.generated.model.CreateMirrorTopicRequestData;
import dev.mirrorstub.client.generated.model.MirrorLag;
import dev.mirrorstub.client.generated.model.MirrorTopicData;
import dev.mirrorstub.client.generated.model.MirrorTopicStatus;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.MirrorTopic;
import dev.mirrorstub.server.http.StubServer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What Terraform does, through the generated client: create a mirror with the spec's first success
 * example, then read it back and list it. The client must decode what the server sends.
 */
class ReadBackEndToEndTest {

  @Test
  void readAndList_afterCreatingTheFirstSuccessExample_returnTheNewMirrorThroughTheClient() throws Exception {
    String exampleName = Spec.INSTANCE.successExampleNames().get(0);
    CreateMirrorTopicRequestData body = new ObjectMapper().convertValue(
        Spec.INSTANCE.requestExamples().get(exampleName).getValue(), CreateMirrorTopicRequestData.class);
    String cluster = Spec.INSTANCE.parameterExample("cluster_id");
    String link = Spec.INSTANCE.parameterExample("link_name");
    StubConfig.Credential key = StubConfig.embeddedDefault().credentials().get(0);

    try (StubServer server = StubServer.start("127.0.0.1", 0, StubConfig.embeddedDefault())) {
      ClusterLinkingV3Api api = MirrorApiClient.basic(server.baseUri(), key.apiKey(), key.apiSecret()).clusterLinking();
      api.createKafkaMirrorTopic(cluster, link, body);
      List<MirrorTopic> onServer = server.mirrors().mirrors(cluster);
      MirrorTopic created = onServer.get(onServer.size() - 1);

      MirrorTopicData read = api.readKafkaMirrorTopic(cluster, link, created.mirrorTopicName());

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

  @Test
  void readMirror_unknownMirror_givesTheClientA404WithTypedError40403() throws Exception {
    String cluster = Spec.INSTANCE.parameterExample("cluster_id");
    String link = Spec.INSTANCE.parameterExample("link_name");
    StubConfig.Credential key = StubConfig.embeddedDefault().credentials().get(0);

    try (StubServer server = StubServer.start("127.0.0.1", 0, StubConfig.embeddedDefault())) {
      ClusterLinkingV3Api api = MirrorApiClient.basic(server.baseUri(), key.apiKey(), key.apiSecret()).clusterLinking();

      ApiException e = assertThrows(ApiException.class, () -> api.readKafkaMirrorTopic(cluster, link, "never-created"));

      assertEquals(404, e.getCode());
      assertEquals(40403, MirrorApiErrors.errorCode(e).orElseThrow());
    }
  }
}
