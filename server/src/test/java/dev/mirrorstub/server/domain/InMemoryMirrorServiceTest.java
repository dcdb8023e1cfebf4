package dev.mirrorstub.server.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.rules.RequestRules;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InMemoryMirrorServiceTest {

  private static final String CONFIG = """
      credentials: [{bearer_token: t}]
      clusters:
        - id: dest
          brokers: 2
          max_topics: 4
          topics: [taken]
          links:
            - name: pre
              prefix: "src."
              source_topics: [{name: clicks, partitions: 4}, {name: views}, {name: slow, unreachable: true}]
              mirrors: [views]
            - name: plain
              source_topics: [{name: clicks, partitions: 4}, {name: taken}, {name: extra}]
        - id: old
          cluster_linking: false
        - id: cloud
          brokers: 9
          required_replication_factor: 3
          links: [{name: l, source_topics: [{name: clicks}]}]
        - id: many
          links:
            - name: l
              source_topics:
                - {name: load-7, partitions: 2}
                - {name_pattern: "load-[0-9]+", partitions: 5}
                - {name_pattern: "load-.*", partitions: 1, unreachable: true}
      """;

  private InMemoryMirrorService service;

  @BeforeEach
  void setUp() throws IOException {
    service = new InMemoryMirrorService(StubConfig.parse(CONFIG));
  }

  private static CreateMirror request(String source) {
    return new CreateMirror(source, null, null, List.of());
  }

  private MirrorException rejected(String cluster, String link, CreateMirror request) {
    int before = service.mirrors(cluster).size();
    MirrorException e = assertThrows(MirrorException.class, () -> service.createMirror(cluster, link, request));
    assertEquals(before, service.mirrors(cluster).size(), "a rejected request changed the state");
    return e;
  }

  @Test
  void createMirror_withPrefix_namesMirrorPrefixPlusSourceAndCopiesPartitions() {
    MirrorTopic mirror = service.createMirror("dest", "pre", request("clicks"));
    assertEquals("src.clicks", mirror.mirrorTopicName());
    assertEquals(4, mirror.partitions());
    assertEquals(2, mirror.replicationFactor(), "default replication factor is capped by the broker count");
  }

  @Test
  void createMirror_preconfiguredMirrors_existFromTheStart() {
    assertEquals(List.of("src.views"), service.mirrors("dest").stream().map(MirrorTopic::mirrorTopicName).toList());
  }

  @Test
  void createMirror_explicitNameEqualToPrefixPlusSource_isAccepted() {
    MirrorTopic mirror = service.createMirror("dest", "pre",
        new CreateMirror("clicks", "src.clicks", 1, List.of(new CreateMirror.Config("min.insync.replicas", "1"))));
    assertEquals("src.clicks", mirror.mirrorTopicName());
    assertEquals(1, mirror.replicationFactor());
  }

  @Test
  void createMirror_missingOrEmptySource_returnsPayloadError() {
    assertEquals(400, rejected("dest", "pre", request(null)).errorCode());
    assertEquals(400, rejected("dest", "pre", request("")).errorCode());
  }

  @Test
  void createMirror_unknownCluster_isNotFound404() {
    MirrorException e = rejected("nowhere", "pre", request("clicks"));
    assertEquals(MirrorException.Kind.NOT_FOUND, e.kind());
    assertEquals(404, e.errorCode());
    assertTrue(e.getMessage().contains("nowhere"));
  }

  @Test
  void createMirror_clusterWithoutLinking_isUnsupportedVersion40035() {
    assertEquals(40035, rejected("old", "any", request("clicks")).errorCode());
  }

  @Test
  void createMirror_unknownLink_isNotFound404NamingTheLink() {
    MirrorException e = rejected("dest", "ghost", request("clicks"));
    assertEquals(404, e.errorCode());
    assertTrue(e.getMessage().contains("'ghost'"));
  }

  @Test
  void createMirror_illegalTopicNames_are40002() {
    for (String name : List.of(".", "..", "a b", "x".repeat(250), "ü")) {
      MirrorException e = rejected("dest", "plain", request(name));
      assertEquals(40002, e.errorCode(), name);
      assertTrue(e.getMessage().startsWith("Topic name"), e.getMessage());
    }
  }

  @Test
  void createMirror_existingTopicOrMirror_is40002AlreadyExists() {
    assertEquals("Topic 'taken' already exists.", rejected("dest", "plain", request("taken")).getMessage());
    assertEquals("Topic 'src.views' already exists.", rejected("dest", "pre", request("views")).getMessage());
  }

  @Test
  void createMirror_renamedMirror_is40035() {
    assertEquals(40035, rejected("dest", "pre", new CreateMirror("clicks", "clicks", null, List.of())).errorCode());
    assertEquals(40035, rejected("dest", "plain", new CreateMirror("clicks", "other", null, List.of())).errorCode());
  }

  @Test
  void createMirror_badConfigs_are40002WithKafkaWording() {
    assertEquals("Null value not supported for topic configs : min.insync.replicas", rejected("dest", "pre",
        new CreateMirror("clicks", null, null, List.of(new CreateMirror.Config("min.insync.replicas", null)))).getMessage());
    assertEquals("Unknown topic config name: bogus", rejected("dest", "pre",
        new CreateMirror("clicks", null, null, List.of(new CreateMirror.Config("bogus", "1")))).getMessage());
    assertEquals("Cannot set configuration 'retention.ms' for mirror topic 'src.clicks'", rejected("dest", "pre",
        new CreateMirror("clicks", null, null, List.of(new CreateMirror.Config("retention.ms", "1")))).getMessage());
  }

  @Test
  void createMirror_replicationFactorRules_are40002() {
    assertTrue(rejected("dest", "pre", new CreateMirror("clicks", null, 0, List.of())).getMessage().contains("larger than 0"));
    assertEquals("Replication factor: 3 larger than available brokers: 2.",
        rejected("dest", "pre", new CreateMirror("clicks", null, 3, List.of())).getMessage());
    assertEquals("Topic replication factor must be 3",
        rejected("cloud", "l", new CreateMirror("clicks", null, 2, List.of())).getMessage());
    assertEquals(3, service.createMirror("cloud", "l", new CreateMirror("clicks", null, -1, List.of())).replicationFactor());
  }

  @Test
  void createMirror_missingSourceTopic_is40403() {
    MirrorException e = rejected("dest", "pre", request("nope"));
    assertEquals(MirrorException.Kind.NOT_FOUND, e.kind());
    assertEquals(40403, e.errorCode());
  }

  @Test
  void createMirror_unreachableSource_isRetriable50003() {
    MirrorException e = rejected("dest", "pre", request("slow"));
    assertEquals(MirrorException.Kind.RETRIABLE, e.kind());
    assertEquals(50003, e.errorCode());
  }

  @Test
  void createMirror_clusterAtMaxTopics_isRejectedAndStoreStopsGrowing() {
    service.createMirror("dest", "pre", request("clicks"));
    service.createMirror("dest", "plain", request("clicks"));
    // taken + src.views + src.clicks + clicks = 4 = max_topics
    MirrorException e = rejected("dest", "plain", request("extra"));
    assertEquals(40002, e.errorCode());
    assertTrue(e.getMessage().contains("limit of 4 topics"), e.getMessage());
    assertEquals(3, service.mirrors("dest").size());
  }

  @Test
  void createMirror_sourceMatchingNamePattern_takesThatPatternsPartitions() {
    assertEquals(5, service.createMirror("many", "l", request("load-123")).partitions());
    assertEquals(5, service.createMirror("many", "l", request("load-9")).partitions());
  }

  @Test
  void createMirror_listedNameWinsOverPattern_andFirstMatchingPatternWins() {
    assertEquals(2, service.createMirror("many", "l", request("load-7")).partitions());
    MirrorException e = rejected("many", "l", request("load-x"));
    assertEquals(50003, e.errorCode(), "only the second pattern matches load-x, and it is unreachable");
  }

  @Test
  void createMirror_patternMatchesWholeNameOnly_otherwise40403() {
    MirrorException e = rejected("many", "l", request("preload-1"));
    assertEquals(40403, e.errorCode());
  }

  @Test
  void createMirror_withoutPrefix_keepsTheNameOnce() {
    MirrorTopic mirror = service.createMirror("dest", "plain", request("clicks"));
    assertSame(mirror.sourceTopicName(), mirror.mirrorTopicName(), "a million mirrors must not hold two copies");
  }

  @Test
  void createMirror_noBody_isPayloadError400() {
    MirrorException e = rejected("dest", "pre", null);
    assertEquals(400, e.errorCode());
    assertEquals("Payload error. Request body is empty. Data is required.", e.getMessage());
  }

  @Test
  void createMirror_configWithoutName_isPayloadError400BeforeTheSourceIsChecked() {
    MirrorException e = rejected("dest", "pre",
        new CreateMirror(null, null, null, List.of(new CreateMirror.Config(null, "1"))));
    assertEquals(400, e.errorCode());
    assertEquals("Payload error. configs[].name is required.", e.getMessage());
  }

  @Test
  void requireOneOf_valueOutsideTheSet_is400NamingTheParameterAndTheValues() {
    assertEquals("B", RequestRules.requireOneOf("letter", "B", List.of("A", "B")));
    MirrorException e = assertThrows(MirrorException.class,
        () -> RequestRules.requireOneOf("letter", "b".repeat(101), List.of("A", "B")));
    assertEquals(MirrorException.Kind.BAD_REQUEST, e.kind());
    assertEquals("Invalid letter '" + "b".repeat(100) + "...': must be one of A, B.", e.getMessage());
  }

  /**
   * A refused create leaves nothing behind: a client that keeps sending creates that the cluster
   * refuses (its topic limit reached) must not make the stub's memory grow.
   */
  @Test
  void createMirror_refusedByMaxTopics_retainsNothingOfTheRequest() {
    service.createMirror("dest", "pre", request("clicks"));
    service.createMirror("dest", "plain", request("clicks"));
    List<WeakReference<String>> values = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      values.add(refusedCreateWithConfigValue(i));
    }
    for (int gc = 0; gc < 10 && values.stream().anyMatch(v -> v.get() != null); gc++) {
      System.gc();
    }
    assertEquals(0, values.stream().filter(v -> v.get() != null).count(),
        "config values of refused creates still reachable from the service");
    assertEquals(3, service.mirrors("dest").size());
  }

  /** In a method of its own so that nothing of the request stays on the test's stack. */
  private WeakReference<String> refusedCreateWithConfigValue(int i) {
    String value = new String(String.valueOf(i + 1).toCharArray());
    CreateMirror request = new CreateMirror("extra", null, null,
        List.of(new CreateMirror.Config("min.insync.replicas", value)));
    MirrorException e = assertThrows(MirrorException.class, () -> service.createMirror("dest", "plain", request));
    assertTrue(e.getMessage().contains("limit of 4 topics"), e.getMessage());
    return new WeakReference<>(value);
  }

  @Test
  void createMirror_configValueOfTheWrongType_isKafkasWording_afterTheNameChecks() {
    MirrorException e = rejected("dest", "pre", new CreateMirror("clicks", null, null,
        List.of(new CreateMirror.Config("unclean.leader.election.enable", "maybe"))));
    assertEquals("Invalid value maybe for configuration unclean.leader.election.enable: Expected value to be either"
        + " true or false", e.getMessage());
    assertEquals(40002, e.errorCode());
    assertEquals("Unknown topic config name: nope", rejected("dest", "pre", new CreateMirror("clicks", null, null,
        List.of(new CreateMirror.Config("unclean.leader.election.enable", "maybe"), new CreateMirror.Config("nope",
            "1")))).getMessage());
    assertEquals("Topic renaming for mirroring not yet supported.", rejected("dest", "pre", new CreateMirror("clicks",
        "other", null, List.of(new CreateMirror.Config("unclean.leader.election.enable", "TRUE")))).getMessage());
  }

  @Test
  void mirrorStatuses_ofTheConfiguration_areTheDomainsStatuses() {
    assertEquals(dev.mirrorstub.server.config.MirrorSpec.STATUSES,
        java.util.Arrays.stream(MirrorStatus.values()).map(Enum::name).toList());
  }
}
