package dev.mirrorstub.server.domain;

import java.util.List;

/**
 * A request to create a cluster link, as the domain sees it: the {@code link_name} and flags of the
 * query and what the body held (an absent body is an empty one). The id fields that the link's mode
 * does not use are ignored.
 */
public record CreateLink(String linkName, String sourceClusterId, String destinationClusterId,
                         String remoteClusterId, String clusterLinkId, List<CreateMirror.Config> configs,
                         Boolean validateOnly) {

  public CreateLink {
    configs = configs == null ? List.of() : List.copyOf(configs);
  }
}
