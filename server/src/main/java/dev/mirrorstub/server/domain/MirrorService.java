package dev.mirrorstub.server.domain;

import java.util.List;

/**
 * The rules of Cluster Linking: links, their configs, mirror topics and their lifecycle. Every
 * method throws {@link MirrorException} and changes nothing when a rule says no; the common checks
 * come first (the cluster exists, it supports cluster linking, the link exists). The in-memory
 * implementation is the stub's default back end; another one (say, a real cluster) can stand
 * behind the same interface. Absent flags are null and mean false.
 */
public interface MirrorService {

  /**
   * Creates a mirror topic, or throws {@link MirrorException} and changes nothing. {@code request}
   * is null when the client sent no body.
   *
   * @return the mirror that was created
   */
  MirrorTopic createMirror(String clusterId, String linkName, CreateMirror request);

  /**
   * The mirror topic of that name under the link; throws {@link MirrorException} (not found) when
   * the cluster, the link or the mirror does not exist, as creating under them would.
   */
  MirrorTopic find(String clusterId, String linkName, String mirrorTopicName);

  /**
   * The mirror topics under the link in creation order, only those in {@code status} unless it is
   * null; throws {@link MirrorException} when the cluster or the link does not exist.
   */
  List<MirrorTopic> list(String clusterId, String linkName, MirrorStatus status);

  /** The mirror topics of every link of the cluster, links in order, each link's in creation order. */
  List<MirrorTopic> listAll(String clusterId, MirrorStatus status);

  /**
   * One of the seven {@code mirrors:<op>} operations: one item per topic named (or matched), each
   * accepted and moved, or refused with its reason; a refused item changes nothing. Throws only for
   * a request that cannot be answered item by item (unknown cluster or link, names and pattern).
   */
  List<AlterMirrors.Item> alterMirrors(String clusterId, String linkName, AlterMirrors request);

  /** Deletes a topic of the cluster, mirror (of any link, in any status) or regular. */
  void deleteTopic(String clusterId, String topicName);

  /** The links of the cluster: those of the configuration first, then those created, in order. */
  List<ClusterLink> links(String clusterId);

  ClusterLink link(String clusterId, String linkName);

  /** Creates a link (or only checks that it could be, with validate_only). */
  void createLink(String clusterId, CreateLink request);

  /** Deletes a link; with {@code force} its mirrors become regular topics, else live mirrors forbid it. */
  void deleteLink(String clusterId, String linkName, Boolean force, Boolean validateOnly);

  /** Every config of the link, by name. */
  List<LinkConfig> linkConfigs(String clusterId, String linkName);

  LinkConfig linkConfig(String clusterId, String linkName, String configName);

  /** Sets one config; {@code change} is null when the client sent no body. */
  void updateLinkConfig(String clusterId, String linkName, String configName, LinkConfig.Change change);

  /** Brings one config back to its default. */
  void resetLinkConfig(String clusterId, String linkName, String configName);

  /** Applies every change of the batch, or none (the first refusal answers); null when no body came. */
  void alterLinkConfigs(String clusterId, String linkName, LinkConfig.Batch batch, Boolean validateOnly);
}
