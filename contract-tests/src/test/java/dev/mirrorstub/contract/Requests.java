package dev.mirrorstub.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the request that goes on the wire: from a request example and its {@code x-contract}, or,
 * for an operation without a request body, from the {@code x-contract} of a response example.
 */
final class Requests {

  /** The methods a {@code before} request may have. */
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
  private static final Set<String> BEFORE_KEYS = Set.of("method", "path", "body");

  private final String where;
  private final List<String> problems;
  private final Document document;

  /** {@code where} names the example in every problem reported; {@code document} gives the vocabulary. */
  Requests(String where, List<String> problems, Document document) {
    this.where = where;
    this.problems = problems;
    this.document = document;
  }

  /** The example's {@code x-contract} as a map; a key outside {@code vocabulary} is a problem. */
  Map<String, Object> contract(Example example, Set<String> vocabulary) {
    Map<String, Object> contract = map(Contract.extension(example.getExtensions(), Contract.X_CONTRACT), where, problems);
    contract.keySet().stream().filter(k -> !vocabulary.contains(k)).forEach(k -> problems.add(
        where + ": " + Contract.X_CONTRACT + " key '" + k + "' is not one of " + new TreeSet<>(vocabulary)));
    return contract;
  }

  /** The request, or null (with the reasons added to the problems) when the example cannot be sent. */
  Case.Request read(String mediaType, Example example, List<Parameter> parameters) {
    int before = problems.size();
    Map<String, Object> contract = contract(example, document.requestKeys);
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
    Case.Request common = common(contract, query(contract, parameters), parameters);
    if (problems.size() > before) {
      return null;
    }
    byte[] body = raw != null ? ((String) raw).getBytes(StandardCharsets.UTF_8) : json(value, (Integer) size);
    if (body == null) {
      return null;
    }
    boolean exact = raw != null || size != null || contract.containsKey("content-type");
    return new Case.Request(common.pathParams(), common.query(), common.credentials(), common.condition(),
        (String) contentType, body, value, exact, common.before());
  }

  /**
   * The request without a body that a response example's {@code x-contract} describes (keys
   * already checked), or null (with the reasons added to the problems).
   */
  Case.Request readWithoutBody(Map<String, Object> contract, List<Parameter> parameters) {
    int before = problems.size();
    Case.Request request = common(contract, query(contract, parameters), parameters);
    return problems.size() > before ? null : request;
  }

  /** The {@code query} of the {@code x-contract}: query parameters of the operation, none by default. */
  private Map<String, String> query(Map<String, Object> contract, List<Parameter> parameters) {
    return parameters(map(contract.get("query"), where + " query", problems), parameters, "query", false);
  }

  /** Path parameters, query, credentials, condition and the requests sent first: what every request has. */
  private Case.Request common(Map<String, Object> contract, Map<String, String> query, List<Parameter> parameters) {
    Map<String, String> path = parameters(map(contract.get("path"), where + " path", problems),
        parameters, "path", true);
    Case.Credentials credentials = choice(contract, "credentials", Case.Credentials.VALID, document.credentials);
    Case.Condition condition = choice(contract, "condition", Case.Condition.NONE,
        Map.of("rate-limited", Case.Condition.RATE_LIMITED, "internal-error", Case.Condition.INTERNAL_ERROR));
    return new Case.Request(path, query, credentials, condition, null, null, null, false, before(contract.get("before")));
  }

  /**
   * The {@code before} requests: a list of {method, path, body}, the method one of {@link #METHODS},
   * the path absolute. Whether the documents have such a request is checked by SpecPairingTest.
   */
  private List<Case.Before> before(Object listed) {
    if (listed == null) {
      return List.of();
    }
    if (!(listed instanceof List<?> entries) || entries.isEmpty()) {
      problems.add(where + ": before must be a non-empty list of {method, path, body}, not " + listed);
      return List.of();
    }
    List<Case.Before> before = new ArrayList<>();
    for (Object entry : entries) {
      if (!(entry instanceof Map<?, ?> fields) || !BEFORE_KEYS.containsAll(fields.keySet())
          || !(fields.get("method") instanceof String method) || !METHODS.contains(method)
          || !(fields.get("path") instanceof String path) || !path.startsWith("/")) {
        problems.add(where + ": before entry " + entry + " is not {method: one of " + new TreeSet<>(METHODS)
            + ", path: /..., body: optional JSON}");
        continue;
      }
      Object body = fields.get("body");
      before.add(new Case.Before(method, path, body == null ? null : Bodies.JSON.valueToTree(body)));
    }
    return List.copyOf(before);
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

  /**
   * The values of the parameters of one location ({@code path}, {@code query}): the given ones, and
   * for a path parameter not given, its {@code example}. A name that is no such parameter is a problem.
   */
  private Map<String, String> parameters(Map<String, Object> given, List<Parameter> parameters, String in,
      boolean exampleByDefault) {
    Map<String, String> values = new LinkedHashMap<>();
    List<Parameter> located = parameters.stream().filter(p -> in.equals(p.getIn())).toList();
    for (Parameter p : located) {
      Object value = given.containsKey(p.getName()) ? given.get(p.getName())
          : exampleByDefault ? p.getExample() : null;
      if (value instanceof Map<?, ?> || value instanceof List<?>) {
        problems.add(where + ": " + in + " parameter " + p.getName() + " must be a single value, not " + value);
      } else if (value != null) {
        values.put(p.getName(), String.valueOf(value));
      } else if (exampleByDefault) {
        problems.add(where + ": " + in + " parameter " + p.getName()
            + " has neither an example nor an x-contract " + in + " value");
      }
    }
    given.keySet().stream().filter(k -> located.stream().noneMatch(p -> p.getName().equals(k)))
        .forEach(k -> problems.add(where + ": x-contract " + in + " names '" + k + "', which is not a "
            + in + " parameter"));
    return values;
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
