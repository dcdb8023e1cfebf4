package dev.mirrorstub.server.domain.memory;

import dev.mirrorstub.server.domain.MirrorTopic;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What a test changes beyond the API, as a real cluster's own life would: a mirror's lags and
 * offsets, its status, its error; and pending transitions completed now rather than when due. Each
 * change is atomic under the cluster's lock and checked before it applies (nothing changes when it
 * is refused). Not reachable over HTTP: only code that owns the in-memory back end calls it.
 */
public final class StateOverrides {

  private final Clusters clusters;

  public StateOverrides(Clusters clusters) {
    this.clusters = clusters;
  }

  /**
   * Replaces the mirror with {@code change}'s result, which may differ in status, state time, lags,
   * mirror topic error and transition errors only. A new status is stamped with the clock's time
   * (unless the change sets another state time) and drops the steps the mirror had still to come.
   *
   * @throws IllegalArgumentException for an unknown cluster, link or mirror, or a change that breaks a rule
   */
  public MirrorTopic change(String clusterId, String linkName, String mirrorTopicName,
      UnaryOperator<MirrorTopic> change) {
    ClusterState cluster = clusters.peek(clusterId);
    if (cluster == null) {
      throw new IllegalArgumentException("no cluster " + clusterId);
    }
    synchronized (cluster) {
      cluster.settle(clusters.now());
      MirrorTopic before = cluster.mirror(mirrorTopicName);
      if (before == null || !before.linkName().equals(linkName)) {
        throw new IllegalArgumentException("no mirror topic " + mirrorTopicName + " under link " + linkName
            + " of cluster " + clusterId + "; its mirrors: " + cluster.mirrorsOf(linkName).stream()
            .map(MirrorTopic::mirrorTopicName).toList());
      }
      MirrorTopic after = Objects.requireNonNull(change.apply(before), "the change returned null");
      requireSameTopic(before, after);
      requireLags(after);
      if (after.status() != before.status()) {
        if (after.stateTimeMs() == before.stateTimeMs()) {
          after = after.withStatus(after.status(), clusters.now());
        }
        cluster.cancel(mirrorTopicName);
      }
      cluster.put(after);
      return after;
    }
  }

  /**
   * Every pending step of every cluster happens now, in order (PENDING_STOPPED becomes STOPPED, a
   * restore ends ACTIVE): a step already due is stamped with the time it was due, one not yet due
   * with the clock's time.
   */
  public void completePendingTransitions() {
    for (ClusterState cluster : clusters.all()) {
      cluster.completePending(clusters.now());
    }
  }

  private static void requireSameTopic(MirrorTopic before, MirrorTopic after) {
    if (!before.clusterId().equals(after.clusterId()) || !before.linkName().equals(after.linkName())
        || !before.mirrorTopicName().equals(after.mirrorTopicName())
        || !before.sourceTopicName().equals(after.sourceTopicName())
        || before.partitions() != after.partitions() || before.replicationFactor() != after.replicationFactor()) {
      throw new IllegalArgumentException("a change of " + before.mirrorTopicName()
          + " may set its status, lags and errors, not what it mirrors or where");
    }
    Objects.requireNonNull(after.status(), "status");
  }

  /** One entry per partition, in partition order; lags not negative, offsets -1 (nothing fetched) or more. */
  private static void requireLags(MirrorTopic m) {
    List<MirrorTopic.PartitionLag> lags = m.lags();
    if (lags.size() != m.partitions()) {
      throw new IllegalArgumentException(m.mirrorTopicName() + " has " + m.partitions() + " partitions: "
          + lags.size() + " lag entries given, one per partition needed");
    }
    for (int p = 0; p < lags.size(); p++) {
      MirrorTopic.PartitionLag l = lags.get(p);
      if (l.partition() != p || l.lag() < 0 || l.lastSourceFetchOffset() < -1) {
        throw new IllegalArgumentException(m.mirrorTopicName() + ": lag entry " + p + " is " + l
            + "; entries go in partition order, lags are not negative, offsets are -1 (nothing fetched) or more");
      }
    }
  }
}
