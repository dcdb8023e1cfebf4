package dev.mirrorstub.server.domain;

/** The states of a mirror topic in Cluster Linking. The in-memory back end only ever reports ACTIVE. */
public enum MirrorStatus {
  ACTIVE, FAILED, LINK_FAILED, LINK_PAUSED, PAUSED, PENDING_STOPPED, SOURCE_UNAVAILABLE, STOPPED,
  PENDING_MIRROR, PENDING_SYNCHRONIZE, PENDING_SETUP_FOR_RESTORE, PENDING_RESTORE
}
