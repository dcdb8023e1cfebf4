package dev.mirrorstub.server.domain;

import java.util.List;

/**
 * A cluster link as the API reports it. {@code otherClusterId} is the cluster at the other end, named
 * by the id field of the link's {@link Mode} (null when unknown); {@code linkId} is the UUID form of
 * {@code clusterLinkId}, null when that does not decode to 16 bytes. {@code topicNames} are the
 * link's mirror topics in creation order; {@code tasks} what the link does besides mirroring.
 */
public record ClusterLink(String clusterId, String name, Mode mode, String otherClusterId, String clusterLinkId,
                          String linkId, List<String> topicNames, String state, String error, String errorMessage,
                          List<Task> tasks) {

  public ClusterLink {
    topicNames = List.copyOf(topicNames);
    tasks = List.copyOf(tasks);
  }

  /** Which cluster starts the link, and so which id field names the other cluster. */
  public enum Mode {
    DESTINATION("source_cluster_id", "Source"),
    SOURCE("destination_cluster_id", "Destination"),
    BIDIRECTIONAL("remote_cluster_id", "Remote");

    private final String idField;
    private final String otherSide;

    Mode(String idField, String otherSide) {
      this.idField = idField;
      this.otherSide = otherSide;
    }

    /** The request and response field that names the other cluster. */
    public String idField() {
      return idField;
    }

    /** How Kafka's messages call the other cluster ("Source cluster ID ..."). */
    public String otherSide() {
      return otherSide;
    }
  }

  /** A task of the link (e.g. AclSync) and its state (ACTIVE, NOT_CONFIGURED). */
  public record Task(String name, String state) {
  }
}
