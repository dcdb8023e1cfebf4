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
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every operation's examples as {@link Case}s: paired by name where the operation has a request
 * body, one case per response example where it has none; plus every reason why an example could not
 * be replayed (an unpaired or malformed example is a problem: it fails the build instead of being
 * skipped). The vocabulary is documented in openapi/README.md; each {@link Document} has its own.
 */
final class Contract {

  static final String X_CONTRACT = "x-contract";
  static final String X_STATUS = "x-status";
  static final String X_REQUEST_EXAMPLES = "x-request-examples";
  /** What a named entry of the map form of {@code x-request-examples} may hold, as an example does. */
  static final Set<String> NAMED_REQUEST_KEYS = Set.of("summary", "description", X_CONTRACT);
  static final String UNPAIRED = "-";

  private static final Pattern EXACT_STATUS = Pattern.compile("[1-5]\\d\\d");
  private static final Pattern RANGE_STATUS = Pattern.compile("[1-5]XX");

  private final List<Case> cases = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final Set<Coverage.Row> rows = new LinkedHashSet<>();
  private static final String RESPONSE_REF = "#/components/responses/";

  private final String serverUrl;
  private final Document document;
  /** The document's shared responses ({@code components.responses}), which an operation names by $ref. */
  private final Map<String, ApiResponse> sharedResponses;

  private Contract(String serverUrl, Document document, Map<String, ApiResponse> sharedResponses) {
    this.serverUrl = serverUrl;
    this.document = document;
    this.sharedResponses = sharedResponses;
  }

  /** The project's spec (Confluent's API), read once, on first use. */
  static Contract spec() {
    return Holder.SPEC;
  }

  /** The stub's own admin API, read once, on first use. */
  static Contract admin() {
    return AdminHolder.ADMIN;
  }

  /** The cases of both documents, the API's first. */
  static Stream<Case> all() {
    return Stream.concat(spec().stream(), admin().stream());
  }

  /** Every documented row of both documents: what the coverage table lists. */
  static Set<Coverage.Row> allRows() {
    Set<Coverage.Row> rows = new LinkedHashSet<>(spec().rows());
    rows.addAll(admin().rows());
    return rows;
  }

  static Contract of(Document document) {
    return document == Document.API ? spec() : admin();
  }

  private static final class Holder {
    static final Contract SPEC = read(Spec.API.api, Document.API);
  }

  private static final class AdminHolder {
    static final Contract ADMIN = read(Spec.ADMIN.api, Document.ADMIN);
  }

  /** A spec with the API's vocabulary. */
  static Contract read(OpenAPI api) {
    return read(api, Document.API);
  }

  static Contract read(OpenAPI api, Document document) {
    Map<String, ApiResponse> shared = api.getComponents() == null || api.getComponents().getResponses() == null
        ? Map.of() : api.getComponents().getResponses();
    Contract contract = new Contract(serverUrl(api), document, shared);
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
    String where(String id) {
      return id + ": response example '" + example + "' (" + statusKey + ")";
    }
  }

