package dev.mirrorstub.server.domain.memory;

import dev.mirrorstub.server.domain.AlterMirrors;
import dev.mirrorstub.server.domain.ClusterLink;
import dev.mirrorstub.server.domain.MirrorStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One cluster link of a cluster. What cannot change after creation is final; the set configs and
 * the remote cluster's mirrors change under the cluster's lock only.
 */
final class LinkState {

  /** A topic of this cluster that the remote cluster mirrors over the link, and how a restore would truncate it. */
  record Remote(String topic, MirrorStatus status, List<AlterMirrors.Truncation> truncation) {
  }

  final String name;
  final ClusterLink.Mode mode;
  final String otherClusterId;
  final String clusterLinkId;
  final String linkId;
  /** {@code cluster.link.prefix}: set at creation, never changed (it names the link's mirrors). */
  final String prefix;
  final String state;
  final String error;
  final String errorMessage;
  final SourceTopics sources;
  /** The configs set on the link, by name; the others have their default. */
  final Map<String, String> configs;
  final Map<String, Remote> remoteMirrors = new LinkedHashMap<>();

  LinkState(String name, ClusterLink.Mode mode, String otherClusterId, String clusterLinkId, String linkId,
      Map<String, String> configs, String state, String error, String errorMessage, SourceTopics sources) {
    this.name = name;
    this.mode = mode;
    this.otherClusterId = otherClusterId;
    this.clusterLinkId = clusterLinkId;
    this.linkId = linkId;
    this.configs = new LinkedHashMap<>(configs);
    this.prefix = this.configs.getOrDefault("cluster.link.prefix", "");
    this.state = state;
    this.error = error;
    this.errorMessage = errorMessage;
    this.sources = sources;
  }
}
