package dev.mirrorstub.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mirrorstub.server.config.StubConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class MirrorStubBuilderTest {

  @Test
  void toConfig_everyOption_equalsTheSameConfigurationReadFromYaml() throws Exception {
    StubConfig built = MirrorStubExtension.builder()
        .cluster("dc-east", c -> c
            .brokers(5)
            .maxTopics(40)
            .topics("local-only")
            .link("to-west", l -> l
                .prefix("w.")
                .sourceTopic("payments", 4)
                .unreachableSourceTopic("slow")
                .existingMirror("payments")))
        .cluster("dc-cloud", c -> c.requiredReplicationFactor(3).link("cloud-link", l -> l.sourceTopic("a", 1)))
        .cluster("dc-old", c -> c.withoutClusterLinking())
        .basicCredential("svc-key", "svc-secret")
        .basicCredential("east-key", "east-secret", "dc-east")
        .bearerCredential("svc-token", "dc-east", "dc-cloud")
        .maxBodyBytes(2048)
        .rateLimits(7, 9)
        .toConfig();

    StubConfig yaml = StubConfig.parse("""
        limits: {max_body_bytes: 2048, per_client_requests_per_second: 7, global_requests_per_second: 9}
        credentials:
          - {api_key: svc-key, api_secret: svc-secret}
          - {api_key: east-key, api_secret: east-secret, clusters: [dc-east]}
          - {bearer_token: svc-token, clusters: [dc-east, dc-cloud]}
        clusters:
          - id: dc-east
            brokers: 5
            max_topics: 40
            topics: [local-only]
            links:
              - name: to-west
                prefix: w.
                source_topics:
                  - {name: payments, partitions: 4}
                  - {name: slow, partitions: 1, unreachable: true}
                mirrors: [payments]
          - id: dc-cloud
            required_replication_factor: 3
            links:
              - name: cloud-link
                source_topics: [{name: a, partitions: 1}]
          - id: dc-old
            cluster_linking: false
        """);

    assertEquals(yaml, built);
  }

  @Test
  void toConfig_noCredential_acceptsTheDefaultBasicCredential() {
    StubConfig config = MirrorStubExtension.builder().toConfig();

    assertEquals(List.of(new StubConfig.Credential(MirrorStubBuilder.DEFAULT_API_KEY,
        MirrorStubBuilder.DEFAULT_API_SECRET, null, null)), config.credentials());
  }

  @Test
  void from_defaultConfig_keepsItsClustersAndAddsMore() {
    StubConfig defaults = StubConfig.embeddedDefault();

    StubConfig config = MirrorStubExtension.builder().from(defaults)
        .cluster("extra", c -> c.link("l", l -> l.sourceTopic("t", 1))).toConfig();

    assertEquals(defaults.clusters().size() + 1, config.clusters().size());
    assertEquals(defaults.credentials(), config.credentials());
  }

  @Test
  void toConfig_duplicateClusterId_isRejected() {
    MirrorStubBuilder builder = MirrorStubExtension.builder()
        .cluster("same", c -> { })
        .cluster("same", c -> { });

    assertThrows(IllegalArgumentException.class, builder::toConfig);
  }

  @Test
  void faults_extensionBuiltWithoutFaultInjection_isRefused() {
    MirrorStubExtension stub = MirrorStubExtension.builder().build();

    assertThrows(IllegalStateException.class, stub::faults);
  }

  @Test
  void baseUri_extensionNotRegistered_explainsThatItRunsOnlyDuringTests() {
    MirrorStubExtension stub = MirrorStubExtension.withDefaultConfig();

    assertThrows(IllegalStateException.class, stub::baseUri);
    assertThrows(IllegalStateException.class, stub::startupTime);
  }
}