  private void operation(String template, PathItem item, String method, Operation op) {
    String id = op.getOperationId() != null ? op.getOperationId() : method + " " + template;
    List<Parameter> parameters = parameters(item, op);
    List<Documented> responses = responseExamples(id, op, op.getRequestBody() != null);
    if (op.getRequestBody() == null) {
      responses.forEach(d -> bodiless(id, template, method, parameters, d));
      return;
    }
    Map<String, MediaTypeExample> requests = requestExamples(id, op);
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
      Requests reader = new Requests(id + ": request example '" + d.example + "'", problems, document);
      Case.Request r = reader.read(request.mediaType, request.example, parameters);
      Map<String, Object> contract = d.value == null ? Map.of()
          : new Requests(d.where(id), problems, document).contract(d.value, document.responseKeys);
      if (r != null && contract.containsKey("credentials")) {
        r = responseCredentials(d.where(id), r, request.example, contract.get("credentials"));
      }
      Case.Response s = d.status == null ? null : response(id, d, contract);
      if (r != null && s != null) {
        cases.add(new Case(document, id, method, template, d.example, r, s));
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

  /** Without a request body, each response example is a case of its own: its x-contract says how to ask. */
  private void bodiless(String id, String template, String method, List<Parameter> parameters, Documented d) {
    rows.add(new Coverage.Row(id, d.statusKey, d.example));
    String where = d.where(id);
    if (d.value == null) {
      problems.add(where + ": an operation without a request body has no request example to pair with; "
          + "document the response's body and an " + X_CONTRACT + ", or name the requests in the map form of "
          + X_REQUEST_EXAMPLES + " (name: {summary, description, " + X_CONTRACT + "})");
      return;
    }
    int before = problems.size();
    Requests reader = new Requests(where, problems, document);
    Map<String, Object> contract = reader.contract(d.value,
        d.mediaType == null ? document.noBodyAtAllKeys() : document.bodilessKeys);
    Case.Request r = reader.readWithoutBody(contract, parameters);
    Case.Response s = d.status == null ? null : response(id, d, contract);
    if (r != null && s != null && problems.size() == before) {
      cases.add(new Case(document, id, method, template, d.example, r, s));
    }
  }

  private record MediaTypeExample(String mediaType, Example example) {
  }

  /**
   * A shared response (admin.yaml's 401) says which credentials its example was asked with; the
   * paired request example then gives only the body, or the same credentials. Null, with a problem,
   * when the two disagree or the value is not one of the document's.
   */
  private Case.Request responseCredentials(String where, Case.Request request, Example requestExample, Object given) {
    Case.Credentials said = document.credentials.get(String.valueOf(given));
    if (said == null) {
      problems.add(where + ": x-contract credentials '" + given + "' is not one of " + document.credentials.keySet());
      return null;
    }
    Object own = extension(requestExample.getExtensions(), X_CONTRACT);
    if (own instanceof Map<?, ?> map && map.containsKey("credentials") && request.credentials() != said) {
      problems.add(where + ": x-contract credentials '" + given + "' differs from its request example's");
      return null;
    }
    return request.withCredentials(said);
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

  private List<Documented> responseExamples(String id, Operation op, boolean requestBody) {
    List<Documented> documented = new ArrayList<>();
    if (op.getResponses() == null) {
      return documented;
    }
    op.getResponses().forEach((key, declared) -> {
      ApiResponse response = resolved(declared);
      if (response == null) {
        problems.add(id + ": response " + key + " refers to " + declared.get$ref() + ", which the document does not have");
        return;
      }
      Object listed = extension(response.getExtensions(), X_REQUEST_EXAMPLES);
      if (isEmpty(response.getContent())) {
        if (listed instanceof Map<?, ?> named && !named.isEmpty()) {
          if (requestBody) {
            problems.add(id + ": response " + key + ": the map form of " + X_REQUEST_EXAMPLES + " is for "
                + "operations without a request body; list the names of the request examples instead");
            return;
          }
          Integer status = status(id, key, null, "response " + key);
          named.forEach((name, entry) -> {
            Example request = namedRequest(id, key, String.valueOf(name), entry);
            if (request != null) {
              documented.add(new Documented(key, status, String.valueOf(name), null, request));
            }
          });
          return;
        }
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

  /** A response, or the shared one its {@code $ref} names (null when there is none of that name). */
  private ApiResponse resolved(ApiResponse response) {
    String ref = response.get$ref();
    if (ref == null) {
      return response;
    }
    return ref.startsWith(RESPONSE_REF) ? sharedResponses.get(ref.substring(RESPONSE_REF.length())) : null;
  }

  /**
   * One entry of the map form of {@code x-request-examples} as the example it stands for, or null
   * (with a problem) when it is not {summary, description, x-contract}.
   */
  private Example namedRequest(String id, String key, String name, Object entry) {
    String where = id + ": response " + key + " " + X_REQUEST_EXAMPLES + " '" + name + "'";
    if (!(entry instanceof Map<?, ?> fields)) {
      problems.add(where + " must be a map of " + new TreeSet<>(NAMED_REQUEST_KEYS) + ", not " + entry);
      return null;
    }
    List<String> unknown = fields.keySet().stream().map(String::valueOf)
        .filter(k -> !NAMED_REQUEST_KEYS.contains(k)).sorted().toList();
    if (!unknown.isEmpty()) {
      problems.add(where + ": " + unknown + " not one of " + new TreeSet<>(NAMED_REQUEST_KEYS));
      return null;
    }
    Example example = new Example();
    if (fields.get("summary") != null) {
      example.setSummary(String.valueOf(fields.get("summary")));
    }
    if (fields.get("description") != null) {
      example.setDescription(String.valueOf(fields.get("description")));
    }
    if (fields.containsKey(X_CONTRACT)) {
      example.addExtension(X_CONTRACT, fields.get(X_CONTRACT));
    }
    return example;
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

  private Case.Response response(String id, Documented d, Map<String, Object> contract) {
    if (d.mediaType == null) {
      return new Case.Response(d.statusKey, d.status, null, null, null, serverUrl, List.of());
    }
    String where = d.where(id);
    if (d.value.getValue() == null) {
      problems.add(where + " has no value");
      return null;
    }
    JsonNode value = Bodies.JSON.valueToTree(d.value.getValue());
    String requestPath = contract.get("request-path") instanceof String s ? s : null;
    if (requestPath != null && !value.asText().contains(requestPath)) {
      problems.add(where + ": request-path '" + requestPath + "' does not occur in the example");
    }
    List<String> volatiles = volatiles(where, contract.get("volatile"), value);
    return new Case.Response(d.statusKey, d.status, d.mediaType, value, requestPath, serverUrl, volatiles);
  }

  /** The volatile pointers, each of which must point at a value of the example. */
  private List<String> volatiles(String where, Object listed, JsonNode value) {
    if (listed == null) {
      return List.of();
    }
    if (!(listed instanceof List<?> pointers)) {
      problems.add(where + ": volatile must be a list of JSON pointers, not " + listed);
      return List.of();
    }
    List<String> volatiles = new ArrayList<>();
    for (Object pointer : pointers) {
      if (pointer instanceof String p && p.startsWith("/") && !value.at(p).isMissingNode()) {
        volatiles.add(p);
      } else {
        problems.add(where + ": volatile " + pointer + " is not a JSON pointer to a value of the example");
      }
    }
    return List.copyOf(volatiles);
  }

  /** The first top-level server's URL when it is absolute: example strings starting with it stand for the server under test. */
  private static String serverUrl(OpenAPI api) {
    if (api.getServers() == null || api.getServers().isEmpty()) {
      return null;
    }
    String url = api.getServers().get(0).getUrl();
    return url != null && url.contains("://") ? url : null;
  }

  private static List<Parameter> parameters(PathItem item, Operation op) {
    List<Parameter> all = new ArrayList<>();
    if (item.getParameters() != null) {
      all.addAll(item.getParameters());
    }
    if (op.getParameters() != null) {
      all.addAll(op.getParameters());
    }
    return all;
  }

  static Object extension(Map<String, Object> extensions, String name) {
    return extensions == null ? null : extensions.get(name);
  }

  private static boolean isEmpty(Content content) {
    return content == null || content.isEmpty();
  }
}
