package dev.mirrorstub.server.domain;

import java.util.List;
import java.util.Objects;

/** A request to create a mirror topic, as the domain sees it (no JSON, no HTTP). */
public record CreateMirror(String sourceTopicName, String mirrorTopicName, Integer replicationFactor,
                           List<Config> configs) {

  public CreateMirror {
    configs = configs == null ? List.of() : List.copyOf(configs);
  }

  /** One topic config; {@code value} may be null because the schema allows it (Kafka does not). */
  public record Config(String name, String value) {
    public Config {
      Objects.requireNonNull(name, "name");
    }
  }
}
