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

  @Override
  public List<MirrorTopic> listAll(String clusterId, MirrorStatus status) {
    return delegate().listAll(clusterId, status);
  }

  @Override
  public List<AlterMirrors.Item> alterMirrors(String clusterId, String linkName, AlterMirrors request) {
    return delegate().alterMirrors(clusterId, linkName, request);
  }

  @Override
  public void deleteTopic(String clusterId, String topicName) {
    delegate().deleteTopic(clusterId, topicName);
  }

  @Override
  public List<ClusterLink> links(String clusterId) {
    return delegate().links(clusterId);
  }

  @Override
  public ClusterLink link(String clusterId, String linkName) {
    return delegate().link(clusterId, linkName);
  }

  @Override
  public void createLink(String clusterId, CreateLink request) {
    delegate().createLink(clusterId, request);
  }

  @Override
  public void deleteLink(String clusterId, String linkName, Boolean force, Boolean validateOnly) {
    delegate().deleteLink(clusterId, linkName, force, validateOnly);
  }

  @Override
  public List<LinkConfig> linkConfigs(String clusterId, String linkName) {
    return delegate().linkConfigs(clusterId, linkName);
  }

  @Override
  public LinkConfig linkConfig(String clusterId, String linkName, String configName) {
    return delegate().linkConfig(clusterId, linkName, configName);
  }

  @Override
  public void updateLinkConfig(String clusterId, String linkName, String configName, LinkConfig.Change change) {
    delegate().updateLinkConfig(clusterId, linkName, configName, change);
  }

  @Override
  public void resetLinkConfig(String clusterId, String linkName, String configName) {
    delegate().resetLinkConfig(clusterId, linkName, configName);
  }

  @Override
  public void alterLinkConfigs(String clusterId, String linkName, LinkConfig.Batch batch, Boolean validateOnly) {
    delegate().alterLinkConfigs(clusterId, linkName, batch, validateOnly);
  }
}
