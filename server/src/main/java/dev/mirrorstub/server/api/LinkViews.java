package dev.mirrorstub.server.api;

import dev.mirrorstub.server.domain.ClusterLink;
import dev.mirrorstub.server.domain.LinkConfig;
import dev.mirrorstub.server.generated.model.LinkTask;
import dev.mirrorstub.server.generated.model.ListLinkConfigsResponseData;
import dev.mirrorstub.server.generated.model.ListLinkConfigsResponseDataList;
import dev.mirrorstub.server.generated.model.ListLinksResponseData;
import dev.mirrorstub.server.generated.model.ListLinksResponseDataList;
import dev.mirrorstub.server.generated.model.ResourceCollectionMetadata;
import dev.mirrorstub.server.generated.model.ResourceMetadata;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;

/**
 * Links and link configs as the spec's resources. A link sends only the id field of its mode, its
 * error message only when it has one, its tasks only when asked for.
 */
final class LinkViews {

  private static final String LINKS_PATH = "kafka/v3/clusters/{cluster_id}/links";

  private LinkViews() {
  }

  static ListLinksResponseDataList links(UriBuilder base, String clusterId, List<ClusterLink> links) {
    return new ListLinksResponseDataList()
        .kind("KafkaLinkDataList")
        .metadata(new ResourceCollectionMetadata().self(base.clone().path(LINKS_PATH).build(clusterId).toString()))
        .data(links.stream().map(l -> link(base, l, false)).toList());
  }

  static ListLinksResponseData link(UriBuilder base, ClusterLink l, boolean tasks) {
    ListLinksResponseData data = new ListLinksResponseData()
        .kind("KafkaLinkData")
        .metadata(new ResourceMetadata().self(base.clone().path(LINKS_PATH).path("{link_name}")
            .build(l.clusterId(), l.name()).toString()));
    switch (l.mode()) {
      case DESTINATION -> data.sourceClusterId(l.otherClusterId());
      case SOURCE -> data.destinationClusterId(l.otherClusterId());
      case BIDIRECTIONAL -> data.remoteClusterId(l.otherClusterId());
    }
    return data.linkName(l.name())
        .linkId(l.linkId())
        .clusterLinkId(l.clusterLinkId())
        .topicNames(l.topicNames())
        .linkError(l.error())
        .linkErrorMessage(l.errorMessage())
        .linkState(l.state())
        .tasks(!tasks ? null : l.tasks().stream()
            .map(t -> new LinkTask().taskName(t.name()).state(t.state()).errors(List.of())).toList());
  }

  static ListLinkConfigsResponseDataList configs(UriBuilder base, String clusterId, String linkName,
      List<LinkConfig> configs) {
    return new ListLinkConfigsResponseDataList()
        .kind("KafkaLinkConfigDataList")
        .metadata(new ResourceCollectionMetadata().self(base.clone().path(LINKS_PATH).path("{link_name}/configs")
            .build(clusterId, linkName).toString()))
        .data(configs.stream().map(c -> config(base, c)).toList());
  }

  static ListLinkConfigsResponseData config(UriBuilder base, LinkConfig c) {
    return new ListLinkConfigsResponseData()
        .kind("KafkaLinkConfigData")
        .metadata(new ResourceMetadata().self(base.clone().path(LINKS_PATH).path("{link_name}/configs/{config_name}")
            .build(c.clusterId(), c.linkName(), c.name()).toString()))
        .clusterId(c.clusterId())
        .name(c.name())
        .value(c.value())
        .isDefault(c.isDefault())
        .isReadOnly(c.readOnly())
        .isSensitive(c.sensitive())
        .source(c.source())
        .synonyms(List.of())
        .linkName(c.linkName());
  }
}
