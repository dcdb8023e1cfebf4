package dev.mirrorstub.server.api;

import dev.mirrorstub.server.domain.MirrorStatus;
import dev.mirrorstub.server.domain.MirrorTopic;
import dev.mirrorstub.server.generated.model.LinkTaskError;
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
  static final String MIRRORS_PATH = "kafka/v3/clusters/{cluster_id}/links/{link_name}/mirrors";

  private MirrorViews() {
  }

  static String self(UriBuilder base, String clusterId, String linkName, String mirrorTopicName) {
    return base.clone().path(MIRRORS_PATH).path("{mirror_topic_name}").build(clusterId, linkName, mirrorTopicName)
        .toString();
  }

  /**
   * A mirror; {@code mirror_topic_error} only when it has one, {@code mirror_state_transition_errors}
   * only when asked for (then possibly empty).
   */
  static MirrorTopicData mirror(UriBuilder base, MirrorTopic m, boolean transitionErrors) {
    return new MirrorTopicData()
        .kind(MIRROR_KIND)
        .metadata(new ResourceMetadata().self(self(base, m.clusterId(), m.linkName(), m.mirrorTopicName())))
        .linkName(m.linkName())
        .mirrorTopicName(m.mirrorTopicName())
        .sourceTopicName(m.sourceTopicName())
        .numPartitions(m.partitions())
        .mirrorLags(lags(m.lags()))
        .mirrorStatus(MirrorTopicStatus.valueOf(m.status().name()))
        .mirrorTopicError(m.mirrorTopicError())
        .stateTimeMs(m.stateTimeMs())
        .mirrorStateTransitionErrors(!transitionErrors ? null : m.stateTransitionErrors().stream()
            .map(e -> new LinkTaskError().errorCode(e.errorCode()).errorMessage(e.errorMessage())).toList());
  }

  static MirrorTopicDataList list(UriBuilder base, String clusterId, String linkName, List<MirrorTopic> mirrors) {
    String self = base.clone().path(MIRRORS_PATH).build(clusterId, linkName).toString();
    return new MirrorTopicDataList()
        .kind(MIRROR_LIST_KIND)
        .metadata(new ResourceCollectionMetadata().self(self))
        .data(mirrors.stream().map(m -> mirror(base, m, false)).toList());
  }

  static MirrorStatus status(MirrorTopicStatus status) {
    return status == null ? null : MirrorStatus.valueOf(status.name());
  }

  static List<MirrorLag> lags(List<MirrorTopic.PartitionLag> lags) {
    return lags.stream().map(l -> new MirrorLag().partition(l.partition()).lag(l.lag())
        .lastSourceFetchOffset(l.lastSourceFetchOffset())).toList();
  }
}
