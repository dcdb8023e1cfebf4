package dev.mirrorstub.server.api;

import dev.mirrorstub.server.domain.MirrorStatus;
import dev.mirrorstub.server.domain.MirrorTopic;
import dev.mirrorstub.server.generated.model.MirrorLag;
import dev.mirrorstub.server.generated.model.MirrorTopicData;
import dev.mirrorstub.server.generated.model.MirrorTopicDataList;
import dev.mirrorstub.server.generated.model.MirrorTopicStatus;
import dev.mirrorstub.server.generated.model.ResourceCollectionMetadata;
import dev.mirrorstub.server.generated.model.ResourceMetadata;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;

/**
 * Domain mirrors as the spec's resources. The {@code self} links are built from the base URI of
 * the request, so they point back at this server whatever host and port the client used.
 */
final class MirrorViews {

  static final String MIRROR_KIND = "KafkaMirrorData";
  static final String MIRROR_LIST_KIND = "KafkaMirrorDataList";
  private static final String MIRRORS_PATH = "kafka/v3/clusters/{cluster_id}/links/{link_name}/mirrors";

  private MirrorViews() {
  }

  static MirrorTopicData mirror(UriBuilder base, MirrorTopic m) {
    String self = base.clone().path(MIRRORS_PATH).path("{mirror_topic_name}")
        .build(m.clusterId(), m.linkName(), m.mirrorTopicName()).toString();
    return new MirrorTopicData()
        .kind(MIRROR_KIND)
        .metadata(new ResourceMetadata().self(self))
        .linkName(m.linkName())
        .mirrorTopicName(m.mirrorTopicName())
        .sourceTopicName(m.sourceTopicName())
        .numPartitions(m.partitions())
        .mirrorLags(m.lags().stream().map(MirrorViews::lag).toList())
        .mirrorStatus(MirrorTopicStatus.valueOf(m.status().name()))
        .stateTimeMs(m.stateTimeMs());
  }

  static MirrorTopicDataList list(UriBuilder base, String clusterId, String linkName, List<MirrorTopic> mirrors) {
    String self = base.clone().path(MIRRORS_PATH).build(clusterId, linkName).toString();
    return new MirrorTopicDataList()
        .kind(MIRROR_LIST_KIND)
        .metadata(new ResourceCollectionMetadata().self(self))
        .data(mirrors.stream().map(m -> mirror(base, m)).toList());
  }

  static MirrorStatus status(MirrorTopicStatus status) {
    return status == null ? null : MirrorStatus.valueOf(status.name());
  }

  private static MirrorLag lag(MirrorTopic.PartitionLag lag) {
    return new MirrorLag().partition(lag.partition()).lag(lag.lag()).lastSourceFetchOffset(lag.lastSourceFetchOffset());
  }
}
