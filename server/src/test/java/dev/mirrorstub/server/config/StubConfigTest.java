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

  private static final String LINK = "credentials: [{bearer_token: t}]\nclusters: [{id: a, topics: [r], links: [%s]}]";

  private static String reason(String link) {
    return assertThrows(IOException.class, () -> StubConfig.parse(LINK.formatted(link))).getMessage();
  }

  @Test
  void parse_lifecycleAndLinkKeys_getDocumentedDefaults() throws IOException {
    StubConfig config = StubConfig.parse(LINK.formatted("{name: l}"));
    assertEquals(200, config.lifecycle().transitionDelayMs());
    StubConfig.Link link = config.clusters().get(0).links().get(0);
    assertEquals("DESTINATION", link.mode());
    assertEquals("ACTIVE", link.state());
    assertEquals("NO_ERROR", link.error());
    assertEquals(java.util.Map.of(), link.configs());
    assertEquals(0, StubConfig.parse("lifecycle: {transition_delay_ms: 0}\n" + LINK.formatted("{name: l}"))
        .lifecycle().transitionDelayMs());
  }

  @Test
  void parse_mirrorsAsNamesOrObjects_andModeAndPrefixBecomeConfigs() throws IOException {
    StubConfig.Link link = StubConfig.parse(LINK.formatted("""
        {name: l, mode: BIDIRECTIONAL, remote_cluster_id: w, prefix: p., source_topics: [{name: s, partitions: 2}, \
        {name: u}], mirrors: [u, {source: s, status: PAUSED, lags: [{lag: 1}, {lag: 0, last_source_fetch_offset: 9}], \
        mirror_topic_error: X, state_transition_errors: [{error_code: E, error_message: M}]}], \
        remote_mirrors: [{topic: r, status: STOPPED, truncation: [{offset_truncated_to: 5, messages_truncated: 1}]}]}""")
    ).clusters().get(0).links().get(0);

    assertEquals(java.util.Map.of("link.mode", "BIDIRECTIONAL", "cluster.link.prefix", "p."), link.configs());
    assertEquals("w", link.otherClusterId());
    assertEquals(MirrorSpec.of("u"), link.mirrors().get(0));
    MirrorSpec s = link.mirrors().get(1);
    assertEquals("PAUSED", s.status());
    assertEquals(java.util.List.of(new MirrorSpec.Lag(1L, -1L), new MirrorSpec.Lag(0L, 9L)), s.lags());
    assertEquals("X", s.mirrorTopicError());
    assertEquals("r", link.remoteMirrors().get(0).topic());
  }

  @Test
  void parse_inconsistentLinks_areRejectedNamingTheKey() {
    assertTrue(reason("{name: l, source_topics: [{name: s, partitions: 2}], mirrors: [{source: s, lags: [{lag: 0}]}]}")
        .contains("1 entries for 2 partitions"));
    assertTrue(reason("{name: l, source_topics: [{name: s}], mirrors: [{source: s, status: ASLEEP}]}")
        .contains("ASLEEP is not one of ACTIVE"));
    assertTrue(reason("{name: l, source_topics: [{name: s}], mirrors: [{source: s, lags: [{lag: -1}]}]}")
        .contains("must not be negative"));
    assertTrue(reason("{name: l, mirrors: [nowhere]}").contains("nowhere is not a source topic"));
    assertTrue(reason("{name: l, mode: SOURCE, source_cluster_id: x}").contains("source_cluster_id is for DESTINATION"));
    assertTrue(reason("{name: l, mode: SIDEWAYS}").contains("SIDEWAYS is not one of"));
    assertTrue(reason("{name: l, prefix: a, configs: {cluster.link.prefix: b}}").contains("not both"));
    assertTrue(reason("{name: l, remote_mirrors: [{topic: r, status: STOPPED, truncation: [{offset_truncated_to: 1,"
        + " messages_truncated: 0}]}]}").contains("only a BIDIRECTIONAL link"));
    assertTrue(reason("{name: l, mode: BIDIRECTIONAL, remote_mirrors: [{topic: zz, status: STOPPED, truncation:"
        + " [{offset_truncated_to: 1, messages_truncated: 0}]}]}").contains("zz is not one of the cluster's topics"));
    assertTrue(reason("{name: l, colour: blue}").contains("colour"), "unknown keys stay refused");
    assertThrows(IOException.class, () -> StubConfig.parse("lifecycle: {transition_delay_ms: -1}\n"
        + LINK.formatted("{name: l}")));
  }

  @Test
  void parse_adminOmitted_isOffWithTheDocumentedDefaults() throws IOException {
    Admin admin = StubConfig.parse("credentials: [{bearer_token: t}]").admin();

    assertEquals(new Admin(false, Admin.DEFAULT_TOKEN, false, new Admin.Journal(1000, 65_536)), admin);
  }

  @Test
  void embeddedDefault_adminIsOffWithThePublishedToken() {
    Admin admin = StubConfig.embeddedDefault().admin();

    assertFalse(admin.enabled());
    assertEquals("stub-admin-token", admin.token());
    assertFalse(admin.toString().contains(admin.token()), "the token is never printed");
  }

  @Test
  void parse_adminTokenEqualToAnApiSecretOrToken_isRefused() {
    String withSecret = "credentials: [{api_key: k, api_secret: s}]\nadmin: {token: s}";
    String withToken = "credentials: [{bearer_token: t}]\nadmin: {token: t}";

    assertTrue(assertThrows(IOException.class, () -> StubConfig.parse(withSecret)).getMessage().contains("admin.token"));
    assertTrue(assertThrows(IOException.class, () -> StubConfig.parse(withToken)).getMessage().contains("admin.token"));
  }

  @Test
  void parse_adminJournalBoundsBelowOne_areRefusedNamingTheKey() {
    String entries = "credentials: [{bearer_token: t}]\nadmin: {journal: {max_entries: 0}}";
    String body = "credentials: [{bearer_token: t}]\nadmin: {journal: {max_body_bytes: 0}}";

    assertTrue(assertThrows(IOException.class, () -> StubConfig.parse(entries)).getMessage()
        .contains("admin.journal.max_entries"));
    assertTrue(assertThrows(IOException.class, () -> StubConfig.parse(body)).getMessage()
        .contains("admin.journal.max_body_bytes"));
    assertThrows(IOException.class, () -> StubConfig.parse("credentials: [{bearer_token: t}]\nadmin: {token: ''}"));
  }

  @Test
  void usesDefaultCredentials_adminOnWithThePublishedToken_isTrue() throws IOException {
    StubConfig own = StubConfig.parse("credentials: [{bearer_token: mine}]\nadmin: {enabled: true}");
    StubConfig ownToken = StubConfig.parse("credentials: [{bearer_token: mine}]\nadmin: {enabled: true, token: x}");

    assertTrue(own.usesDefaultCredentials());
    assertFalse(ownToken.usesDefaultCredentials());
  }

  @Test
  void parse_linkKeysThatAgreeWithTheirConfigs_areAccepted_andDestinationSetsNoConfig() throws IOException {
    StubConfig.Link both = StubConfig.parse(LINK.formatted("{name: l, mode: SOURCE, prefix: p_,"
        + " configs: {link.mode: SOURCE, cluster.link.prefix: p_}}")).clusters().get(0).links().get(0);
    StubConfig.Link destination = StubConfig.parse(LINK.formatted("{name: l, mode: DESTINATION}"))
        .clusters().get(0).links().get(0);

    assertEquals(java.util.Map.of("link.mode", "SOURCE", "cluster.link.prefix", "p_"), both.configs());
    assertEquals(java.util.Map.of(), destination.configs());
    assertTrue(reason("{name: l, mode: DESTINATION, configs: {link.mode: SOURCE}}").contains("not both"));
    assertTrue(reason("{name: l, mode: BIDIRECTIONAL, configs: {link.mode: SOURCE}}").contains("not both"));
  }

  @Test
  void parse_mirrorTopicName_mustBeThePrefixAndTheSourceTopic() throws IOException {
    String link = "{name: l, prefix: p_, source_topics: [{name: s}], mirrors: [{source: s, mirror_topic_name: %s}]}";

    assertEquals("p_s", StubConfig.parse(LINK.formatted(link.formatted("p_s"))).clusters().get(0).links().get(0)
        .mirrors().get(0).mirrorTopicName());
    assertTrue(reason(link.formatted("other")).contains("mirror_topic_name is p_s"));
  }

  @Test
  void parse_remoteMirrorOfAMirrorTopic_isAccepted() throws IOException {
    StubConfig config = StubConfig.parse(LINK.formatted("{name: l, mode: BIDIRECTIONAL, source_topics: [{name: s}],"
        + " mirrors: [s], remote_mirrors: [{topic: s, status: ACTIVE, truncation: [{offset_truncated_to: 0,"
        + " messages_truncated: 0}]}]}"));

    assertEquals("s", config.clusters().get(0).links().get(0).remoteMirrors().get(0).topic());
  }

  @Test
  void embeddedDefault_holdsTheLifecycleObjectsTheExamplesNeed() {
    StubConfig config = StubConfig.embeddedDefault();
    assertEquals(200, config.lifecycle().transitionDelayMs());
    assertEquals("link-sb1", config.clusters().get(0).links().get(0).name());
    assertEquals(java.util.List.of("cluster-1", "cluster-2", "cluster-no-linking", "cluster-cloud"),
        config.clusters().stream().map(StubConfig.Cluster::id).toList());
  }
}
