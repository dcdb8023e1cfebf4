package dev.mirrorstub.server.domain.memory;

import dev.mirrorstub.server.config.MirrorSpec;
import dev.mirrorstub.server.config.RemoteMirror;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.AlterMirrors;
import dev.mirrorstub.server.domain.ClusterLink;
import dev.mirrorstub.server.domain.MirrorException;
import dev.mirrorstub.server.domain.MirrorStatus;
import dev.mirrorstub.server.domain.MirrorTopic;
import dev.mirrorstub.server.domain.rules.LinkConfigCatalogue;
import dev.mirrorstub.server.domain.rules.LinkRules;
import dev.mirrorstub.server.domain.rules.TopicRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A cluster's state as the configuration describes it: links with their configs and ids, mirrors
 * in the status and with the lags given, the remote cluster's mirrors. What the configuration's
 * format cannot check alone (config values, topic names, name clashes) is checked here, with the
 * API's own rules, and refused as a configuration error.
 */
final class StateLoader {

  private StateLoader() {
  }

  static ClusterState load(StubConfig.Cluster config, long nowMs) {
    ClusterState cluster = new ClusterState(config);
    for (StubConfig.Link l : config.links()) {
      String where = "clusters[" + config.id() + "].links[" + l.name() + "]";
      try {
        LinkState link = link(config.id(), l);
        cluster.addLink(link);
        for (MirrorSpec m : l.mirrors()) {
          cluster.add(link, mirror(config, link, m, nowMs));
        }
      } catch (MirrorException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    return cluster;
  }

  private static LinkState link(String clusterId, StubConfig.Link l) {
    String reason = LinkRules.illegalNameReason(l.name());
    if (reason != null) {
      throw MirrorException.badRequest(40002, reason);
    }
    for (Map.Entry<String, String> c : l.configs().entrySet()) {
      LinkConfigCatalogue.checkValue(c.getKey(), c.getValue());
    }
    String clusterLinkId = l.clusterLinkId() != null ? l.clusterLinkId()
        : LinkRules.derivedClusterLinkId(clusterId, l.name());
    LinkState link = new LinkState(l.name(), ClusterLink.Mode.valueOf(l.mode()), l.otherClusterId(), clusterLinkId,
        LinkRules.linkId(clusterLinkId), l.configs(), l.state(), l.error(), l.errorMessage(),
        new SourceTopics(l.sourceTopics()));
    for (RemoteMirror r : l.remoteMirrors()) {
      List<AlterMirrors.Truncation> truncation = new ArrayList<>();
      for (RemoteMirror.Truncation t : r.truncation()) {
        truncation.add(new AlterMirrors.Truncation(truncation.size(), t.offsetTruncatedTo(), t.messagesTruncated()));
      }
      link.remoteMirrors.put(r.topic(), new LinkState.Remote(r.topic(), MirrorStatus.valueOf(r.status()), truncation));
    }
    return link;
  }

  private static MirrorTopic mirror(StubConfig.Cluster config, LinkState link, MirrorSpec m, long nowMs) {
    String name = link.prefix + m.source();
    String reason = TopicRules.illegalNameReason(name);
    if (reason != null) {
      throw MirrorException.badRequest(40002, reason);
    }
    int partitions = link.sources.find(m.source()).partitions();
    List<MirrorTopic.PartitionLag> lags = MirrorTopic.nothingFetched(partitions);
    if (m.lags() != null) {
      lags = new ArrayList<>();
      for (MirrorSpec.Lag lag : m.lags()) {
        lags.add(new MirrorTopic.PartitionLag(lags.size(), lag.lag(), lag.lastSourceFetchOffset()));
      }
    }
    List<MirrorTopic.TransitionError> errors = m.stateTransitionErrors().stream()
        .map(e -> new MirrorTopic.TransitionError(e.errorCode(), e.errorMessage())).toList();
    return new MirrorTopic(config.id(), link.name, link.prefix.isEmpty() ? m.source() : name, m.source(), partitions,
        Clusters.defaultReplicationFactor(config), MirrorStatus.valueOf(m.status()), nowMs, lags,
        m.mirrorTopicError(), errors);
  }
}
