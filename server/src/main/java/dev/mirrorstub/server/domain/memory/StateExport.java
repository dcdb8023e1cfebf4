package dev.mirrorstub.server.domain.memory;

import dev.mirrorstub.server.config.MirrorSpec;
import dev.mirrorstub.server.config.RemoteMirror;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.AlterMirrors;
import dev.mirrorstub.server.domain.ClusterLink;
import dev.mirrorstub.server.domain.MirrorTopic;
import java.util.ArrayList;
import java.util.List;

/**
 * A running cluster written back in the configuration file's own records, so that loading them
 * ({@link StateLoader}) gives the same state: links with their configs and ids, each mirror with its
 * status, lags and errors, the remote cluster's mirrors, the regular topics. What a file cannot say
 * is left out: when each status began (a loaded mirror starts now) and the steps still to come (a
 * mirror on its way stays in the status it has now).
 */
final class StateExport {

  private StateExport() {
  }

  /**
   * @throws IllegalStateException for a state that the configuration's rules cannot express (a topic
   *     restored under a link whose prefix its name lacks), naming it
   */
  static StubConfig.Cluster cluster(ClusterState cluster, long nowMs) {
    synchronized (cluster) {
      cluster.settle(nowMs);
      StubConfig.Cluster config = cluster.config;
      List<StubConfig.Link> links = new ArrayList<>();
      for (LinkState l : cluster.links()) {
        try {
          links.add(link(cluster, l));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException("The state of link " + l.name + " of cluster " + cluster.id()
              + " cannot be written as a configuration: " + e.getMessage() + ".", e);
        }
      }
      return new StubConfig.Cluster(config.id(), config.brokers(), config.clusterLinking(),
          config.requiredReplicationFactor(), config.maxTopics(), cluster.topics(), links);
    }
  }

  private static StubConfig.Link link(ClusterState cluster, LinkState l) {
    List<StubConfig.SourceTopic> sources = new ArrayList<>(l.sources.listed());
    List<MirrorSpec> mirrors = new ArrayList<>();
    for (MirrorTopic m : cluster.mirrorsOf(l.name)) {
      String source = m.sourceTopicName();
      if (l.sources.find(source) == null && sources.stream().noneMatch(t -> source.equals(t.name()))) {
        // A topic restored from the remote cluster: its source topic is one the link did not list.
        sources.add(new StubConfig.SourceTopic(source, null, m.partitions(), false));
      }
      mirrors.add(mirror(m));
    }
    List<RemoteMirror> remote = new ArrayList<>();
    for (LinkState.Remote r : l.remoteMirrors.values()) {
      // A remote mirror of a topic deleted since cannot be restored (the topic is not found first): left out.
      if (cluster.exists(r.topic())) {
        remote.add(new RemoteMirror(r.topic(), r.status().name(), r.truncation().stream()
            .map(StateExport::truncation).toList()));
      }
    }
    return new StubConfig.Link(l.name, l.prefix, l.mode.name(), otherId(l, ClusterLink.Mode.DESTINATION),
        otherId(l, ClusterLink.Mode.SOURCE), otherId(l, ClusterLink.Mode.BIDIRECTIONAL), l.clusterLinkId,
        l.configs, l.state, l.error, l.errorMessage, sources, mirrors, remote);
  }

  private static String otherId(LinkState l, ClusterLink.Mode mode) {
    return l.mode == mode ? l.otherClusterId : null;
  }

  private static MirrorSpec mirror(MirrorTopic m) {
    List<MirrorSpec.Lag> lags = m.lags().stream()
        .map(l -> new MirrorSpec.Lag(l.lag(), l.lastSourceFetchOffset())).toList();
    List<MirrorSpec.TransitionError> errors = m.stateTransitionErrors().stream()
        .map(e -> new MirrorSpec.TransitionError(e.errorCode(), e.errorMessage())).toList();
    return new MirrorSpec(m.sourceTopicName(), m.mirrorTopicName(), m.status().name(), lags, m.mirrorTopicError(),
        errors);
  }

  private static RemoteMirror.Truncation truncation(AlterMirrors.Truncation t) {
    return new RemoteMirror.Truncation(t.offsetTruncatedTo(), t.messagesTruncated());
  }
}
