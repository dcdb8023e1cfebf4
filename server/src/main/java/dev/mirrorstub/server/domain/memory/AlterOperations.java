package dev.mirrorstub.server.domain.memory;

import dev.mirrorstub.server.domain.AlterMirrors;
import dev.mirrorstub.server.domain.AlterMirrors.Item;
import dev.mirrorstub.server.domain.AlterMirrors.Operation;
import dev.mirrorstub.server.domain.MirrorStatus;
import dev.mirrorstub.server.domain.MirrorTopic;
import dev.mirrorstub.server.domain.rules.NamePattern;
import dev.mirrorstub.server.domain.rules.RequestRules;
import dev.mirrorstub.server.domain.rules.StateMachine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The seven {@code mirrors:<op>} operations. The whole request runs under the cluster's lock: each
 * item is checked (the topic exists, it is a mirror of this link, the state machine lets it move)
 * and, unless validate_only, moved before the next one is looked at.
 */
public final class AlterOperations {

  private final Clusters clusters;

  public AlterOperations(Clusters clusters) {
    this.clusters = clusters;
  }

  public List<Item> alter(String clusterId, String linkName, AlterMirrors request) {
    NamePattern pattern = RequestRules.selection(request);
    ClusterState cluster = clusters.cluster(clusterId);
    boolean apply = !Boolean.TRUE.equals(request.validateOnly());
    synchronized (cluster) {
      LinkState link = cluster.link(linkName);
      long now = clusters.now();
      cluster.settle(now);
      List<Item> items = new ArrayList<>();
      for (String topic : targets(cluster, link, request, pattern)) {
        items.add(request.operation() == Operation.TRUNCATE_AND_RESTORE
            ? restore(cluster, link, topic, Boolean.TRUE.equals(request.includePartitionLevelTruncationData()), apply,
                now)
            : move(cluster, link, request.operation(), topic, apply, now));
      }
      cluster.settle(now);
      return items;
    }
  }

  /** The names given (each once), or the link's topics that the pattern matches in full; none without either. */
  private static Set<String> targets(ClusterState cluster, LinkState link, AlterMirrors request, NamePattern pattern) {
    Set<String> names = new LinkedHashSet<>();
    if (pattern == null) {
      if (request.names() != null) {
        names.addAll(request.names());
      }
      return names;
    }
    if (request.operation() == Operation.TRUNCATE_AND_RESTORE) {
      for (LinkState.Remote r : link.remoteMirrors.values()) {
        if (r.status() == MirrorStatus.STOPPED && cluster.exists(r.topic())) {
          names.add(r.topic());
        }
      }
    } else {
      cluster.mirrorsOf(link.name).forEach(m -> names.add(m.mirrorTopicName()));
    }
    names.removeIf(n -> !pattern.matches(n));
    return names;
  }

  private Item move(ClusterState cluster, LinkState link, Operation op, String topic, boolean apply, long now) {
    MirrorTopic m = cluster.mirror(topic);
    Item refused = notMirrorOfLink(cluster, link, topic, m);
    if (refused != null) {
      return refused;
    }
    String refusal = StateMachine.refusal(op, link.mode, m);
    if (refusal != null) {
      return new Item(topic, 400, refusal, m.lags(), null, List.of());
    }
    if (apply) {
      MirrorStatus next = StateMachine.next(op);
      cluster.put(m.withStatus(next, now));
      if (next == MirrorStatus.PENDING_STOPPED) {
        cluster.schedule(topic, List.of(new ClusterState.Step(MirrorStatus.STOPPED, now + clusters.delayMs())));
      }
      if (op == Operation.REVERSE_AND_START_MIRROR || op == Operation.REVERSE_AND_PAUSE_MIRROR) {
        link.remoteMirrors.put(topic, new LinkState.Remote(topic,
            op == Operation.REVERSE_AND_START_MIRROR ? MirrorStatus.ACTIVE : MirrorStatus.PAUSED, truncation(m)));
      }
    }
    return new Item(topic, null, null, m.lags(), null, List.of());
  }

  private static Item notMirrorOfLink(ClusterState cluster, LinkState link, String topic, MirrorTopic m) {
    if (m == null && !cluster.isRegularTopic(topic)) {
      return new Item(topic, 404, "Topic " + topic + " not found", List.of(), null, List.of());
    }
    if (m == null || !m.linkName().equals(link.name)) {
      return new Item(topic, 400, "Topic '" + topic + "' is not mirrored", List.of(), null, List.of());
    }
    return null;
  }

  private Item restore(ClusterState cluster, LinkState link, String topic, boolean detailed, boolean apply, long now) {
    MirrorTopic local = cluster.mirror(topic);
    if (local == null && !cluster.isRegularTopic(topic)) {
      return new Item(topic, 404, "Topic " + topic + " not found", List.of(), null, List.of());
    }
    LinkState.Remote remote = link.remoteMirrors.get(topic);
    String refusal = StateMachine.restoreRefusal(topic, link.name, link.mode, local,
        remote == null ? null : remote.status());
    if (refusal != null) {
      boolean ofLink = local != null && local.linkName().equals(link.name);
      return new Item(topic, 400, refusal, ofLink ? local.lags() : List.of(), null, List.of());
    }
    List<MirrorTopic.PartitionLag> lags = new ArrayList<>();
    long truncated = 0;
    for (var t : remote.truncation()) {
      lags.add(new MirrorTopic.PartitionLag(t.partition(), 0, t.offsetTruncatedTo()));
      truncated += t.messagesTruncated();
    }
    if (apply) {
      cluster.put(new MirrorTopic(cluster.id(), link.name, topic, local != null ? local.sourceTopicName() : topic,
          lags.size(), local != null ? local.replicationFactor() : Clusters.defaultReplicationFactor(cluster.config),
          MirrorStatus.PENDING_SETUP_FOR_RESTORE, now, lags, null, List.of()));
      long d = clusters.delayMs();
      cluster.schedule(topic, List.of(new ClusterState.Step(MirrorStatus.PENDING_RESTORE, now + d),
          new ClusterState.Step(MirrorStatus.ACTIVE, now + 2 * d)));
      link.remoteMirrors.remove(topic);
    }
    return new Item(topic, null, null, lags, truncated, detailed ? remote.truncation() : List.of());
  }

  /** What a restore of a reversed topic would truncate: nothing, each partition at its last fetched offset. */
  private static List<AlterMirrors.Truncation> truncation(MirrorTopic m) {
    List<AlterMirrors.Truncation> result = new ArrayList<>();
    for (MirrorTopic.PartitionLag l : m.lags()) {
      result.add(new AlterMirrors.Truncation(l.partition(), Math.max(0, l.lastSourceFetchOffset()), 0));
    }
    return result;
  }
}
