package dev.mirrorstub.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The spec's examples paired by name into {@link Case}s, plus every reason why an example could not
 * be paired (an unpaired example, request or response, is a problem: it fails the build instead of
 * being skipped). The vocabulary is documented in openapi/README.md.
 */
final class Contract {

  static final String X_CONTRACT = "x-contract";
  static final String X_STATUS = "x-status";
  static final String X_REQUEST_EXAMPLES = "x-request-examples";
  static final Set<String> REQUEST_KEYS =
      Set.of("path", "raw-body", "content-type", "body-bytes", "credentials", "condition");
  static final Set<String> RESPONSE_KEYS = Set.of("request-path");
  static final String UNPAIRED = "-";

  private static final Pattern EXACT_STATUS = Pattern.compile("[1-5]\\d\\d");
  private static final Pattern RANGE_STATUS = Pattern.compile("[1-5]XX");

  private final List<Case> cases = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final Set<Coverage.Row> rows = new LinkedHashSet<>();

  private Contract() {
  }

  /** The project's spec, read once, on first use. */
  static Contract spec() {
    return Holder.SPEC;
  }

  private static final class Holder {
    static final Contract SPEC = read(Spec.INSTANCE.api);
  }

  static Contract read(OpenAPI api) {
    Contract contract = new Contract();
    if (api.getPaths() != null) {
      api.getPaths().forEach((template, item) -> item.readOperationsMap()
          .forEach((method, op) -> contract.operation(template, item, method.name(), op)));
    }
    return contract;
  }

  List<Case> cases() {
    return List.copyOf(cases);
  }

  List<String> problems() {
    return List.copyOf(problems);
  }

  /** Every documented (operation, status, example), paired or not: what the coverage table lists. */
  Set<Coverage.Row> rows() {
    return Set.copyOf(rows);
  }

  Stream<Case> stream() {
    return cases.stream();
  }

  private record Documented(String statusKey, Integer status, String example, String mediaType, Example value) {
  }

  private void operation(String template, PathItem item, String method, Operation op) {
    String id = op.getOperationId() != null ? op.getOperationId() : method + " " + template;
    Map<String, MediaTypeExample> requests = requestExamples(id, op);
    List<Documented> responses = responseExamples(id, op);
    Map<String, List<String>> pairedWith = new LinkedHashMap<>();
    for (Documented d : responses) {
      rows.add(new Coverage.Row(id, d.statusKey, d.example));
      MediaTypeExample request = requests.get(d.example);
      if (request == null) {
        problems.add(id + ": response example '" + d.example + "' (" + d.statusKey
            + ") has no request example of that name");
        continue;
      }
      pairedWith.computeIfAbsent(d.example, k -> new ArrayList<>()).add(d.statusKey);
      Requests reader = new Requests(id, d.example, problems);
      Case.Request r = reader.read(request.mediaType, request.example, pathParameters(item, op));
      Case.Response s = d.status == null ? null : response(id, d);
      if (r != null && s != null) {
        cases.add(new Case(id, method, template, d.example, r, s));
      }
    }
    for (String name : requests.keySet()) {
      List<String> statuses = pairedWith.getOrDefault(name, List.of());
      if (statuses.isEmpty()) {
        rows.add(new Coverage.Row(id, UNPAIRED, name));
        problems.add(id + ": request example '" + name + "' is paired with no response: add a response "
            + "example of that name, or list it in the " + X_REQUEST_EXAMPLES + " of a response without a body");
      } else if (statuses.size() > 1) {
        problems.add(id + ": request example '" + name + "' is paired with several responses: " + statuses);
      }
    }
  }

  private record MediaTypeExample(String mediaType, Example example) {
  }

