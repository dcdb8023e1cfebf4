package dev.mirrorstub.server.domain;

import static dev.mirrorstub.server.domain.MirrorException.badRequest;
import static dev.mirrorstub.server.domain.MirrorException.notFound;

import dev.mirrorstub.server.config.StubConfig;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The stub's default back end: clusters, links and topics from the configuration, mirrors in
 * memory. The checks run in the order of the real broker, and nothing changes unless all pass.
 */
public final class InMemoryMirrorService implements MirrorService {

  static final int DEFAULT_REPLICATION_FACTOR = 3;

  private final Map<String, ClusterState> clusters = new HashMap<>();
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
    String source = RequestRules.requireComplete(request).sourceTopicName();
    ClusterState cluster = cluster(clusterId);
    StubConfig.Link link = cluster.link(linkName);
    String mirrorName = request.mirrorTopicName() == null ? link.prefix() + source : request.mirrorTopicName();
    requireLegalName(source);
    requireLegalName(mirrorName);
    cluster.requireAbsent(mirrorName);
    checkConfigs(request.configs(), mirrorName);
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
    // Names from the configuration rather than the request's copies, and without a prefix the source
    // name once: a mirror keeps only what it adds to the store.
    MirrorTopic mirror = MirrorTopic.created(cluster.config.id(), link.name(),
        link.prefix().isEmpty() ? source : mirrorName, source, sourceTopic.partitions(), replicationFactor,
        clock.millis());
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

  /**
   * Every mirror of the cluster in creation order, those of the configuration first: a read-only
   * view for tests and the JUnit extension, which own this back end. Not part of the API.
   */
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

  private static void checkConfigs(List<CreateMirror.Config> configs, String mirrorName) {
    for (CreateMirror.Config c : configs) {
      if (c.value() == null) {
        throw badRequest(40002, "Null value not supported for topic configs : " + TopicRules.abbreviate(c.name()));
      }
    }
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
    }
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
}
