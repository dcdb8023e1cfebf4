package dev.mirrorstub.server.domain.rules;

import static dev.mirrorstub.server.domain.MirrorException.badRequest;

import java.util.List;

/** Kafka's config types and the wording of its {@code ConfigException} for a value of the wrong one. */
public final class ConfigValues {

  /** The types of Kafka's {@code ConfigDef} that the stub's configs use. */
  public enum Type { BOOLEAN, INT, LONG, STRING, PASSWORD }

  private ConfigValues() {
  }

  /**
   * Throws Kafka's {@code Invalid value <v> for configuration <n>: <reason>} (400 / 40002) unless
   * {@code value} parses as {@code type} and, when {@code allowed} is not empty, is one of them.
   */
  public static void check(String name, String value, Type type, List<String> allowed) {
    String reason = reason(value.trim(), type, allowed);
    if (reason != null) {
      throw badRequest(40002, "Invalid value " + TopicRules.abbreviate(value) + " for configuration " + name + ": "
          + reason);
    }
  }

  private static String reason(String value, Type type, List<String> allowed) {
    switch (type) {
      case BOOLEAN -> {
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
          return "Expected value to be either true or false";
        }
      }
      case INT, LONG -> {
        try {
          if (type == Type.INT) {
            Integer.parseInt(value);
          } else {
            Long.parseLong(value);
          }
        } catch (NumberFormatException e) {
          return "Not a number of type " + type;
        }
      }
      default -> {
        if (!allowed.isEmpty() && !allowed.contains(value)) {
          return "String must be one of: " + String.join(", ", allowed);
        }
      }
    }
    return null;
  }
}
