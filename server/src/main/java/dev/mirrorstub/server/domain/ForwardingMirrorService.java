package dev.mirrorstub.server.domain;

import java.util.List;

/** A {@link MirrorService} that passes every call on; decorators override only what they change. */
public abstract class ForwardingMirrorService implements MirrorService {

  /** The service that calls are passed on to; may change between calls (a reset swaps it). */
  protected abstract MirrorService delegate();

  @Override
  public MirrorTopic createMirror(String clusterId, String linkName, CreateMirror request) {
    return delegate().createMirror(clusterId, linkName, request);
  }

  @Override
  public MirrorTopic find(String clusterId, String linkName, String mirrorTopicName) {
    return delegate().find(clusterId, linkName, mirrorTopicName);
  }

  @Override
  public List<MirrorTopic> list(String clusterId, String linkName, MirrorStatus status) {
    return delegate().list(clusterId, linkName, status);
  }
}
