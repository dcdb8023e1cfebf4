package dev.mirrorstub.server.domain;

/** The states of a mirror topic in Cluster Linking, as the spec's {@code MirrorTopicStatus} spells them. */
public enum MirrorStatus {
  ACTIVE, FAILED, LINK_FAILED, LINK_PAUSED, PAUSED, PENDING_STOPPED, SOURCE_UNAVAILABLE, STOPPED,
  PENDING_MIRROR, PENDING_SYNCHRONIZE, PENDING_SETUP_FOR_RESTORE, PENDING_RESTORE;

  /** STOPPED, or on its way there: a mirror that no longer follows its source. */
  public boolean stopped() {
    return this == STOPPED || this == PENDING_STOPPED;
  }
}
