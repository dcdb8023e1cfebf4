package dev.mirrorstub.server.domain;

import static dev.mirrorstub.server.domain.MirrorException.badRequest;

import java.util.List;

/**
 * What a request must hold before any state is looked at, in the real server's order: a body,
 * a name for every config, a source topic; and parameter values out of a fixed set. The HTTP
 * layer hands over what arrived (a missing body as null) and translates the refusal.
 */
public final class RequestRules {

  static final String EMPTY_BODY = "Payload error. Request body is empty. Data is required.";
  private static final int MAX_ECHOED_CHARS = 100;

  private RequestRules() {
  }

  /** The request, once it is known to have a body, config names and a source topic. */
  static CreateMirror requireComplete(CreateMirror request) {
    if (request == null) {
      throw badRequest(400, EMPTY_BODY);
    }
    for (CreateMirror.Config c : request.configs()) {
      if (c.name() == null) {
        throw badRequest(400, "Payload error. configs[].name is required.");
      }
    }
    String source = request.sourceTopicName();
    if (source == null || source.isEmpty()) {
      throw badRequest(400, "Payload error. source_topic_name is required.");
    }
    return request;
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
