package dev.mirrorstub.server.faults;

import dev.mirrorstub.server.domain.AlterMirrors;
import dev.mirrorstub.server.domain.ClusterLink;
import dev.mirrorstub.server.domain.CreateLink;
import dev.mirrorstub.server.domain.CreateMirror;
import dev.mirrorstub.server.domain.LinkConfig;
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

  @Override
  public List<MirrorTopic> listAll(String clusterId, MirrorStatus status) {
    throw failure();
  }

  @Override
  public List<AlterMirrors.Item> alterMirrors(String clusterId, String linkName, AlterMirrors request) {
    throw failure();
  }

  @Override
  public void deleteTopic(String clusterId, String topicName) {
    throw failure();
  }

  @Override
  public List<ClusterLink> links(String clusterId) {
    throw failure();
  }

  @Override
  public ClusterLink link(String clusterId, String linkName) {
    throw failure();
  }

  @Override
  public void createLink(String clusterId, CreateLink request) {
    throw failure();
  }

  @Override
  public void deleteLink(String clusterId, String linkName, Boolean force, Boolean validateOnly) {
    throw failure();
  }

  @Override
  public List<LinkConfig> linkConfigs(String clusterId, String linkName) {
    throw failure();
  }

  @Override
  public LinkConfig linkConfig(String clusterId, String linkName, String configName) {
    throw failure();
  }

  @Override
  public void updateLinkConfig(String clusterId, String linkName, String configName, LinkConfig.Change change) {
    throw failure();
  }

  @Override
  public void resetLinkConfig(String clusterId, String linkName, String configName) {
    throw failure();
  }

  @Override
  public void alterLinkConfigs(String clusterId, String linkName, LinkConfig.Batch batch, Boolean validateOnly) {
    throw failure();
  }

  private static IllegalStateException failure() {
    return new IllegalStateException(DETAIL);
  }
}
