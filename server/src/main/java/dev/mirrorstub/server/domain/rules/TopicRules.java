package dev.mirrorstub.server.domain.rules;

import dev.mirrorstub.server.domain.rules.ConfigValues.Type;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Kafka's rules for topic names and topic configs, as far as creating a mirror needs them. */
public final class TopicRules {

  public static final int MAX_NAME_LENGTH = 249;

  /** Topic configs that Kafka knows (Apache Kafka 3.x/4.x topic-level configs). */
  public static final Set<String> KNOWN_CONFIGS = Set.of(
      "cleanup.policy", "compression.type", "compression.gzip.level", "compression.lz4.level",
      "compression.zstd.level", "delete.retention.ms", "file.delete.delay.ms", "flush.messages",
      "flush.ms", "follower.replication.throttled.replicas", "index.interval.bytes",
      "leader.replication.throttled.replicas", "local.retention.bytes", "local.retention.ms",
      "max.compaction.lag.ms", "max.message.bytes", "message.downconversion.enable",
      "message.format.version", "message.timestamp.after.max.ms",
      "message.timestamp.before.max.ms", "message.timestamp.difference.max.ms",
      "message.timestamp.type", "min.cleanable.dirty.ratio", "min.compaction.lag.ms",
      "min.insync.replicas", "preallocate", "remote.storage.enable", "retention.bytes",
      "retention.ms", "segment.bytes", "segment.index.bytes", "segment.jitter.ms", "segment.ms",
      "unclean.leader.election.enable", "confluent.placement.constraints",
      "confluent.value.schema.validation", "confluent.key.schema.validation");

  /**
   * Configs that a mirror topic takes from its source topic, so a create request may not set
   * them (Confluent's cluster linking "mirrored topic configs").
   */
  public static final Set<String> MIRRORED_CONFIGS = Set.of(
      "cleanup.policy", "compression.type", "compression.gzip.level", "compression.lz4.level",
      "compression.zstd.level", "delete.retention.ms", "max.compaction.lag.ms",
      "max.message.bytes", "message.timestamp.after.max.ms", "message.timestamp.before.max.ms",
      "message.timestamp.difference.max.ms", "message.timestamp.type",
      "min.cleanable.dirty.ratio", "min.compaction.lag.ms", "retention.bytes", "retention.ms",
      "segment.bytes", "segment.index.bytes", "segment.jitter.ms", "segment.ms",
      "local.retention.bytes", "local.retention.ms");

  /**
   * The types of the topic configs that a mirror may set, for Kafka's value check; the others
   * (strings such as placement constraints) take any value.
   */
  private static final Map<String, Type> SETTABLE_TYPES = Map.of(
      "unclean.leader.election.enable", Type.BOOLEAN, "message.downconversion.enable", Type.BOOLEAN,
      "preallocate", Type.BOOLEAN, "remote.storage.enable", Type.BOOLEAN,
      "confluent.value.schema.validation", Type.BOOLEAN, "confluent.key.schema.validation", Type.BOOLEAN,
      "flush.messages", Type.LONG, "flush.ms", Type.LONG, "file.delete.delay.ms", Type.LONG,
      "index.interval.bytes", Type.INT);

  private TopicRules() {
  }

  /** Kafka's check of a topic config's value: its wording when the value does not parse as the config's type. */
  public static void checkValue(String name, String value) {
    Type type = SETTABLE_TYPES.get(name);
    if (type == null && "min.insync.replicas".equals(name)) {
      type = Type.INT;
    }
    if (type != null) {
      ConfigValues.check(name, value, type, List.of());
    }
  }

  /** Kafka's {@code Topic.validate} wording; null when the name is legal. */
  public static String illegalNameReason(String name) {
    if (name.isEmpty()) {
      return "Topic name is illegal, it can't be empty";
    }
    if (name.equals(".") || name.equals("..")) {
      return "Topic name cannot be \".\" or \"..\"";
    }
    if (name.length() > MAX_NAME_LENGTH) {
      return "Topic name is illegal, it can't be longer than " + MAX_NAME_LENGTH + " characters, topic name: "
          + abbreviate(name);
    }
    if (!legalChars(name)) {
      return "Topic name \"" + abbreviate(name) + "\" is illegal, it contains a character other than "
          + "ASCII alphanumerics, '.', '_' and '-'";
    }
    return null;
  }

  /** Kafka's legal characters, {@code [a-zA-Z0-9._-]}; a loop, as Kafka's own check, is cheaper than a regex. */
  static boolean legalChars(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean legal = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '.' || c == '_' || c == '-';
      if (!legal) {
        return false;
      }
    }
    return true;
  }

  /** Keeps error messages small when a client sends a huge name. */
  public static String abbreviate(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "...";
  }
}
