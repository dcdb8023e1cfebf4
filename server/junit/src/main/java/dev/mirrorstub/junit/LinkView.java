package dev.mirrorstub.junit;

import dev.mirrorstub.server.domain.ClusterLink;
import dev.mirrorstub.server.domain.MirrorTopic;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cluster link as a test sees it: what the API reports of it ({@code link}: mode, the other
 * cluster's id, ids, state, mirror topic names), the configs set on it (the others have their
 * default), and its mirror topics in creation order, in any status (STOPPED included).
 */
public record LinkView(ClusterLink link, Map<String, String> configs, List<MirrorTopic> mirrors) {

  public LinkView {
    configs = Collections.unmodifiableMap(new LinkedHashMap<>(configs));
    mirrors = List.copyOf(mirrors);
  }

  public String name() {
    return link.name();
  }

  public ClusterLink.Mode mode() {
    return link.mode();
  }

  /** The cluster at the other end (source, destination or remote, by mode); null when unknown. */
  public String remoteClusterId() {
    return link.otherClusterId();
  }

  /** The mirror topics' names, in creation order. */
  public List<String> mirrorNames() {
    return mirrors.stream().map(MirrorTopic::mirrorTopicName).toList();
  }
}
