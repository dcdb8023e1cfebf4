package dev.mirrorstub.client;

import dev.mirrorstub.client.generated.model.MirrorTopicData;

/**
 * {@link ResilientMirrorClient#awaitMirrorStatus} gave up: the mirror is in a status that does not
 * lead to the one waited for (FAILED, or still ACTIVE after a promote), or the time ran out while it
 * was pending. The mirror as last read says which.
 */
public final class MirrorStatusException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient MirrorTopicData lastRead;
  private final boolean timedOut;

  MirrorStatusException(String message, MirrorTopicData lastRead, boolean timedOut) {
    super(message);
    this.lastRead = lastRead;
    this.timedOut = timedOut;
  }

  /** The mirror as last read: its status, {@code mirror_topic_error}, lags. */
  public MirrorTopicData lastRead() {
    return lastRead;
  }

  /** True when the time ran out while the mirror was pending; false for an unexpected status. */
  public boolean timedOut() {
    return timedOut;
  }
}
