package dev.mirrorstub.server.domain;

import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.memory.AlterOperations;
import dev.mirrorstub.server.domain.memory.Clusters;
import dev.mirrorstub.server.domain.memory.LinkConfigOperations;
import dev.mirrorstub.server.domain.memory.LinkOperations;
import dev.mirrorstub.server.domain.memory.MirrorOperations;
import dev.mirrorstub.server.domain.memory.StateOverrides;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The stub's default back end: clusters, links and topics from the configuration, everything else
 * in memory. Each family of operations lives in {@code domain.memory}; the checks run in the order
 * of the real broker, nothing changes unless all pass, and each operation is atomic (one lock per
 * cluster). Pending transitions are applied when due by the {@code clock}: a test can pass a fixed
 * or an advancing one.
 */
public final class InMemoryMirrorService implements MirrorService {

  private final Clusters clusters;
  private final MirrorOperations mirrorOps;
  private final AlterOperations alterOps;
  private final LinkOperations linkOps;
  private final LinkConfigOperations configOps;
  private final StateOverrides overrides;

  public InMemoryMirrorService(StubConfig config) {
    this(config, Clock.systemUTC());
  }

  /** Throws IllegalArgumentException when the configuration breaks a rule of the API (it names which). */
  public InMemoryMirrorService(StubConfig config, Clock clock) {
    this.clusters = new Clusters(config, clock);
    this.mirrorOps = new MirrorOperations(clusters);
    this.alterOps = new AlterOperations(clusters);
    this.linkOps = new LinkOperations(clusters);
    this.configOps = new LinkConfigOperations(clusters);
    this.overrides = new StateOverrides(clusters);
  }

  @Override
  public MirrorTopic createMirror(String clusterId, String linkName, CreateMirror request) {
    return mirrorOps.create(clusterId, linkName, request);
  }

  @Override
  public MirrorTopic find(String clusterId, String linkName, String mirrorTopicName) {
    return mirrorOps.find(clusterId, linkName, mirrorTopicName);
  }

  @Override
  public List<MirrorTopic> list(String clusterId, String linkName, MirrorStatus status) {
    return mirrorOps.list(clusterId, linkName, status);
  }

  @Override
  public List<MirrorTopic> listAll(String clusterId, MirrorStatus status) {
    return mirrorOps.listAll(clusterId, status);
  }

  @Override
  public List<AlterMirrors.Item> alterMirrors(String clusterId, String linkName, AlterMirrors request) {
    return alterOps.alter(clusterId, linkName, request);
  }

  @Override
  public void deleteTopic(String clusterId, String topicName) {
    mirrorOps.deleteTopic(clusterId, topicName);
  }

  @Override
  public List<ClusterLink> links(String clusterId) {
    return linkOps.links(clusterId);
  }

  @Override
  public ClusterLink link(String clusterId, String linkName) {
    return linkOps.link(clusterId, linkName);
  }

  @Override
  public void createLink(String clusterId, CreateLink request) {
    linkOps.create(clusterId, request);
  }

  @Override
  public void deleteLink(String clusterId, String linkName, Boolean force, Boolean validateOnly) {
    linkOps.delete(clusterId, linkName, force, validateOnly);
  }

  @Override
  public List<LinkConfig> linkConfigs(String clusterId, String linkName) {
    return configOps.list(clusterId, linkName);
  }

  @Override
  public LinkConfig linkConfig(String clusterId, String linkName, String configName) {
    return configOps.get(clusterId, linkName, configName);
  }

  @Override
  public void updateLinkConfig(String clusterId, String linkName, String configName, LinkConfig.Change change) {
    configOps.update(clusterId, linkName, configName, change);
  }

  @Override
  public void resetLinkConfig(String clusterId, String linkName, String configName) {
    configOps.reset(clusterId, linkName, configName);
  }

  @Override
  public void alterLinkConfigs(String clusterId, String linkName, LinkConfig.Batch batch, Boolean validateOnly) {
    configOps.alter(clusterId, linkName, batch, validateOnly);
  }

  /**
   * Every mirror of the cluster in creation order, those of the configuration first: a read-only
   * view for tests and the JUnit extension, which own this back end. Not part of the API.
   */
  public List<MirrorTopic> mirrors(String clusterId) {
    return clusters.mirrors(clusterId);
  }

  /**
   * Changes a mirror as the cluster's own life would (its lags and offsets, status, errors), atomically:
   * {@code change} gets the mirror as it is and returns it as it shall be, differing only in those
   * fields. A new status is stamped now and drops the mirror's pending steps. For tests and the JUnit
   * extension; not part of the API.
   *
   * @return the mirror as changed
   * @throws IllegalArgumentException for an unknown cluster, link or mirror, or lags not one per partition
   */
  public MirrorTopic changeMirror(String clusterId, String linkName, String mirrorTopicName,
      UnaryOperator<MirrorTopic> change) {
    return overrides.change(clusterId, linkName, mirrorTopicName, change);
  }

  /** Moves every PENDING_* mirror of every cluster to where it is going, now. Not part of the API. */
  public void completePendingTransitions() {
    overrides.completePendingTransitions();
  }

  /**
   * The state of every cluster (or only of {@code clusterIdOrNull}; none when it does not exist) in the
   * configuration file's own records: a configuration with these clusters starts in this state. For the
   * admin API and tests; not part of the API.
   *
   * @throws IllegalStateException for a state that the configuration's rules cannot express, naming it
   */
  public List<StubConfig.Cluster> state(String clusterIdOrNull) {
    return clusters.export(clusterIdOrNull);
  }

  /**
   * What a client can observe of one cluster (links, configs set on them, mirrors, regular topics),
   * as one comparable value: tests check that a request changed exactly what it should. Empty for a
   * cluster that does not exist. Not part of the API.
   */
  public Snapshot snapshot(String clusterId) {
    return clusters.snapshot(clusterId);
  }

  /** See {@link #snapshot}. {@code linkConfigs} are the configs set on each link, by link name. */
  public record Snapshot(List<ClusterLink> links, Map<String, Map<String, String>> linkConfigs,
                         List<MirrorTopic> mirrors, List<String> topics) {
    public Snapshot {
      links = List.copyOf(links);
      linkConfigs = Collections.unmodifiableMap(new LinkedHashMap<>(linkConfigs));
      mirrors = List.copyOf(mirrors);
      topics = List.copyOf(topics);
    }
  }
}
