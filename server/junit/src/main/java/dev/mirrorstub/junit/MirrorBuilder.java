package dev.mirrorstub.junit;

import dev.mirrorstub.server.config.MirrorSpec;
import dev.mirrorstub.server.domain.MirrorStatus;
import dev.mirrorstub.server.domain.MirrorTopic;
import dev.mirrorstub.server.domain.MirrorTopic.PartitionLag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The state of one mirror topic: its status, per-partition lags and last fetched source offsets, its
 * {@code mirror_topic_error} and the errors of its past transitions. The same description serves to
 * preload a mirror ({@link MirrorStubBuilder.LinkBuilder#mirror(String, java.util.function.Consumer)}; what is not set has its default:
 * ACTIVE, lag 0, nothing fetched, no error) and to change one during a test
 * ({@link MirrorStubExtension#changeMirror}; what is not set stays as it is).
 *
 * <pre>{@code
 * link.mirror("orders", m -> m.status(MirrorStatus.PAUSED).lags(0, 42));
 * link.mirror("payments", m -> m.status(MirrorStatus.FAILED).mirrorTopicError("SOURCE_TOPIC_MAY_BE_DELETED"));
 * STUB.changeMirror("cluster-1", "link-sb1", "link1_orders", m -> m.lags(0, 0).lastSourceFetchOffsets(120, 80));
 * }</pre>
 */
public final class MirrorBuilder {

  private record PartitionState(long lag, long lastSourceFetchOffset) {
  }

  private MirrorStatus status;
  private final Map<Integer, PartitionState> partitions = new LinkedHashMap<>();
  private long[] lags;
  private long[] offsets;
  private boolean errorSet;
  private String mirrorTopicError;
  private final List<MirrorSpec.TransitionError> transitionErrors = new ArrayList<>();

  MirrorBuilder() {
  }

  public MirrorBuilder status(MirrorStatus status) {
    this.status = Objects.requireNonNull(status, "status");
    return this;
  }

  /** The lag of each partition, partition 0 first: one value per partition of the source topic. */
  public MirrorBuilder lags(long... lags) {
    this.lags = lags.clone();
    return this;
  }

  /** The last source offset fetched by each partition ({@code -1}: nothing fetched yet), one per partition. */
  public MirrorBuilder lastSourceFetchOffsets(long... offsets) {
    this.offsets = offsets.clone();
    return this;
  }

  /** One partition's lag and last fetched source offset; applied after {@link #lags} and the offsets. */
  public MirrorBuilder partition(int partition, long lag, long lastSourceFetchOffset) {
    partitions.put(partition, new PartitionState(lag, lastSourceFetchOffset));
    return this;
  }

  /** Why the mirror failed, as {@code mirror_topic_error} reports it (e.g. SOURCE_TOPIC_MAY_BE_DELETED); null: none. */
  public MirrorBuilder mirrorTopicError(String error) {
    this.errorSet = true;
    this.mirrorTopicError = error;
    return this;
  }

  /** Adds an error of a past state transition, as {@code include_state_transition_errors=true} shows it. */
  public MirrorBuilder stateTransitionError(String errorCode, String errorMessage) {
    transitionErrors.add(new MirrorSpec.TransitionError(errorCode, errorMessage));
    return this;
  }

  /** As the configuration describes it; {@code partitions} is null when the source topic is not known here. */
  MirrorSpec toSpec(String source, Integer partitionCount) {
    List<MirrorSpec.Lag> specLags = null;
    if (partitionCount != null && (lags != null || offsets != null || !partitions.isEmpty())) {
      specLags = over(MirrorTopic.nothingFetched(partitionCount)).stream()
          .map(l -> new MirrorSpec.Lag(l.lag(), l.lastSourceFetchOffset())).toList();
    }
    return new MirrorSpec(source, status == null ? null : status.name(), specLags, mirrorTopicError,
        transitionErrors);
  }

  /** {@code mirror} with what this sets changed, the rest as it was. */
  MirrorTopic applyTo(MirrorTopic mirror) {
    MirrorTopic changed = mirror.withLags(over(mirror.lags()));
    if (status != null) {
      changed = changed.withStatus(status, changed.stateTimeMs());
    }
    if (errorSet) {
      changed = changed.withMirrorTopicError(mirrorTopicError);
    }
    if (!transitionErrors.isEmpty()) {
      List<MirrorTopic.TransitionError> errors = new ArrayList<>(changed.stateTransitionErrors());
      transitionErrors.forEach(e -> errors.add(new MirrorTopic.TransitionError(e.errorCode(), e.errorMessage())));
      changed = new MirrorTopic(changed.clusterId(), changed.linkName(), changed.mirrorTopicName(),
          changed.sourceTopicName(), changed.partitions(), changed.replicationFactor(), changed.status(),
          changed.stateTimeMs(), changed.lags(), changed.mirrorTopicError(), errors);
    }
    return changed;
  }

  private List<PartitionLag> over(List<PartitionLag> base) {
    int n = base.size();
    requireOnePerPartition(lags, n, "lags");
    requireOnePerPartition(offsets, n, "lastSourceFetchOffsets");
    List<PartitionLag> result = new ArrayList<>(n);
    for (int p = 0; p < n; p++) {
      PartitionLag b = base.get(p);
      result.add(new PartitionLag(p, lags != null ? lags[p] : b.lag(),
          offsets != null ? offsets[p] : b.lastSourceFetchOffset()));
    }
    partitions.forEach((p, s) -> {
      if (p < 0 || p >= n) {
        throw new IllegalArgumentException("partition " + p + " does not exist: the topic has " + n + " partitions");
      }
      result.set(p, new PartitionLag(p, s.lag(), s.lastSourceFetchOffset()));
    });
    return result;
  }

  private static void requireOnePerPartition(long[] values, int partitions, String what) {
    if (values != null && values.length != partitions) {
      throw new IllegalArgumentException(what + ": " + values.length + " values for " + partitions
          + " partitions (one per partition)");
    }
  }
}
