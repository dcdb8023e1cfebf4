package dev.mirrorstub.server.domain;

import java.util.List;

/**
 * The rules of Cluster Linking's mirror topics. The in-memory implementation is the stub's
 * default back end; another one (say, a real cluster) can stand behind the same interface.
 */
public interface MirrorService {

  /**
   * Creates a mirror topic, or throws {@link MirrorException} and changes nothing.
   *
   * @return the mirror that was created
   */
  MirrorTopic createMirror(String clusterId, String linkName, CreateMirror request);

  /** The mirror topics of one cluster, in creation order. */
  List<MirrorTopic> mirrors(String clusterId);
}
