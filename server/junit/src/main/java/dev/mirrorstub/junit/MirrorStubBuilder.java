package dev.mirrorstub.junit;

import dev.mirrorstub.server.config.Lifecycle;
import dev.mirrorstub.server.config.MirrorSpec;
import dev.mirrorstub.server.config.RemoteMirror;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.ClusterLink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Describes the stub that a {@link MirrorStubExtension} runs: clusters with their links (mode, remote
 * cluster, configs), source topics, mirrors in any status and lag, and existing topics; credentials,
 * limits, the lifecycle's timing, and whether fault injection is on. It builds the same
 * {@link StubConfig} as the stand-alone server reads from YAML ({@link #toConfig()}). Without any
 * credential the stub accepts HTTP Basic {@value #DEFAULT_API_KEY} / {@value #DEFAULT_API_SECRET}.
 *
 * <pre>{@code
 * MirrorStubExtension.builder()
 *     .cluster("cluster-1", cluster -> cluster
 *         .link("link-sb1", link -> link.prefix("link1_").remoteClusterId("cluster-src")
 *             .sourceTopic("orders", 3).sourceTopic("payments", 2)
 *             .mirror("payments", m -> m.status(MirrorStatus.PAUSED).lags(0, 42))))
 *     .transitionDelay(Duration.ZERO)
 *     .basicCredential("my-key", "my-secret")
 *     .build();
 * }</pre>
 */
public final class MirrorStubBuilder {

  public static final String DEFAULT_API_KEY = "stub-key";
  public static final String DEFAULT_API_SECRET = "stub-secret";

  private final List<StubConfig.Cluster> clusters = new ArrayList<>();
  private final List<StubConfig.Credential> credentials = new ArrayList<>();
  private StubConfig.Limits limits = StubConfig.Limits.DEFAULT;
  private Lifecycle lifecycle = Lifecycle.DEFAULT;
  private boolean resetBeforeEachTest = true;

  MirrorStubBuilder() {
  }

  /**
   * Adds everything in {@code config} (say, {@code StubConfig.embeddedDefault()}), its limits and
   * lifecycle timing replacing these.
   */
  public MirrorStubBuilder from(StubConfig config) {
    clusters.addAll(config.clusters());
    credentials.addAll(config.credentials());
    limits = config.limits();
    lifecycle = config.lifecycle();
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

  /**
   * How long each pending step of the lifecycle takes (PENDING_STOPPED to STOPPED after a promote or
   * failover, each step of a restore); default 200 ms. {@link Duration#ZERO} makes every step happen
   * in the call that starts it, so a read right after a promote sees STOPPED.
   */
  public MirrorStubBuilder transitionDelay(Duration delay) {
    lifecycle = new Lifecycle(delay.toMillis());
    return this;
  }

  /**
   * Kept so that existing code compiles: {@link MirrorStubExtension#faults()} is always available now,
   * as the stand-alone server's admin API offers faults (built on the same implementation).
   */
  public MirrorStubBuilder faultInjection() {
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
    return new StubConfig(limits, lifecycle, creds, clusters);
  }

  public MirrorStubExtension build() {
    return new MirrorStubExtension(toConfig(), resetBeforeEachTest);
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

  /**
   * One cluster link, the source cluster's topics behind it and the mirrors it carries from the start;
   * the same fields as a link of the YAML configuration ({@link StubConfig.Link}).
   */
  public static final class LinkBuilder {
    private final String name;
    private final List<StubConfig.SourceTopic> sourceTopics = new ArrayList<>();
    /** Each preloaded mirror, made once the link's source topics are all known. */
    private final List<Function<List<StubConfig.SourceTopic>, MirrorSpec>> mirrors = new ArrayList<>();
    private final List<RemoteMirror> remoteMirrors = new ArrayList<>();
    private final Map<String, String> configs = new LinkedHashMap<>();
    private String prefix;
    private ClusterLink.Mode mode;
    private String remoteClusterId;
    private String clusterLinkId;
    private String state;
    private String error;
    private String errorMessage;

    private LinkBuilder(String name) {
      this.name = name;
    }

    /** The link's {@code cluster.link.prefix}: mirrors are named prefix + source name. */
    public LinkBuilder prefix(String prefix) {
      this.prefix = Objects.requireNonNull(prefix, "prefix");
      return this;
    }

    /** DESTINATION (the default), SOURCE or BIDIRECTIONAL: which id field names the other cluster, and reverse/restore. */
    public LinkBuilder mode(ClusterLink.Mode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * The cluster at the other end, reported in the id field of the link's mode: {@code source_cluster_id}
     * (DESTINATION), {@code destination_cluster_id} (SOURCE) or {@code remote_cluster_id} (BIDIRECTIONAL).
     */
    public LinkBuilder remoteClusterId(String clusterId) {
      this.remoteClusterId = Objects.requireNonNull(clusterId, "clusterId");
      return this;
    }

    /** The link's {@code cluster_link_id} (Kafka's base64 form of 16 bytes); by default derived from the names. */
    public LinkBuilder clusterLinkId(String clusterLinkId) {
      this.clusterLinkId = Objects.requireNonNull(clusterLinkId, "clusterLinkId");
      return this;
    }

    /** A link config set on the link (e.g. {@code consumer.offset.sync.enable}); checked as the API checks it. */
    public LinkBuilder config(String configName, String value) {
      configs.put(Objects.requireNonNull(configName, "configName"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** What the link reports as {@code link_state}, {@code link_error} and {@code link_error_message} (default ACTIVE, NO_ERROR). */
    public LinkBuilder linkState(String linkState, String linkError, String linkErrorMessage) {
      this.state = linkState;
      this.error = linkError;
      this.errorMessage = linkErrorMessage;
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

    /** An ACTIVE mirror of this source topic that exists from the start (and again after each reset). */
    public LinkBuilder existingMirror(String sourceTopic) {
      return mirror(MirrorSpec.of(sourceTopic));
    }

    /**
     * A mirror of this source topic that exists from the start (and again after each reset), in the
     * status and with the lags, offsets and errors that {@code spec} gives, e.g.
     * {@code m -> m.status(MirrorStatus.PAUSED).lags(0, 42)}.
     */
    public LinkBuilder mirror(String sourceTopic, Consumer<MirrorBuilder> spec) {
      MirrorBuilder mirror = new MirrorBuilder();
      spec.accept(mirror);
      mirrors.add(topics -> mirror.toSpec(sourceTopic, topics.stream().filter(t -> sourceTopic.equals(t.name()))
          .findFirst().map(StubConfig.SourceTopic::partitions).orElse(null)));
      return this;
    }

    /** A mirror as the configuration file describes it. */
    public LinkBuilder mirror(MirrorSpec spec) {
      Objects.requireNonNull(spec, "spec");
      mirrors.add(topics -> spec);
      return this;
    }

    /** A topic of this cluster that the remote cluster mirrors over this BIDIRECTIONAL link (for truncate-and-restore). */
    public LinkBuilder remoteMirror(RemoteMirror remoteMirror) {
      remoteMirrors.add(Objects.requireNonNull(remoteMirror, "remoteMirror"));
      return this;
    }

    StubConfig.Link build() {
      List<MirrorSpec> specs = mirrors.stream().map(m -> m.apply(sourceTopics)).toList();
      String effectiveMode = mode != null ? mode.name() : configs.getOrDefault("link.mode", "DESTINATION");
      return new StubConfig.Link(name, prefix, mode == null ? null : mode.name(),
          "DESTINATION".equals(effectiveMode) ? remoteClusterId : null,
          "SOURCE".equals(effectiveMode) ? remoteClusterId : null,
          "BIDIRECTIONAL".equals(effectiveMode) ? remoteClusterId : null,
          clusterLinkId, configs.isEmpty() ? null : configs, state, error, errorMessage, sourceTopics, specs,
          remoteMirrors);
    }
  }
}
