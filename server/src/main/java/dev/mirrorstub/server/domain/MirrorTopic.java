package dev.mirrorstub.server.domain;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * A mirror topic that exists in a destination cluster: what it was created with, and its state
 * ({@code status} since {@code stateTimeMs}, and one lag entry per partition).
 */
public record MirrorTopic(String clusterId, String linkName, String mirrorTopicName,
                          String sourceTopicName, int partitions, int replicationFactor,
                          Map<String, String> configs, long createdAtMs,
                          MirrorStatus status, long stateTimeMs, List<PartitionLag> lags) {

  public MirrorTopic {
    configs = Map.copyOf(configs);
    lags = List.copyOf(lags);
  }

  /** Every new mirror of n partitions reports the same lags: one immutable list per n, shared. */
  private static final Map<Integer, List<PartitionLag>> INITIAL_LAGS = new ConcurrentHashMap<>();

  /**
   * A mirror as a real server reports it right after creation: ACTIVE, and for every partition lag
   * 0 and last source fetch offset -1, since nothing has been fetched yet.
   */
  static MirrorTopic created(String clusterId, String linkName, String mirrorTopicName, String sourceTopicName,
      int partitions, int replicationFactor, Map<String, String> configs, long nowMs) {
    List<PartitionLag> lags = INITIAL_LAGS.computeIfAbsent(partitions,
        n -> IntStream.range(0, n).mapToObj(p -> new PartitionLag(p, 0, -1)).toList());
    return new MirrorTopic(clusterId, linkName, mirrorTopicName, sourceTopicName, partitions, replicationFactor,
        configs, nowMs, MirrorStatus.ACTIVE, nowMs, lags);
  }

  /** How far one partition is behind its source; {@code lastSourceFetchOffset} is -1 before the first fetch. */
  public record PartitionLag(int partition, long lag, long lastSourceFetchOffset) {
  }
}
