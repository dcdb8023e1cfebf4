package dev.mirrorstub.server.faults;

import dev.mirrorstub.server.domain.CreateMirror;
import dev.mirrorstub.server.domain.MirrorService;
import dev.mirrorstub.server.domain.MirrorStatus;
import dev.mirrorstub.server.domain.MirrorTopic;
import java.util.List;

/**
 * A back end whose every call fails as a bug would, with an unchecked exception the server did
 * not expect: the one failure that {@link FaultInjector} cannot make, since its faults are answers
 * and not bugs. Like the injector it exists only when code hands it to {@code StubServer.start};
 * the server's, the contract's and consumers' tests share it. A new operation of
 * {@link MirrorService} does not compile here until it fails too.
 */
public final class FailingMirrorService implements MirrorService {

  /** The exception's message: a detail that must never reach a client. */
  public static final String DETAIL = "back end down: secret detail of FailingMirrorService";

  @Override
  public MirrorTopic createMirror(String clusterId, String linkName, CreateMirror request) {
    throw failure();
  }

  @Override
  public MirrorTopic find(String clusterId, String linkName, String mirrorTopicName) {
    throw failure();
  }

  @Override
  public List<MirrorTopic> list(String clusterId, String linkName, MirrorStatus status) {
    throw failure();
  }

  private static IllegalStateException failure() {
    return new IllegalStateException(DETAIL);
  }
}
