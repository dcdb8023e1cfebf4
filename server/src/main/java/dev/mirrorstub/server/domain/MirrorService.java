package dev.mirrorstub.server.domain;

import java.util.List;

/**
 * The rules of Cluster Linking's mirror topics. The in-memory implementation is the stub's
 * default back end; another one (say, a real cluster) can stand behind the same interface.
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
}
