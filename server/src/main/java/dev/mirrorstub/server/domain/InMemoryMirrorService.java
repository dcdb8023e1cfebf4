package dev.mirrorstub.server.domain;

import static dev.mirrorstub.server.domain.MirrorException.badRequest;
import static dev.mirrorstub.server.domain.MirrorException.notFound;

import dev.mirrorstub.server.config.StubConfig;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stub's default back end: clusters, links and topics from the configuration, mirrors in
 * memory. The checks run in the order of the real broker, and nothing changes unless all pass.
 */
public final class InMemoryMirrorService implements MirrorService {

  static final int DEFAULT_REPLICATION_FACTOR = 3;

  private final Map<String, ClusterState> clusters = new HashMap<>();
  private final Map<Map<String, String>, Map<String, String>> sharedConfigs = new ConcurrentHashMap<>();
  private final Clock clock;

  public InMemoryMirrorService(StubConfig config) {
    this(config, Clock.systemUTC());
  }

  public InMemoryMirrorService(StubConfig config, Clock clock) {
    this.clock = Objects.requireNonNull(clock);
    for (StubConfig.Cluster c : config.clusters()) {
      ClusterState state = new ClusterState(c);
      clusters.put(c.id(), state);
      for (StubConfig.Link link : c.links()) {
        for (String source : link.mirrors()) {
          createMirror(c.id(), link.name(), new CreateMirror(source, null, null, List.of()));
        }
      }
    }
  }

  @Override
  public MirrorTopic createMirror(String clusterId, String linkName, CreateMirror request) {
    Objects.requireNonNull(request, "request");
    String source = request.sourceTopicName();
    if (source == null || source.isEmpty()) {
      throw badRequest(400, "Payload error. source_topic_name is required.");
    }
    ClusterState cluster = cluster(clusterId);
    StubConfig.Link link = cluster.link(linkName);
    String mirrorName = request.mirrorTopicName() == null ? link.prefix() + source : request.mirrorTopicName();
    requireLegalName(source);
    requireLegalName(mirrorName);
    cluster.requireAbsent(mirrorName);
    Map<String, String> configs = checkConfigs(request.configs(), mirrorName);
    if (!mirrorName.equals(link.prefix() + source)) {
      throw badRequest(40035, "Topic renaming for mirroring not yet supported.");
    }
    int replicationFactor = replicationFactor(cluster.config, request.replicationFactor());
    StubConfig.SourceTopic sourceTopic = cluster.sources.get(linkName).find(source);
    if (sourceTopic == null) {
      throw new MirrorException(MirrorException.Kind.NOT_FOUND, 40403,
          "While fetching description for topic '" + TopicRules.abbreviate(source) + "' over cluster link '"
              + link.name() + "': This server does not host this topic-partition.");
    }
    if (sourceTopic.unreachable()) {
      throw new MirrorException(MirrorException.Kind.RETRIABLE, 50003,
          "Timed out while fetching topic information over cluster link '" + link.name() + "'.");
    }
    // Mirrors are kept for the server's lifetime, a million of them in the benchmark: share what can
    // be shared (names from the configuration, the source name as the mirror name, equal configs).
    MirrorTopic mirror = MirrorTopic.created(cluster.config.id(), link.name(),
        link.prefix().isEmpty() ? source : mirrorName, source, sourceTopic.partitions(), replicationFactor,
        sharedConfigs.computeIfAbsent(Map.copyOf(configs), c -> c), clock.millis());
    cluster.add(mirror);
    return mirror;
  }

  @Override
  public MirrorTopic find(String clusterId, String linkName, String mirrorTopicName) {
    ClusterState cluster = cluster(clusterId);
    StubConfig.Link link = cluster.link(linkName);
    MirrorTopic mirror = cluster.mirror(mirrorTopicName);
    if (mirror == null || !mirror.linkName().equals(link.name())) {
      throw new MirrorException(MirrorException.Kind.NOT_FOUND, 40403, "Mirror topic '"
          + TopicRules.abbreviate(String.valueOf(mirrorTopicName)) + "' does not exist under cluster link '"
          + link.name() + "'.");
    }
    return mirror;
  }

  @Override
  public List<MirrorTopic> list(String clusterId, String linkName, MirrorStatus status) {
    ClusterState cluster = cluster(clusterId);
    StubConfig.Link link = cluster.link(linkName);
    return cluster.snapshot().stream()
        .filter(m -> m.linkName().equals(link.name()))
        .filter(m -> status == null || m.status() == status)
        .toList();
  }