  private Map<String, MediaTypeExample> requestExamples(String id, Operation op) {
    Map<String, MediaTypeExample> requests = new LinkedHashMap<>();
    if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
      return requests;
    }
    op.getRequestBody().getContent().forEach((mediaType, content) -> {
      if (content.getExamples() != null) {
        content.getExamples().forEach((name, example) -> {
          if (requests.put(name, new MediaTypeExample(mediaType, example)) != null) {
            problems.add(id + ": request example '" + name + "' is defined under two media types");
          }
        });
      }
    });
    return requests;
  }

  private List<Documented> responseExamples(String id, Operation op) {
    List<Documented> documented = new ArrayList<>();
    if (op.getResponses() == null) {
      return documented;
    }
    op.getResponses().forEach((key, response) -> {
      Object listed = extension(response.getExtensions(), X_REQUEST_EXAMPLES);
      if (isEmpty(response.getContent())) {
        if (!(listed instanceof List<?> names) || names.isEmpty()) {
          problems.add(id + ": response " + key + " documents neither a body nor " + X_REQUEST_EXAMPLES);
          return;
        }
        Integer status = status(id, key, null, "response " + key);
        names.forEach(n -> documented.add(new Documented(key, status, String.valueOf(n), null, null)));
        return;
      }
      if (listed != null) {
        problems.add(id + ": response " + key + " has a body; " + X_REQUEST_EXAMPLES
            + " is for responses without one (name the examples after the request examples instead)");
      }
      response.getContent().forEach((mediaType, content) -> examples(id, key, mediaType, content, documented));
    });
    return documented;
  }

  private void examples(String id, String key, String mediaType, MediaType content, List<Documented> out) {
    if (content.getExamples() == null || content.getExamples().isEmpty()) {
      problems.add(id + ": response " + key + " " + mediaType + " documents no named example");
      return;
    }
    content.getExamples().forEach((name, example) -> {
      Integer status = status(id, key, extension(example.getExtensions(), X_STATUS), "response example '" + name + "'");
      out.add(new Documented(key, status, name, mediaType, example));
    });
  }

  private Integer status(String id, String key, Object xStatus, String what) {
    if (EXACT_STATUS.matcher(key).matches()) {
      if (xStatus != null) {
        problems.add(id + ": " + what + " (" + key + "): " + X_STATUS + " is only for range responses");
        return null;
      }
      return Integer.valueOf(key);
    }
    boolean range = RANGE_STATUS.matcher(key).matches();
    if (!range && !key.equals("default")) {
      problems.add(id + ": " + what + ": response key " + key + " is not a status, a range or default");
      return null;
    }
    if (!(xStatus instanceof Integer status) || status < 100 || status > 599
        || (range && status / 100 != key.charAt(0) - '0')) {
      problems.add(id + ": " + what + " (" + key + ") needs " + X_STATUS + ": the exact status within "
          + key + " (got " + xStatus + ")");
      return null;
    }
    return status;
  }

  private Case.Response response(String id, Documented d) {
    if (d.mediaType == null) {
      return new Case.Response(d.statusKey, d.status, null, null, null);
    }
    String where = id + ": response example '" + d.example + "' (" + d.statusKey + ")";
    if (d.value.getValue() == null) {
      problems.add(where + " has no value");
      return null;
    }
    JsonNode value = Bodies.JSON.valueToTree(d.value.getValue());
    Map<String, Object> contract = Requests.map(extension(d.value.getExtensions(), X_CONTRACT), where, problems);
    for (String k : contract.keySet()) {
      if (!RESPONSE_KEYS.contains(k)) {
        problems.add(where + ": " + X_CONTRACT + " key '" + k + "' is not one of " + RESPONSE_KEYS);
      }
    }
    String requestPath = contract.get("request-path") instanceof String s ? s : null;
    if (requestPath != null && !value.asText().contains(requestPath)) {
      problems.add(where + ": request-path '" + requestPath + "' does not occur in the example");
    }
    return new Case.Response(d.statusKey, d.status, d.mediaType, value, requestPath);
  }

  private static List<Parameter> pathParameters(PathItem item, Operation op) {
    List<Parameter> all = new ArrayList<>();
    if (item.getParameters() != null) {
      all.addAll(item.getParameters());
    }
    if (op.getParameters() != null) {
      all.addAll(op.getParameters());
    }
    return all.stream().filter(p -> "path".equals(p.getIn())).toList();
  }

  static Object extension(Map<String, Object> extensions, String name) {
    return extensions == null ? null : extensions.get(name);
  }

  private static boolean isEmpty(Content content) {
    return content == null || content.isEmpty();
  }
}
