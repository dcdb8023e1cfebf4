package dev.mirrorstub.server.domain;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A mirror topic that exists in a destination cluster: what it was created from, and its state
 * ({@code status} since {@code stateTimeMs}, one lag entry per partition, why it failed when it did,
 * and the errors of its past transitions). The configs of the create request are checked but not
 * kept: no answer reads them back. Immutable: a transition replaces the mirror with a new value.
 */
public record MirrorTopic(String clusterId, String linkName, String mirrorTopicName,
                          String sourceTopicName, int partitions, int replicationFactor,
                          MirrorStatus status, long stateTimeMs, List<PartitionLag> lags,
                          String mirrorTopicError, List<TransitionError> stateTransitionErrors) {

  public MirrorTopic {
    lags = lags instanceof NothingFetchedYet ? lags : List.copyOf(lags);
    stateTransitionErrors = List.copyOf(Objects.requireNonNullElse(stateTransitionErrors, List.of()));
  }

  /**
   * A mirror as a real server reports it right after creation: ACTIVE, and for every partition lag
   * 0 and last source fetch offset -1, since nothing has been fetched yet.
   */
  public static MirrorTopic created(String clusterId, String linkName, String mirrorTopicName, String sourceTopicName,
      int partitions, int replicationFactor, long nowMs) {
    return new MirrorTopic(clusterId, linkName, mirrorTopicName, sourceTopicName, partitions, replicationFactor,
        MirrorStatus.ACTIVE, nowMs, new NothingFetchedYet(partitions), null, List.of());
  }

  /** The lags of a mirror that has fetched nothing yet (one entry per partition). */
  public static List<PartitionLag> nothingFetched(int partitions) {
    return new NothingFetchedYet(partitions);
  }

  /** The same mirror in another status since {@code timeMs}. */
  public MirrorTopic withStatus(MirrorStatus newStatus, long timeMs) {
    return new MirrorTopic(clusterId, linkName, mirrorTopicName, sourceTopicName, partitions, replicationFactor,
        newStatus, timeMs, lags, mirrorTopicError, stateTransitionErrors);
  }

  /** The same mirror with other lags (one entry per partition, in partition order). */
  public MirrorTopic withLags(List<PartitionLag> newLags) {
    return new MirrorTopic(clusterId, linkName, mirrorTopicName, sourceTopicName, partitions, replicationFactor,
        status, stateTimeMs, newLags, mirrorTopicError, stateTransitionErrors);
  }

  /** The same mirror reporting another {@code mirror_topic_error} (null: none). */
  public MirrorTopic withMirrorTopicError(String error) {
    return new MirrorTopic(clusterId, linkName, mirrorTopicName, sourceTopicName, partitions, replicationFactor,
        status, stateTimeMs, lags, error, stateTransitionErrors);
  }

  /** The sum of the partitions' lags. */
  public long totalLag() {
    long sum = 0;
    for (PartitionLag l : lags) {
      sum += l.lag();
    }
    return sum;
  }

  /** How far one partition is behind its source; {@code lastSourceFetchOffset} is -1 before the first fetch. */
  public record PartitionLag(int partition, long lag, long lastSourceFetchOffset) {
  }

  /** An error of a past state transition: a code such as UNKNOWN_TOPIC_OR_PARTITION_ERROR and a message. */
  public record TransitionError(String errorCode, String errorMessage) {
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
      Objects.checkIndex(partition, partitions);
      return new PartitionLag(partition, 0, -1);
    }

    @Override
    public int size() {
      return partitions;
    }
  }
}
