package dev.mirrorstub.server.domain;

import java.util.Map;

/** A mirror topic that exists in a destination cluster. */
public record MirrorTopic(String clusterId, String linkName, String mirrorTopicName,
                          String sourceTopicName, int partitions, int replicationFactor,
                          Map<String, String> configs, long createdAtMs) {

  public MirrorTopic {
    configs = Map.copyOf(configs);
  }
}
