package dev.mirrorstub.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads one request example and its {@code x-contract} into the request that goes on the wire. */
final class Requests {

  private final String where;
  private final List<String> problems;

  Requests(String operationId, String example, List<String> problems) {
    this.where = operationId + ": request example '" + example + "'";
    this.problems = problems;
  }

  /** The request, or null (with the reasons added to the problems) when the example cannot be sent. */
  Case.Request read(String mediaType, Example example, List<Parameter> pathParameters) {
    int before = problems.size();
    Object extension = Contract.extension(example.getExtensions(), Contract.X_CONTRACT);
    Map<String, Object> contract = map(extension, where, problems);
    contract.keySet().stream().filter(k -> !Contract.REQUEST_KEYS.contains(k)).forEach(k ->
        problems.add(where + ": " + Contract.X_CONTRACT + " key '" + k + "' is not one of " + Contract.REQUEST_KEYS));

    Map<String, String> path = pathParams(map(contract.get("path"), where + " path", problems), pathParameters);
    Case.Credentials credentials = choice(contract, "credentials", Case.Credentials.VALID,
        Map.of("invalid", Case.Credentials.INVALID, "out-of-scope", Case.Credentials.OUT_OF_SCOPE));
    Case.Condition condition = choice(contract, "condition", Case.Condition.NONE,
        Map.of("rate-limited", Case.Condition.RATE_LIMITED, "internal-error", Case.Condition.INTERNAL_ERROR));
    Object contentType = contract.getOrDefault("content-type", mediaType);
    Object raw = contract.get("raw-body");
    Object size = contract.get("body-bytes");
    JsonNode value = example.getValue() == null ? null : Bodies.JSON.valueToTree(example.getValue());

    if (!(contentType instanceof String) || (raw != null && !(raw instanceof String))
        || (size != null && !(size instanceof Integer))) {
      problems.add(where + ": content-type and raw-body must be strings, body-bytes an integer");
    }
    if (raw != null && (value != null || size != null)) {
      problems.add(where + ": raw-body excludes value and body-bytes");
    }
    if (raw == null && value == null && size == null) {
      problems.add(where + ": needs a value, an x-contract raw-body or an x-contract body-bytes");
    }
    if (problems.size() > before) {
      return null;
    }
    byte[] body = raw != null ? ((String) raw).getBytes(StandardCharsets.UTF_8) : json(value, (Integer) size);
    if (body == null) {
      return null;
    }
    boolean exact = raw != null || size != null || contract.containsKey("content-type");
    return new Case.Request(path, credentials, condition, (String) contentType, body, value, exact);
  }

  /** The value as JSON, padded with trailing white space (still valid JSON) to {@code size} bytes. */
  private byte[] json(JsonNode value, Integer size) {
    String text;
    try {
      text = Bodies.JSON.writeValueAsString(value == null ? Bodies.JSON.createObjectNode() : value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (size == null) {
      return bytes;
    }
    if (size < bytes.length) {
      problems.add(where + ": body-bytes " + size + " is smaller than the value's " + bytes.length + " bytes");
      return null;
    }
    return (text + " ".repeat(size - bytes.length)).getBytes(StandardCharsets.UTF_8);
  }

  private Map<String, String> pathParams(Map<String, Object> overrides, List<Parameter> parameters) {
    Map<String, String> path = new LinkedHashMap<>();
    for (Parameter p : parameters) {
      Object value = overrides.containsKey(p.getName()) ? overrides.get(p.getName()) : p.getExample();
      if (value == null) {
        problems.add(where + ": path parameter " + p.getName()
            + " has neither an example nor an x-contract path value");
      } else {
        path.put(p.getName(), String.valueOf(value));
      }
    }
    overrides.keySet().stream().filter(k -> parameters.stream().noneMatch(p -> p.getName().equals(k)))
        .forEach(k -> problems.add(where + ": x-contract path names '" + k + "', which is not a path parameter"));
    return path;
  }

  private <E> E choice(Map<String, Object> contract, String key, E absent, Map<String, E> values) {
    Object given = contract.get(key);
    if (given == null) {
      return absent;
    }
    E chosen = values.get(String.valueOf(given));
    if (chosen == null) {
      problems.add(where + ": x-contract " + key + " '" + given + "' is not one of " + values.keySet());
      return absent;
    }
    return chosen;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value, String where, List<String> problems) {
    if (value == null) {
      return Map.of();
    }
    if (value instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    problems.add(where + ": " + Contract.X_CONTRACT + " must be a map, not " + value);
    return Map.of();
  }
}
