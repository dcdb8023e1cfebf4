package dev.mirrorstub.server.domain.memory;

import static dev.mirrorstub.server.domain.MirrorException.badRequest;

import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.CreateMirror;
import dev.mirrorstub.server.domain.MirrorException;
import dev.mirrorstub.server.domain.MirrorStatus;
import dev.mirrorstub.server.domain.MirrorTopic;
import dev.mirrorstub.server.domain.rules.RequestRules;
import dev.mirrorstub.server.domain.rules.TopicRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Mirror topics: create, read, list (under a link or every link), and deleting a topic of any kind. */
public final class MirrorOperations {

  private final Clusters clusters;

  public MirrorOperations(Clusters clusters) {
    this.clusters = clusters;
  }

  /** The checks run in the order of the real broker, and nothing changes unless all pass. */
  public MirrorTopic create(String clusterId, String linkName, CreateMirror request) {
    String source = RequestRules.requireComplete(request).sourceTopicName();
    ClusterState cluster = clusters.cluster(clusterId);
    LinkState link = cluster.link(linkName);
    String mirrorName = request.mirrorTopicName() == null ? link.prefix + source : request.mirrorTopicName();
    requireLegalName(source);
    requireLegalName(mirrorName);
    cluster.requireAbsent(mirrorName);
    checkConfigs(request.configs(), mirrorName);
    if (!mirrorName.equals(link.prefix + source)) {
      throw badRequest(40035, "Topic renaming for mirroring not yet supported.");
    }
    int replicationFactor = replicationFactor(cluster.config, request.replicationFactor());
    StubConfig.SourceTopic sourceTopic = link.sources.find(source);
    if (sourceTopic == null) {
      throw new MirrorException(MirrorException.Kind.NOT_FOUND, 40403,
          "While fetching description for topic '" + TopicRules.abbreviate(source) + "' over cluster link '"
              + link.name + "': This server does not host this topic-partition.");
    }
    if (sourceTopic.unreachable()) {
      throw new MirrorException(MirrorException.Kind.RETRIABLE, 50003,
          "Timed out while fetching topic information over cluster link '" + link.name + "'.");
    }
    // Names from the configuration rather than the request's copies, and without a prefix the source
    // name once: a mirror keeps only what it adds to the store.
    MirrorTopic mirror = MirrorTopic.created(cluster.id(), link.name,
        link.prefix.isEmpty() ? source : mirrorName, source, sourceTopic.partitions(), replicationFactor,
        clusters.now());
    cluster.add(link, mirror);
    return mirror;
  }

  public MirrorTopic find(String clusterId, String linkName, String mirrorTopicName) {
    ClusterState cluster = clusters.cluster(clusterId);
    synchronized (cluster) {
      LinkState link = cluster.link(linkName);
      cluster.settle(clusters.now());
      MirrorTopic mirror = cluster.mirror(mirrorTopicName);
      if (mirror == null || !mirror.linkName().equals(link.name)) {
        throw new MirrorException(MirrorException.Kind.NOT_FOUND, 40403, "Mirror topic '"
            + TopicRules.abbreviate(String.valueOf(mirrorTopicName)) + "' does not exist under cluster link '"
            + link.name + "'.");
      }
      return mirror;
    }
  }

  public List<MirrorTopic> list(String clusterId, String linkName, MirrorStatus status) {
    ClusterState cluster = clusters.cluster(clusterId);
    synchronized (cluster) {
      LinkState link = cluster.link(linkName);
      cluster.settle(clusters.now());
      return cluster.mirrorsOf(link.name).stream().filter(m -> status == null || m.status() == status).toList();
    }
  }

  /** Every link's mirrors: links in order, each link's mirrors in creation order. */
  public List<MirrorTopic> listAll(String clusterId, MirrorStatus status) {
    ClusterState cluster = clusters.cluster(clusterId);
    synchronized (cluster) {
      cluster.settle(clusters.now());
      Map<String, Integer> order = new HashMap<>();
      for (LinkState l : cluster.links()) {
        order.put(l.name, order.size());
      }
      List<MirrorTopic> result = new ArrayList<>();
      for (MirrorTopic m : cluster.snapshot()) {
        if (status == null || m.status() == status) {
          result.add(m);
        }
      }
      result.sort((a, b) -> Integer.compare(order.get(a.linkName()), order.get(b.linkName())));
      return result;
    }
  }

  /** Deletes at once; a transition due for a deleted mirror is dropped, and the name is free again. */
  public void deleteTopic(String clusterId, String topicName) {
    ClusterState cluster = clusters.cluster(clusterId);
    if (!cluster.delete(topicName)) {
      throw new MirrorException(MirrorException.Kind.NOT_FOUND, 40403, "This server does not host this topic-partition.");
    }
  }

  private static void requireLegalName(String name) {
    String reason = TopicRules.illegalNameReason(name);
    if (reason != null) {
      throw badRequest(40002, reason);
    }
  }

  /** Null values, then names (unknown, mirrored, twice), then values, as Kafka checks them. */
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
    for (CreateMirror.Config c : configs) {
      TopicRules.checkValue(c.name(), c.value());
    }
  }

  private static int replicationFactor(StubConfig.Cluster cluster, Integer requested) {
    Integer required = cluster.requiredReplicationFactor();
    if (requested == null || requested == -1) {
      return Clusters.defaultReplicationFactor(cluster);
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
