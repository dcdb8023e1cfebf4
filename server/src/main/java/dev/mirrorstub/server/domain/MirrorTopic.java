package dev.mirrorstub.server.domain;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A mirror topic that exists in a destination cluster: what it was created from, and its state
 * ({@code status} since {@code stateTimeMs}, and one lag entry per partition). The configs of the
 * create request are checked but not kept: no answer reads them back.
 */
public record MirrorTopic(String clusterId, String linkName, String mirrorTopicName,
                          String sourceTopicName, int partitions, int replicationFactor,
                          MirrorStatus status, long stateTimeMs, List<PartitionLag> lags) {

  public MirrorTopic {
    lags = lags instanceof NothingFetchedYet ? lags : List.copyOf(lags);
  }

  /**
   * A mirror as a real server reports it right after creation: ACTIVE, and for every partition lag
   * 0 and last source fetch offset -1, since nothing has been fetched yet.
   */
  static MirrorTopic created(String clusterId, String linkName, String mirrorTopicName, String sourceTopicName,
      int partitions, int replicationFactor, long nowMs) {
    return new MirrorTopic(clusterId, linkName, mirrorTopicName, sourceTopicName, partitions, replicationFactor,
        MirrorStatus.ACTIVE, nowMs, new NothingFetchedYet(partitions));
  }

  /** How far one partition is behind its source; {@code lastSourceFetchOffset} is -1 before the first fetch. */
  public record PartitionLag(int partition, long lag, long lastSourceFetchOffset) {
  }

  /**
   * The lags of a new mirror, made when read: one small object per mirror instead of one entry per
   * partition, so that the store stays compact (the benchmark holds a million mirrors).
   */
  private static final class NothingFetchedYet extends AbstractList<PartitionLag> implements RandomAccess {
    private final int partitions;

    NothingFetchedYet(int partitions) {
      this.partitions = partitions;
    }

    @Override
    public PartitionLag get(int partition) {
      return new PartitionLag(partition, 0, -1);
    }

    @Override
    public int size() {
      return partitions;
    }
  }
}
