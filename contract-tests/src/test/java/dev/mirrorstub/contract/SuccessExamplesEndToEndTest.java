package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mirrorstub.client.MirrorApiClient;
import dev.mirrorstub.client.generated.invoker.ApiResponse;
import dev.mirrorstub.client.generated.model.CreateMirrorTopicRequestData;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.MirrorTopic;
import dev.mirrorstub.server.http.StubServer;
import io.swagger.v3.oas.models.examples.Example;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each request example that the spec pairs with 204 succeeds through the generated client, on a fresh server. */
class SuccessExamplesEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> successExamples() {
    List<String> names = Spec.INSTANCE.successExampleNames();
    assertFalse(names.isEmpty(), "the 204 response names no request example");
    return names.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("successExamples")
  void createMirror_successExample_returns204AndCreatesTheMirror(String exampleName) throws Exception {
    Example example = Spec.INSTANCE.requestExamples().get(exampleName);
    CreateMirrorTopicRequestData body = JSON.convertValue(example.getValue(), CreateMirrorTopicRequestData.class);
    String cluster = Spec.INSTANCE.parameterExample("cluster_id");
    String link = Spec.INSTANCE.parameterExample("link_name");
    StubConfig.Credential key = StubConfig.embeddedDefault().credentials().get(0);

    try (StubServer server = StubServer.start("127.0.0.1", 0, StubConfig.embeddedDefault())) {
      MirrorApiClient client = MirrorApiClient.basic(server.baseUri(), key.apiKey(), key.apiSecret());
      int before = server.mirrors().mirrors(cluster).size();

      ApiResponse<Void> response = client.clusterLinking()
          .createKafkaMirrorTopicWithHttpInfo(cluster, link, body);

      assertEquals(204, response.getStatusCode());
      List<MirrorTopic> after = server.mirrors().mirrors(cluster);
      assertEquals(before + 1, after.size());
      MirrorTopic created = after.get(after.size() - 1);
      assertEquals(body.getSourceTopicName(), created.sourceTopicName());
      if (body.getMirrorTopicName() != null) {
        assertEquals(body.getMirrorTopicName(), created.mirrorTopicName());
      }
      if (body.getReplicationFactor() != null) {
        assertEquals(body.getReplicationFactor(), created.replicationFactor());
      }
    }
  }
}
