package dev.mirrorstub.server.domain.memory;

import static dev.mirrorstub.server.domain.MirrorException.badRequest;

import dev.mirrorstub.server.domain.ClusterLink;
import dev.mirrorstub.server.domain.CreateLink;
import dev.mirrorstub.server.domain.CreateMirror;
import dev.mirrorstub.server.domain.MirrorException;
import dev.mirrorstub.server.domain.MirrorStatus;
import dev.mirrorstub.server.domain.MirrorTopic;
import dev.mirrorstub.server.domain.rules.LinkConfigCatalogue;
import dev.mirrorstub.server.domain.rules.LinkRules;
import dev.mirrorstub.server.domain.rules.RequestRules;
import dev.mirrorstub.server.domain.rules.TopicRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Cluster links: list, read, create and delete. Each runs under the cluster's lock. */
public final class LinkOperations {

  private static final Map<String, String> TASKS = new LinkedHashMap<>();

  static {
    TASKS.put("AclSync", "acl.sync.enable");
    TASKS.put("AutoCreateMirror", "auto.create.mirror.topics.enable");
    TASKS.put("ConsumerOffsetSync", "consumer.offset.sync.enable");
    TASKS.put("TopicConfigsSync", null);
  }

  private final Clusters clusters;

  public LinkOperations(Clusters clusters) {
    this.clusters = clusters;
  }

  public List<ClusterLink> links(String clusterId) {
    ClusterState cluster = clusters.cluster(clusterId);
    synchronized (cluster) {
      return cluster.links().stream().map(l -> view(cluster, l)).toList();
    }
  }

  public ClusterLink link(String clusterId, String linkName) {
    ClusterState cluster = clusters.cluster(clusterId);
    synchronized (cluster) {
      return view(cluster, cluster.link(linkName));
    }
  }

  static ClusterLink view(ClusterState cluster, LinkState l) {
    List<String> topics = cluster.mirrorsOf(l.name).stream().map(MirrorTopic::mirrorTopicName).toList();
    List<ClusterLink.Task> tasks = new ArrayList<>();
    TASKS.forEach((task, config) -> tasks.add(new ClusterLink.Task(task,
        config == null || "true".equalsIgnoreCase(l.configs.get(config)) ? "ACTIVE" : "NOT_CONFIGURED")));
    return new ClusterLink(cluster.id(), l.name, l.mode, l.otherClusterId, l.clusterLinkId, l.linkId, topics, l.state,
        l.error, l.errorMessage, tasks);
  }

  /** Name rules, name taken, config values, the mode's cluster id, not this cluster, prefix unique; then validate_only. */
  public void create(String clusterId, CreateLink request) {
    RequestRules.requireConfigNames(request.configs());
    ClusterState cluster = clusters.cluster(clusterId);
    synchronized (cluster) {
      String name = request.linkName();
      String reason = LinkRules.illegalNameReason(name);
      if (reason != null) {
        throw badRequest(40002, reason);
      }
      if (cluster.linkOrNull(name) != null) {
        throw badRequest(40002, "Cluster link '" + name + "' already exists.");
      }
      Map<String, String> configs = new LinkedHashMap<>();
      for (CreateMirror.Config c : request.configs()) {
        if (c.value() == null) {
          throw badRequest(40002, "Null value not supported for cluster link configs : " + TopicRules.abbreviate(c.name()));
        }
        LinkConfigOperations.requireWritable(c.name(), name);
        LinkConfigCatalogue.checkValue(c.name(), c.value());
        configs.put(c.name(), c.value());
      }
      ClusterLink.Mode mode = ClusterLink.Mode.valueOf(configs.getOrDefault(LinkConfigCatalogue.MODE, "DESTINATION")
          .trim());
      String other = switch (mode) {
        case DESTINATION -> request.sourceClusterId();
        case SOURCE -> request.destinationClusterId();
        case BIDIRECTIONAL -> request.remoteClusterId();
      };
      if (other == null || other.isEmpty()) {
        throw badRequest(40002, mode.idField() + " is required for a cluster link in " + mode + " mode.");
      }
      if (other.equals(clusterId)) {
        throw badRequest(40002, mode.otherSide() + " cluster ID matches local cluster ID " + clusterId
            + ". Cannot create cluster link to self.");
      }
      String prefix = configs.getOrDefault(LinkConfigCatalogue.PREFIX, "");
      for (LinkState l : cluster.links()) {
        if (!prefix.isEmpty() && prefix.equals(l.prefix)) {
          throw badRequest(40002, "Cluster link prefix already exists: '" + prefix + "' is the prefix of cluster link '"
              + l.name + "'.");
        }
      }
      if (Boolean.TRUE.equals(request.validateOnly())) {
        return;
      }
      String id = request.clusterLinkId() != null && !request.clusterLinkId().isEmpty() ? request.clusterLinkId()
          : LinkRules.derivedClusterLinkId(clusterId, name);
      cluster.addLink(new LinkState(name, mode, other, id, LinkRules.linkId(id), configs, "ACTIVE", "NO_ERROR", null,
          SourceTopics.ANY));
    }
  }

  /** Live mirrors (not STOPPED) forbid the delete unless forced; then every mirror becomes a regular topic. */
  public void delete(String clusterId, String linkName, Boolean force, Boolean validateOnly) {
    ClusterState cluster = clusters.cluster(clusterId);
    synchronized (cluster) {
      LinkState link = cluster.link(linkName);
      cluster.settle(clusters.now());
      List<String> live = cluster.mirrorsOf(link.name).stream().filter(m -> m.status() != MirrorStatus.STOPPED)
          .map(MirrorTopic::mirrorTopicName).toList();
      if (!live.isEmpty() && !Boolean.TRUE.equals(force)) {
        throw MirrorException.forbidden(403, "Cluster link '" + link.name + "' with ID '" + link.clusterLinkId
            + "' is in use by mirror topics: " + TopicRules.abbreviate(String.join(", ", live))
            + ". Promote or fail over those mirror topics first, or delete the link with force=true.");
      }
      if (!Boolean.TRUE.equals(validateOnly)) {
        cluster.removeLink(link);
      }
    }
  }
}
