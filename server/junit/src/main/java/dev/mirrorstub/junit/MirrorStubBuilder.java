package dev.mirrorstub.junit;

import dev.mirrorstub.server.config.StubConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Describes the stub that a {@link MirrorStubExtension} runs: clusters with their links, source
 * topics and existing topics, credentials, limits, and whether fault injection is on. Without any
 * credential the stub accepts HTTP Basic {@value #DEFAULT_API_KEY} / {@value #DEFAULT_API_SECRET}.
 *
 * <pre>{@code
 * MirrorStubExtension.builder()
 *     .cluster("cluster-1", cluster -> cluster
 *         .link("link-sb1", link -> link.prefix("link1_").sourceTopic("orders", 3)))
 *     .basicCredential("my-key", "my-secret")
 *     .faultInjection()
 *     .build();
 * }</pre>
 */
public final class MirrorStubBuilder {

  public static final String DEFAULT_API_KEY = "stub-key";
  public static final String DEFAULT_API_SECRET = "stub-secret";

  private final List<StubConfig.Cluster> clusters = new ArrayList<>();
  private final List<StubConfig.Credential> credentials = new ArrayList<>();
  private StubConfig.Limits limits = StubConfig.Limits.DEFAULT;
  private boolean faultInjection;
  private boolean resetBeforeEachTest = true;

  MirrorStubBuilder() {
  }

  /** Adds everything in {@code config} (say, {@code StubConfig.embeddedDefault()}), its limits replacing these. */
  public MirrorStubBuilder from(StubConfig config) {
    clusters.addAll(config.clusters());
    credentials.addAll(config.credentials());
    limits = config.limits();
    return this;
  }

  /** A destination cluster; by default 3 brokers, cluster linking on, no links. */
  public MirrorStubBuilder cluster(String id, Consumer<ClusterBuilder> spec) {
    ClusterBuilder cluster = new ClusterBuilder(id);
    spec.accept(cluster);
    clusters.add(cluster.build());
    return this;
  }

  /** An API key and secret (HTTP Basic); with {@code clusters}, valid only there (403 elsewhere). */
  public MirrorStubBuilder basicCredential(String apiKey, String apiSecret, String... clusters) {
    credentials.add(new StubConfig.Credential(apiKey, apiSecret, null, scope(clusters)));
    return this;
  }

  /** A bearer token; with {@code clusters}, valid only there (403 elsewhere). */
  public MirrorStubBuilder bearerCredential(String token, String... clusters) {
    credentials.add(new StubConfig.Credential(null, null, token, scope(clusters)));
    return this;
  }

  /** Bodies over this size get 413. */
  public MirrorStubBuilder maxBodyBytes(int maxBodyBytes) {
    limits = new StubConfig.Limits(maxBodyBytes, limits.perClientRequestsPerSecond(), limits.globalRequestsPerSecond());
    return this;
  }

  /** Requests per second before the stub answers 429, per client address and in all; 0 = no limit. */
  public MirrorStubBuilder rateLimits(int perClientPerSecond, int globalPerSecond) {
    limits = new StubConfig.Limits(limits.maxBodyBytes(), perClientPerSecond, globalPerSecond);
    return this;
  }

  /** Makes {@link MirrorStubExtension#faults()} available. Off by default, and never in the stand-alone server. */
  public MirrorStubBuilder faultInjection() {
    this.faultInjection = true;
    return this;
  }

  /** Keeps created mirrors and armed faults from one test to the next (by default each test starts afresh). */
  public MirrorStubBuilder keepStateBetweenTests() {
    this.resetBeforeEachTest = false;
    return this;
  }

  /** The configuration described so far, as the stand-alone server would read it from YAML. */
  public StubConfig toConfig() {
    List<StubConfig.Credential> creds = credentials.isEmpty()
        ? List.of(new StubConfig.Credential(DEFAULT_API_KEY, DEFAULT_API_SECRET, null, null))
        : credentials;
    return new StubConfig(limits, creds, clusters);
  }

  public MirrorStubExtension build() {
    return new MirrorStubExtension(toConfig(), faultInjection, resetBeforeEachTest);
  }

  private static List<String> scope(String[] clusters) {
    return clusters.length == 0 ? null : Arrays.asList(clusters);
  }

  /** One destination cluster. */
  public static final class ClusterBuilder {
    private final String id;
    private final List<String> topics = new ArrayList<>();
    private final List<StubConfig.Link> links = new ArrayList<>();
    private Integer brokers;
    private boolean clusterLinking = true;
    private Integer requiredReplicationFactor;
    private Integer maxTopics;

    private ClusterBuilder(String id) {
      this.id = id;
    }

    /** Replication factors above this are refused (default 3). */
    public ClusterBuilder brokers(int brokers) {
      this.brokers = brokers;
      return this;
    }

    /** Every create answers 400 / 40035, as a Kafka without cluster linking does. */
    public ClusterBuilder withoutClusterLinking() {
      this.clusterLinking = false;
      return this;
    }

    /** Only this replication factor is accepted, as on Confluent Cloud (3). */
    public ClusterBuilder requiredReplicationFactor(int replicationFactor) {
      this.requiredReplicationFactor = replicationFactor;
      return this;
    }

    public ClusterBuilder maxTopics(int maxTopics) {
      this.maxTopics = maxTopics;
      return this;
    }

    /** Ordinary topics that already exist: a mirror of the same name gets "already exists". */
    public ClusterBuilder topics(String... names) {
      topics.addAll(Arrays.asList(names));
      return this;
    }

    public ClusterBuilder link(String name, Consumer<LinkBuilder> spec) {
      LinkBuilder link = new LinkBuilder(name);
      spec.accept(link);
      links.add(link.build());
      return this;
    }

    StubConfig.Cluster build() {
      return new StubConfig.Cluster(id, brokers, clusterLinking, requiredReplicationFactor, maxTopics, topics, links);
    }
  }

  /** One cluster link and the source cluster's topics behind it. */
  public static final class LinkBuilder {
    private final String name;
    private final List<StubConfig.SourceTopic> sourceTopics = new ArrayList<>();
    private final List<String> mirrors = new ArrayList<>();
    private String prefix;

    private LinkBuilder(String name) {
      this.name = name;
    }

    /** The link's {@code cluster.link.prefix}: mirrors are named prefix + source name. */
    public LinkBuilder prefix(String prefix) {
      this.prefix = Objects.requireNonNull(prefix, "prefix");
      return this;
    }

    public LinkBuilder sourceTopic(String name, int partitions) {
      sourceTopics.add(new StubConfig.SourceTopic(name, null, partitions, false));
      return this;
    }

    /** A source topic that cannot be fetched: creating its mirror answers 500 / 50003, every time. */
    public LinkBuilder unreachableSourceTopic(String name) {
      sourceTopics.add(new StubConfig.SourceTopic(name, null, 1, true));
      return this;
    }

    /** A mirror of this source topic that exists from the start (and again after each reset). */
    public LinkBuilder existingMirror(String sourceTopic) {
      mirrors.add(sourceTopic);
      return this;
    }

    StubConfig.Link build() {
      return new StubConfig.Link(name, prefix, sourceTopics, mirrors);
    }
  }
}