  @Override
  public List<MirrorTopic> mirrors(String clusterId) {
    ClusterState cluster = clusters.get(clusterId);
    return cluster == null ? List.of() : cluster.snapshot();
  }

  /** The checks every operation under a link starts with, in the real server's order. */
  private ClusterState cluster(String clusterId) {
    ClusterState cluster = clusters.get(clusterId);
    if (cluster == null) {
      throw notFound(404, "Cluster " + TopicRules.abbreviate(String.valueOf(clusterId)) + " cannot be found.");
    }
    if (!cluster.config.clusterLinking()) {
      throw badRequest(40035, "The version of this API is not supported in the underlying Kafka cluster.");
    }
    return cluster;
  }

  private static void requireLegalName(String name) {
    String reason = TopicRules.illegalNameReason(name);
    if (reason != null) {
      throw badRequest(40002, reason);
    }
  }

  private static Map<String, String> checkConfigs(List<CreateMirror.Config> configs, String mirrorName) {
    for (CreateMirror.Config c : configs) {
      if (c.value() == null) {
        throw badRequest(40002, "Null value not supported for topic configs : " + TopicRules.abbreviate(c.name()));
      }
    }
    Map<String, String> result = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (CreateMirror.Config c : configs) {
      if (!TopicRules.KNOWN_CONFIGS.contains(c.name())) {
        throw badRequest(40002, "Unknown topic config name: " + TopicRules.abbreviate(c.name()));
      }
      if (TopicRules.MIRRORED_CONFIGS.contains(c.name())) {
        throw badRequest(40002, "Cannot set configuration '" + c.name() + "' for mirror topic '"
            + TopicRules.abbreviate(mirrorName) + "'");
      }
      if (!seen.add(c.name())) {
        throw badRequest(40002, "Duplicate topic config name: " + c.name());
      }
      result.put(c.name(), c.value());
    }
    return result;
  }

  private static int replicationFactor(StubConfig.Cluster cluster, Integer requested) {
    Integer required = cluster.requiredReplicationFactor();
    if (requested == null || requested == -1) {
      return required != null ? required : Math.min(DEFAULT_REPLICATION_FACTOR, cluster.brokers());
    }
    if (requested < 1) {
      throw badRequest(40002, "Replication factor must be larger than 0, or -1 to use the default value.");
    }
    if (required != null && requested.intValue() != required) {
      throw badRequest(40002, "Topic replication factor must be " + required);
    }
    if (requested > cluster.brokers()) {
      throw badRequest(40002, "Replication factor: " + requested + " larger than available brokers: "
          + cluster.brokers() + ".");
    }
    return requested;
  }

  /** One destination cluster's topics; every change holds the cluster's lock. */
  private static final class ClusterState {
    final StubConfig.Cluster config;
    final Map<String, StubConfig.Link> links = new HashMap<>();
    final Map<String, SourceTopics> sources = new HashMap<>();
    private final Set<String> plainTopics;
    private final Map<String, MirrorTopic> mirrors = new LinkedHashMap<>();

    ClusterState(StubConfig.Cluster config) {
      this.config = config;
      for (StubConfig.Link l : config.links()) {
        links.put(l.name(), l);
        sources.put(l.name(), new SourceTopics(l.sourceTopics()));
      }
      this.plainTopics = Set.copyOf(config.topics());
    }

    StubConfig.Link link(String linkName) {
      StubConfig.Link link = links.get(linkName);
      if (link == null) {
        throw notFound(404, "The cluster link doesn't exist: Cluster link '"
            + TopicRules.abbreviate(String.valueOf(linkName)) + "' does not exist.");
      }
      return link;
    }

    synchronized MirrorTopic mirror(String name) {
      return mirrors.get(name);
    }

    /** The broker checks this first; {@link #add} checks it again under the lock. */
    synchronized void requireAbsent(String name) {
      if (plainTopics.contains(name) || mirrors.containsKey(name)) {
        throw badRequest(40002, "Topic '" + name + "' already exists.");
      }
    }

    synchronized void add(MirrorTopic mirror) {
      String name = mirror.mirrorTopicName();
      requireAbsent(name);
      if (plainTopics.size() + mirrors.size() >= config.maxTopics()) {
        throw badRequest(40002, "Unable to create topic '" + name + "': the cluster's limit of "
            + config.maxTopics() + " topics is reached.");
      }
      mirrors.put(name, mirror);
    }

    synchronized List<MirrorTopic> snapshot() {
      return new ArrayList<>(mirrors.values());
    }
  }
}
