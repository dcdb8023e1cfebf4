package dev.mirrorstub.server.domain.rules;

import dev.mirrorstub.server.domain.AlterMirrors.Operation;
import dev.mirrorstub.server.domain.ClusterLink;
import dev.mirrorstub.server.domain.MirrorStatus;
import dev.mirrorstub.server.domain.MirrorTopic;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which status each alter operation moves a mirror of the link from, and the refusal otherwise
 * (docs/LIFECYCLE-DESIGN.md §2). Truncate-and-restore, whose targets are regular topics, has rules
 * of its own in {@link #restoreRefusal}.
 */
public final class StateMachine {

  private static final Set<MirrorStatus> FAILOVER_FROM = EnumSet.of(MirrorStatus.ACTIVE, MirrorStatus.PAUSED,
      MirrorStatus.FAILED, MirrorStatus.LINK_FAILED, MirrorStatus.LINK_PAUSED, MirrorStatus.SOURCE_UNAVAILABLE);
  private static final Set<MirrorStatus> RUNNING = EnumSet.of(MirrorStatus.ACTIVE, MirrorStatus.PAUSED);

  private StateMachine() {
  }

  /** The refusal of {@code operation} for this mirror of the link, or null when it may move. */
  public static String refusal(Operation operation, ClusterLink.Mode mode, MirrorTopic m) {
    String t = "Topic '" + m.mirrorTopicName() + "' ";
    boolean reverse = operation == Operation.REVERSE_AND_START_MIRROR || operation == Operation.REVERSE_AND_PAUSE_MIRROR;
    if (reverse && mode != ClusterLink.Mode.BIDIRECTIONAL) {
      return t + "cannot be reversed: cluster link '" + m.linkName() + "' is not BIDIRECTIONAL";
    }
    MirrorStatus s = m.status();
    if (s.stopped()) {
      return t + "has already stopped its mirror from '" + m.linkName() + "'";
    }
    return switch (operation) {
      case PAUSE -> s == MirrorStatus.ACTIVE ? null
          : s == MirrorStatus.PAUSED ? t + "is already paused" : t + "cannot be paused in state " + s;
      case RESUME -> s == MirrorStatus.PAUSED ? null : t + "is not paused";
      case PROMOTE -> !RUNNING.contains(s) ? t + "cannot be promoted in state " + s + "; use failover"
          : m.totalLag() > 0 ? t + "cannot be promoted while its mirror lags behind the source (total lag "
              + m.totalLag() + "); wait until the lag is 0, or use failover" : null;
      case FAILOVER -> FAILOVER_FROM.contains(s) ? null : t + "cannot be failed over in state " + s;
      case REVERSE_AND_START_MIRROR, REVERSE_AND_PAUSE_MIRROR -> RUNNING.contains(s) ? null
          : t + "cannot be reversed in state " + s;
      case TRUNCATE_AND_RESTORE -> throw new IllegalArgumentException("restore has rules of its own");
    };
  }

  /** Where an accepted operation moves the mirror first (PENDING_STOPPED goes on to STOPPED). */
  public static MirrorStatus next(Operation operation) {
    return switch (operation) {
      case PAUSE -> MirrorStatus.PAUSED;
      case RESUME -> MirrorStatus.ACTIVE;
      case TRUNCATE_AND_RESTORE -> MirrorStatus.PENDING_SETUP_FOR_RESTORE;
      default -> MirrorStatus.PENDING_STOPPED;
    };
  }

  /**
   * The refusal of a restore of topic {@code topic}: the link must be BIDIRECTIONAL, a local mirror
   * must be a STOPPED one of this link, and the remote cluster must hold a STOPPED mirror of it.
   * {@code local} is the topic's mirror, null for a regular topic; {@code remote} the status of the
   * remote cluster's mirror of it, null when it has none.
   */
  public static String restoreRefusal(String topic, String linkName, ClusterLink.Mode mode, MirrorTopic local,
      MirrorStatus remote) {
    String t = "Topic '" + topic + "' cannot be restored";
    if (mode != ClusterLink.Mode.BIDIRECTIONAL) {
      return t + ": cluster link '" + linkName + "' is not BIDIRECTIONAL";
    }
    if (local != null && !local.linkName().equals(linkName)) {
      return t + ": it is a mirror topic of cluster link '" + local.linkName() + "'";
    }
    if (local != null && local.status() != MirrorStatus.STOPPED) {
      return t + " in state " + local.status();
    }
    if (remote != MirrorStatus.STOPPED) {
      return t + ": the remote cluster of cluster link '" + linkName + "' has no STOPPED mirror of it";
    }
    return null;
  }
}
