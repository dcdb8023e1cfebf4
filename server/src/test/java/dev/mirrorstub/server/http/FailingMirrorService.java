package dev.mirrorstub.server.http;

import dev.mirrorstub.server.domain.CreateMirror;
import dev.mirrorstub.server.domain.ForwardingMirrorService;
import dev.mirrorstub.server.domain.MirrorService;
import dev.mirrorstub.server.domain.MirrorStatus;
import dev.mirrorstub.server.domain.MirrorTopic;
import java.util.List;

/** A back end whose API calls fail as a bug would, with a detail that must never reach a client. */
final class FailingMirrorService extends ForwardingMirrorService {

  static final String SECRET_DETAIL = "back end down: secret detail";

  private final MirrorService working;

  FailingMirrorService(MirrorService working) {
    this.working = working;
  }

  @Override
  protected MirrorService delegate() {
    return working;
  }

  @Override
  public MirrorTopic createMirror(String clusterId, String linkName, CreateMirror request) {
    throw new IllegalStateException(SECRET_DETAIL);
  }

  @Override
  public MirrorTopic find(String clusterId, String linkName, String mirrorTopicName) {
    throw new IllegalStateException(SECRET_DETAIL);
  }

  @Override
  public List<MirrorTopic> list(String clusterId, String linkName, MirrorStatus status) {
    throw new IllegalStateException(SECRET_DETAIL);
  }
}
