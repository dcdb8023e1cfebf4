package dev.mirrorstub.server.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A request of the {@code mirrors:<op>} family, as the domain sees it: the operation, the mirrors
 * named or a pattern (both null when the body had neither, or no body came), and the query's flags.
 */
public record AlterMirrors(Operation operation, List<String> names, String pattern, Boolean validateOnly,
                           Boolean includePartitionLevelTruncationData) {

  public AlterMirrors {
    names = names == null ? null : Collections.unmodifiableList(new ArrayList<>(names));
  }

  /** The seven operations of the family. */
  public enum Operation {
    PAUSE, RESUME, PROMOTE, FAILOVER, REVERSE_AND_START_MIRROR, REVERSE_AND_PAUSE_MIRROR, TRUNCATE_AND_RESTORE
  }

  /**
   * The answer for one topic: accepted ({@code errorCode} and {@code errorMessage} null) or refused.
   * {@code lags} are the mirror's lags after the change (empty for a topic that is not one of the
   * link's mirrors); {@code messagesTruncated} and {@code truncation} are a restore's.
   */
  public record Item(String mirrorTopicName, Integer errorCode, String errorMessage,
                     List<MirrorTopic.PartitionLag> lags, Long messagesTruncated, List<Truncation> truncation) {
    public Item {
      lags = List.copyOf(lags);
      truncation = List.copyOf(truncation);
    }

    public boolean accepted() {
      return errorCode == null;
    }
  }

  /** Where one partition of a restored topic was truncated to, and how many messages that dropped. */
  public record Truncation(int partition, long offsetTruncatedTo, long messagesTruncated) {
  }
}
