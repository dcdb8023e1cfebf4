package dev.mirrorstub.server.api;

import dev.mirrorstub.server.domain.AlterMirrors;
import dev.mirrorstub.server.generated.model.AlterMirrorStatusResponseData;
import dev.mirrorstub.server.generated.model.AlterMirrorStatusResponseDataList;
import dev.mirrorstub.server.generated.model.PartitionLevelTruncationData;
import dev.mirrorstub.server.generated.model.ResourceCollectionMetadata;
import dev.mirrorstub.server.generated.model.ResourceMetadata;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;

/**
 * The answer of every {@code mirrors:<op>} operation: kind {@code KafkaPromoteMirror} for all seven
 * (Confluent's only example), one item per topic. Every field of an item is sent, the null ones as
 * {@code null} (see {@link JsonMapperResolver}).
 */
final class AlterViews {

  private AlterViews() {
  }

  static AlterMirrorStatusResponseDataList items(UriBuilder base, String clusterId, String linkName,
      List<AlterMirrors.Item> items) {
    return new AlterMirrorStatusResponseDataList()
        .kind("KafkaPromoteMirror")
        .metadata(new ResourceCollectionMetadata().self(base.clone().path(MirrorViews.MIRRORS_PATH)
            .build(clusterId, linkName).toString()))
        .data(items.stream().map(i -> item(base, clusterId, linkName, i)).toList());
  }

  private static AlterMirrorStatusResponseData item(UriBuilder base, String clusterId, String linkName,
      AlterMirrors.Item i) {
    return new AlterMirrorStatusResponseData()
        .kind("AlterMirrorsData")
        .metadata(new ResourceMetadata().self(MirrorViews.self(base, clusterId, linkName, i.mirrorTopicName())))
        .mirrorTopicName(i.mirrorTopicName())
        .errorCode(i.errorCode())
        .errorMessage(i.errorMessage())
        .mirrorLags(MirrorViews.lags(i.lags()))
        .messagesTruncated(i.messagesTruncated())
        .partitionLevelTruncationData(i.truncation().stream().map(t -> new PartitionLevelTruncationData()
            .partitionId(t.partition()).offsetTruncatedTo(t.offsetTruncatedTo())
            .messagesTruncated(t.messagesTruncated())).toList());
  }
}
