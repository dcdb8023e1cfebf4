package dev.mirrorstub.server.domain;

import java.util.List;

/**
 * A request to create a mirror topic, as the domain sees it (no JSON, no HTTP). It holds what the
 * client sent, required fields missing included: {@link RequestRules} decides what is missing.
 */
public record CreateMirror(String sourceTopicName, String mirrorTopicName, Integer replicationFactor,
                           List<Config> configs) {

  public CreateMirror {
    configs = configs == null ? List.of() : List.copyOf(configs);
  }

  /**
   * One topic config as sent; a {@code null} entry of the request's list arrives as a config
   * without a name. {@code value} may be null because the schema allows it (Kafka does not).
   */
  public record Config(String name, String value) {
  }
}
