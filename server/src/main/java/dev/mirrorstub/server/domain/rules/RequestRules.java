package dev.mirrorstub.server.domain.rules;

import static dev.mirrorstub.server.domain.MirrorException.badRequest;

import dev.mirrorstub.server.domain.AlterMirrors;
import dev.mirrorstub.server.domain.CreateMirror;
import dev.mirrorstub.server.domain.LinkConfig;
import java.util.List;

/**
 * What a request must hold before any state is looked at, in the real server's order: a body,
 * its required fields, a name for every config; and parameter values out of a fixed set. The HTTP
 * layer hands over what arrived (a missing body as null) and translates the refusal.
 */
public final class RequestRules {

  public static final String EMPTY_BODY = "Payload error. Request body is empty. Data is required.";
  private static final int MAX_ECHOED_CHARS = 100;

  private RequestRules() {
  }

  /** The request, once it is known to have a body, config names and a source topic. */
  public static CreateMirror requireComplete(CreateMirror request) {
    if (request == null) {
      throw badRequest(400, EMPTY_BODY);
    }
    requireConfigNames(request.configs());
    String source = request.sourceTopicName();
    if (source == null || source.isEmpty()) {
      throw badRequest(400, "Payload error. source_topic_name is required.");
    }
    return request;
  }

  /** Every config sent has a name: a null entry of the list arrives as a config without one. */
  public static void requireConfigNames(List<CreateMirror.Config> configs) {
    for (CreateMirror.Config c : configs) {
      if (c.name() == null) {
        throw badRequest(400, "Payload error. configs[].name is required.");
      }
    }
  }

  /** A single config update: a body with a value. */
  public static LinkConfig.Change requireValue(LinkConfig.Change change) {
    if (change == null) {
      throw badRequest(400, EMPTY_BODY);
    }
    if (change.value() == null) {
      throw badRequest(400, "Payload error. value is required.");
    }
    return change;
  }

  /** A config batch: a body with data, each entry named. */
  public static List<LinkConfig.Change> requireData(LinkConfig.Batch batch) {
    if (batch == null) {
      throw badRequest(400, EMPTY_BODY);
    }
    if (batch.data() == null) {
      throw badRequest(400, "Payload error. data is required.");
    }
    for (LinkConfig.Change c : batch.data()) {
      if (c == null || c.name() == null) {
        throw badRequest(400, "Payload error. data[].name is required.");
      }
    }
    return batch.data();
  }

  /**
   * The pattern of an alter request, compiled with its bounds ({@link NamePattern}), or null when it
   * names its mirrors (or neither); names and pattern together, a null name or a pattern that is too
   * long or does not compile are refused.
   */
  public static NamePattern selection(AlterMirrors request) {
    boolean named = request.names() != null && !request.names().isEmpty();
    if (named && request.pattern() != null) {
      throw badRequest(400, "Payload error. Give either mirror_topic_names or mirror_topic_name_pattern, not both.");
    }
    if (named && request.names().contains(null)) {
      throw badRequest(400, "Payload error. mirror_topic_names[] must be names, not null.");
    }
    if (named || request.pattern() == null || request.pattern().isEmpty()) {
      return null;
    }
    return NamePattern.compile(request.pattern());
  }

  /**
   * {@code value} if it is one of {@code allowed}, spelled exactly so; otherwise 400 naming the
   * parameter and the values it takes (Jersey alone would answer a bare 404).
   */
  public static String requireOneOf(String parameter, String value, List<String> allowed) {
    if (allowed.contains(value)) {
      return value;
    }
    String shown = value.length() <= MAX_ECHOED_CHARS ? value : value.substring(0, MAX_ECHOED_CHARS) + "...";
    throw badRequest(400, "Invalid " + parameter + " '" + shown + "': must be one of "
        + String.join(", ", allowed) + ".");
  }
}
