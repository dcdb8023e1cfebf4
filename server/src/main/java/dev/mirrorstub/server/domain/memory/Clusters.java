package dev.mirrorstub.server.domain.memory;

import static dev.mirrorstub.server.domain.MirrorException.badRequest;
import static dev.mirrorstub.server.domain.MirrorException.notFound;

import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.ClusterLink;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
import dev.mirrorstub.server.domain.MirrorTopic;
import dev.mirrorstub.server.domain.rules.TopicRules;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The clusters of the in-memory back end, the clock and the lifecycle's timing: what every family
 * of operations shares. {@link #cluster} makes the checks every operation starts with.
 */
public final class Clusters {

  static final int DEFAULT_REPLICATION_FACTOR = 3;

  /** In the configuration's order, which the exported state keeps. */
  private final Map<String, ClusterState> clusters = new LinkedHashMap<>();
  private final Clock clock;
  private final long delayMs;

  /** Loads the configuration's clusters; throws IllegalArgumentException naming what is inconsistent. */
  public Clusters(StubConfig config, Clock clock) {
    this.clock = Objects.requireNonNull(clock);
    this.delayMs = config.lifecycle().transitionDelayMs();
    long now = clock.millis();
    for (StubConfig.Cluster c : config.clusters()) {
      clusters.put(c.id(), StateLoader.load(c, now));
    }
  }

  long now() {
    return clock.millis();
  }

  long delayMs() {
    return delayMs;
  }

  /** The cluster, once it is known to exist and to support cluster linking. */
  ClusterState cluster(String clusterId) {
    ClusterState cluster = clusters.get(clusterId);
    if (cluster == null) {
      throw notFound(404, "Cluster " + TopicRules.abbreviate(String.valueOf(clusterId)) + " cannot be found.");
    }
    if (!cluster.config.clusterLinking()) {
      throw badRequest(40035, "The version of this API is not supported in the underlying Kafka cluster.");
    }
    return cluster;
  }

  /** Every cluster, in the configuration's order. */
  Collection<ClusterState> all() {
    return clusters.values();
  }

  /** The cluster's state without the checks (for views of tests), or null. */
  ClusterState peek(String clusterId) {
    ClusterState cluster = clusters.get(clusterId);
    if (cluster != null) {
      cluster.settle(now());
    }
    return cluster;
  }

  /** The replication factor a mirror gets when the request leaves it to the cluster. */
  static int defaultReplicationFactor(StubConfig.Cluster cluster) {
    Integer required = cluster.requiredReplicationFactor();
    return required != null ? required : Math.min(DEFAULT_REPLICATION_FACTOR, cluster.brokers());
  }

  /** Every mirror of the cluster, in creation order (empty for an unknown cluster). */
  public List<MirrorTopic> mirrors(String clusterId) {
    ClusterState cluster = peek(clusterId);
    return cluster == null ? List.of() : cluster.snapshot();
  }

  /**
   * The state of every cluster (or of the one named, if it exists) in the configuration file's own records:
   * loaded again, they give this state. Each cluster is read under its lock, pending steps due applied.
   */
  public List<StubConfig.Cluster> export(String clusterIdOrNull) {
    List<StubConfig.Cluster> result = new ArrayList<>();
    for (ClusterState c : clusters.values()) {
      if (clusterIdOrNull == null || c.id().equals(clusterIdOrNull)) {
        result.add(StateExport.cluster(c, now()));
      }
    }
    return result;
  }

  /** What a client can observe of the cluster, as one value (empty for an unknown cluster). */
  public InMemoryMirrorService.Snapshot snapshot(String clusterId) {
    ClusterState cluster = peek(clusterId);
    if (cluster == null) {
      return new InMemoryMirrorService.Snapshot(List.of(), Map.of(), List.of(), List.of());
    }
    synchronized (cluster) {
      Map<String, Map<String, String>> configs = new LinkedHashMap<>();
      List<ClusterLink> links = new ArrayList<>();
      for (LinkState l : cluster.links()) {
        links.add(LinkOperations.view(cluster, l));
        configs.put(l.name, Map.copyOf(l.configs));
      }
      return new InMemoryMirrorService.Snapshot(links, configs, cluster.snapshot(), cluster.topics());
    }
  }
}
