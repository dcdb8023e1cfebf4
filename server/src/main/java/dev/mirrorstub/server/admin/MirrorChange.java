package dev.mirrorstub.server.admin;

import static dev.mirrorstub.server.domain.MirrorException.badRequest;

import dev.mirrorstub.server.config.MirrorSpec;
import dev.mirrorstub.server.domain.MirrorStatus;
import dev.mirrorstub.server.domain.MirrorTopic;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a test sets on one mirror, as its real life would: the status, the lags and last fetched source
 * offsets (one per partition, partition 0 first, or single partitions), the mirror's error (empty:
 * none) and the errors of its past transitions. What it leaves null stays as it is. The checks that
 * need no mirror come first ({@link #requireValid()}); those that need its partitions run on the mirror
 * as it is, under its cluster's lock ({@link #applyTo}). Every refusal is a 400 and changes nothing.
 */
public record MirrorChange(String status, List<Long> lags, List<Long> lastSourceFetchOffsets,
                           List<Partition> partitions, String mirrorTopicError,
                           List<MirrorTopic.TransitionError> stateTransitionErrors) {

  /** One partition's lag and last fetched source offset. */
  public record Partition(Integer partition, Long lag, Long lastSourceFetchOffset) {
  }

  /** The checks that need no mirror: something is named, the status exists, values are in range. */
  public MirrorChange requireValid() {
    if (status == null && lags == null && lastSourceFetchOffsets == null && partitions == null
        && mirrorTopicError == null && stateTransitionErrors == null) {
      throw badRequest(400, "The change names nothing to set: give status, lags, last_source_fetch_offsets,"
          + " partitions, mirror_topic_error or state_transition_errors.");
    }
    if (status != null && !MirrorSpec.STATUSES.contains(status)) {
      throw badRequest(400, "Invalid status " + status + ": must be one of " + String.join(", ", MirrorSpec.STATUSES)
          + ".");
    }
    for (int p = 0; lags != null && p < lags.size(); p++) {
      requireLag(lags.get(p), p);
    }
    for (int p = 0; lastSourceFetchOffsets != null && p < lastSourceFetchOffsets.size(); p++) {
      requireOffset(lastSourceFetchOffsets.get(p), p);
    }
    for (int i = 0; partitions != null && i < partitions.size(); i++) {
      Partition p = partitions.get(i);
      if (p == null || p.partition() == null || p.lag() == null || p.lastSourceFetchOffset() == null) {
        throw badRequest(400, "partitions[" + i + "] needs partition, lag and last_source_fetch_offset.");
      }
      requireLag(p.lag(), p.partition());
      requireOffset(p.lastSourceFetchOffset(), p.partition());
    }
    for (int i = 0; stateTransitionErrors != null && i < stateTransitionErrors.size(); i++) {
      MirrorTopic.TransitionError e = stateTransitionErrors.get(i);
      if (e == null || isBlank(e.errorCode()) || isBlank(e.errorMessage())) {
        throw badRequest(400, "state_transition_errors[" + i + "] needs error_code and error_message.");
      }
    }
    return this;
  }

  /** The mirror as changed; refuses values that do not fit its partitions. */
  public MirrorTopic applyTo(MirrorTopic m) {
    requireValid();
    int count = m.partitions();
    requireCount(m, lags, "lags");
    requireCount(m, lastSourceFetchOffsets, "last_source_fetch_offsets");
    long[] lag = new long[count];
    long[] offset = new long[count];
    for (int p = 0; p < count; p++) {
      lag[p] = lags != null ? lags.get(p) : m.lags().get(p).lag();
      offset[p] = lastSourceFetchOffsets != null ? lastSourceFetchOffsets.get(p) : m.lags().get(p).lastSourceFetchOffset();
    }
    for (Partition p : Objects.requireNonNullElse(partitions, List.<Partition>of())) {
      if (p.partition() < 0 || p.partition() >= count) {
        throw badRequest(400, "Mirror " + m.mirrorTopicName() + " has partitions 0 to " + (count - 1)
            + "; got partition " + p.partition() + ".");
      }
      lag[p.partition()] = p.lag();
      offset[p.partition()] = p.lastSourceFetchOffset();
    }
    MirrorTopic changed = m;
    if (lags != null || lastSourceFetchOffsets != null || partitions != null) {
      List<MirrorTopic.PartitionLag> newLags = new ArrayList<>();
      for (int p = 0; p < count; p++) {
        newLags.add(new MirrorTopic.PartitionLag(p, lag[p], offset[p]));
      }
      changed = changed.withLags(newLags);
    }
    if (mirrorTopicError != null) {
      changed = changed.withMirrorTopicError(mirrorTopicError.isEmpty() ? null : mirrorTopicError);
    }
    if (stateTransitionErrors != null) {
      changed = new MirrorTopic(changed.clusterId(), changed.linkName(), changed.mirrorTopicName(),
          changed.sourceTopicName(), changed.partitions(), changed.replicationFactor(), changed.status(),
          changed.stateTimeMs(), changed.lags(), changed.mirrorTopicError(), stateTransitionErrors);
    }
    return status == null ? changed : changed.withStatus(MirrorStatus.valueOf(status), changed.stateTimeMs());
  }

  private static void requireCount(MirrorTopic m, List<Long> values, String name) {
    if (values != null && values.size() != m.partitions()) {
      throw badRequest(400, "Mirror " + m.mirrorTopicName() + " has " + m.partitions() + " partitions; got "
          + values.size() + " " + name + ".");
    }
  }

  private static void requireLag(Long lag, int partition) {
    if (lag == null || lag < 0) {
      throw badRequest(400, "Lags must not be negative; got " + lag + " for partition " + partition + ".");
    }
  }

  private static void requireOffset(Long offset, int partition) {
    if (offset == null || offset < -1) {
      throw badRequest(400, "Last source fetch offsets must be -1 (nothing fetched) or more; got " + offset
          + " for partition " + partition + ".");
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
