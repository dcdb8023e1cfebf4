package dev.mirrorstub.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mirrorstub.server.config.MirrorSpec;
import dev.mirrorstub.server.config.RemoteMirror;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.ClusterLink;
import dev.mirrorstub.server.domain.MirrorStatus;
import java.time.Duration;
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
  void toConfig_lifecycleOptions_equalTheSameConfigurationReadFromYaml() throws Exception {
    StubConfig built = MirrorStubExtension.builder()
        .cluster("dc-east", c -> c
            .topics("restore-me")
            .link("dr", l -> l
                .remoteClusterId("dc-src")
                .clusterLinkId("eEBkTffYSESld6EO898x3w")
                .config("consumer.offset.sync.enable", "true")
                .linkState("FAILED", "AUTHENTICATION_ERROR", "bad credentials")
                .sourceTopic("orders", 2)
                .sourceTopic("payments", 1)
                .sourceTopic("stock", 3)
                .sourceTopic("stock-2", 1)
                .mirror("orders", m -> m.status(MirrorStatus.PAUSED).lags(0, 42))
                .mirror("payments", m -> m.status(MirrorStatus.FAILED).lastSourceFetchOffsets(310)
                    .mirrorTopicError("SOURCE_TOPIC_MAY_BE_DELETED").stateTransitionError("E", "gone"))
                .mirror("stock", m -> m.partition(2, 7, 93))
                .existingMirror("stock-2"))
            .link("bidi", l -> l
                .mode(ClusterLink.Mode.BIDIRECTIONAL)
                .remoteClusterId("dc-west")
                .prefix("w.")
                .sourceTopic("b", 1)
                .mirror(new MirrorSpec("b", "STOPPED", null, null, null))
                .remoteMirror(new RemoteMirror("restore-me", "STOPPED", List.of(new RemoteMirror.Truncation(10L, 2L)))))
            .link("out", l -> l.config("link.mode", "SOURCE").remoteClusterId("dc-dest")))
        .transitionDelay(Duration.ZERO)
        .toConfig();

    StubConfig yaml = StubConfig.parse("""
        lifecycle: {transition_delay_ms: 0}
        credentials: [{api_key: stub-key, api_secret: stub-secret}]
        clusters:
          - id: dc-east
            topics: [restore-me]
            links:
              - name: dr
                source_cluster_id: dc-src
                cluster_link_id: eEBkTffYSESld6EO898x3w
                configs: {consumer.offset.sync.enable: "true"}
                state: FAILED
                error: AUTHENTICATION_ERROR
                error_message: bad credentials
                source_topics:
                  - {name: orders, partitions: 2}
                  - {name: payments, partitions: 1}
                  - {name: stock, partitions: 3}
                  - {name: stock-2, partitions: 1}
                mirrors:
                  - {source: orders, status: PAUSED, lags: [{lag: 0}, {lag: 42}]}
                  - source: payments
                    status: FAILED
                    lags: [{lag: 0, last_source_fetch_offset: 310}]
                    mirror_topic_error: SOURCE_TOPIC_MAY_BE_DELETED
                    state_transition_errors: [{error_code: E, error_message: gone}]
                  - {source: stock, lags: [{lag: 0}, {lag: 0}, {lag: 7, last_source_fetch_offset: 93}]}
                  - stock-2
              - name: bidi
                mode: BIDIRECTIONAL
                remote_cluster_id: dc-west
                prefix: w.
                source_topics: [{name: b, partitions: 1}]
                mirrors: [{source: b, status: STOPPED}]
                remote_mirrors:
                  - {topic: restore-me, status: STOPPED, truncation: [{offset_truncated_to: 10, messages_truncated: 2}]}
              - name: out
                configs: {link.mode: SOURCE}
                destination_cluster_id: dc-dest
        """);

    assertEquals(yaml, built);
  }

  @Test
  void mirror_lagsNotOnePerPartition_isRefusedNamingTheCounts() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MirrorStubExtension.builder()
        .cluster("c", c -> c.link("l", l -> l.sourceTopic("orders", 3).mirror("orders", m -> m.lags(0, 42)))));
    assertEquals("lags: 2 values for 3 partitions (one per partition)", e.getMessage());
  }

  @Test
  void mirror_ofNoSourceTopic_isRefusedAsTheConfigurationWould() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MirrorStubExtension.builder()
        .cluster("c", c -> c.link("l", l -> l.mirror("ghost", m -> m.lags(1)))));
    assertEquals("links[l].mirrors: ghost is not a source topic of the link", e.getMessage());
  }

  @Test
  void transitionDelay_negative_isRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> MirrorStubExtension.builder().transitionDelay(Duration.ofMillis(-1)));
  }

  @Test
  void from_config_keepsItsLifecycleTiming() {
    StubConfig config = MirrorStubExtension.builder().transitionDelay(Duration.ofMillis(5)).toConfig();

    assertEquals(5L, MirrorStubExtension.builder().from(config).toConfig().lifecycle().transitionDelayMs());
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
