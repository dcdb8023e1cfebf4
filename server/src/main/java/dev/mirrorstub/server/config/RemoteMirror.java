package dev.mirrorstub.server.config;

import java.util.List;
import java.util.Objects;

/**
 * A topic of this cluster that the remote cluster of a BIDIRECTIONAL link mirrors, and how a
 * truncate-and-restore would truncate it (one entry per partition). Only a STOPPED remote mirror
 * lets its local topic be restored.
 */
public record RemoteMirror(String topic, String status, List<Truncation> truncation) {

  public RemoteMirror {
    ConfigChecks.requireText(topic, "remote_mirrors[].topic");
    ConfigChecks.requireText(status, "remote_mirrors[" + topic + "].status");
    ConfigChecks.requireOneOf(status, MirrorSpec.STATUSES, "remote_mirrors[" + topic + "].status");
    truncation = List.copyOf(Objects.requireNonNullElse(truncation, List.of()));
    if (truncation.isEmpty()) {
      throw new IllegalArgumentException("remote_mirrors[" + topic + "].truncation needs one entry per partition");
    }
  }

  /** Where one partition would be truncated to, and how many messages that drops. */
  public record Truncation(Long offsetTruncatedTo, Long messagesTruncated) {
    public Truncation {
      if (offsetTruncatedTo == null || offsetTruncatedTo < 0 || messagesTruncated == null || messagesTruncated < 0) {
        throw new IllegalArgumentException(
            "remote_mirrors[].truncation[]: offset_truncated_to and messages_truncated are required, not negative");
      }
    }
  }
}
