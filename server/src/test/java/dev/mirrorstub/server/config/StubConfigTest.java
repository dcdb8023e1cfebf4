package dev.mirrorstub.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class StubConfigTest {

  @Test
  void embeddedDefault_loads_andUsesDefaultCredentials() {
    StubConfig config = StubConfig.embeddedDefault();
    assertFalse(config.clusters().isEmpty());
    assertTrue(config.usesDefaultCredentials());
  }

  @Test
  void parse_ownCredentials_areNotDefault() throws IOException {
    assertFalse(StubConfig.parse("credentials: [{api_key: a, api_secret: b}]").usesDefaultCredentials());
  }

  @Test
  void parse_omittedValues_getDocumentedDefaults() throws IOException {
    StubConfig config = StubConfig.parse("""
        credentials: [{bearer_token: t}]
        clusters: [{id: c, links: [{name: l, source_topics: [{name: s}]}]}]
        """);
    StubConfig.Cluster cluster = config.clusters().get(0);
    assertEquals(3, cluster.brokers());
    assertTrue(cluster.clusterLinking());
    assertEquals("", cluster.links().get(0).prefix());
    assertEquals(1, cluster.links().get(0).sourceTopics().get(0).partitions());
    assertEquals(1_048_576, config.limits().maxBodyBytes());
    assertEquals(0, config.limits().perClientRequestsPerSecond());
  }

  @Test
  void parse_invalidConfigurations_areRejectedWithAClearReason() {
    assertThrows(IOException.class, () -> StubConfig.parse("credentials: []"));
    assertThrows(IOException.class, () -> StubConfig.parse("credentials: [{api_key: a}]"));
    assertThrows(IOException.class, () -> StubConfig.parse("credentials: [{api_key: a, api_secret: b, bearer_token: c}]"));
    assertThrows(IOException.class, () -> StubConfig.parse("credentials: [{bearer_token: t}]\nclusters: [{id: a}, {id: a}]"));
    assertThrows(IOException.class, () -> StubConfig.parse("credentials: [{bearer_token: t}]\nclusters: [{id: a, brokers: 0}]"));
  }

  @Test
  void credential_toString_neverShowsTheSecret() throws IOException {
    StubConfig config = StubConfig.parse("credentials: [{api_key: a, api_secret: hush}, {bearer_token: quiet}]");
    assertFalse(config.credentials().toString().contains("hush"));
    assertFalse(config.credentials().toString().contains("quiet"));
  }

  @Test
  void parse_sourceTopicNeedsExactlyOneOfNameAndValidNamePattern() throws IOException {
    String cluster = "credentials: [{bearer_token: t}]\nclusters: [{id: a, links: [{name: l, source_topics: [%s]}]}]";
    assertEquals("x-.*", StubConfig.parse(cluster.formatted("{name_pattern: 'x-.*'}"))
        .clusters().get(0).links().get(0).sourceTopics().get(0).namePattern());
    assertThrows(IOException.class, () -> StubConfig.parse(cluster.formatted("{partitions: 2}")));
    assertThrows(IOException.class, () -> StubConfig.parse(cluster.formatted("{name: x, name_pattern: 'x-.*'}")));
    IOException e = assertThrows(IOException.class, () -> StubConfig.parse(cluster.formatted("{name_pattern: 'x-('}")));
    assertTrue(e.getMessage().contains("name_pattern"), e.getMessage());
  }
}
