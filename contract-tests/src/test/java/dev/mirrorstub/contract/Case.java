package dev.mirrorstub.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One documented request with the response the spec says it gets: sending the request must give
 * the response. For an operation with a request body the request is a request example paired by
 * name; for one without, the response example's {@code x-contract} describes the request. Built
 * by {@link Contract} from the spec, never written by hand.
 */
record Case(Document document, String operationId, String method, String pathTemplate, String example,
            Request request, Response response) {

  /** What the dynamic tests and the coverage table call it. */
  @Override
  public String toString() {
    return operationId + " " + response.statusKey() + " " + example;
  }

  Coverage.Row row() {
    return new Coverage.Row(operationId, response.statusKey(), example);
  }

  /** The request's path, path parameters filled in and encoded. */
  String path() {
    String path = pathTemplate;
    for (Map.Entry<String, String> p : request.pathParams().entrySet()) {
      path = path.replace("{" + p.getKey() + "}", encode(p.getValue()));
    }
    return path;
  }

  /** The request's encoded query string, null when it has none (as {@link java.net.URI#getRawQuery}). */
  String rawQuery() {
    if (request.query().isEmpty()) {
      return null;
    }
    return request.query().entrySet().stream()
        .map(q -> encode(q.getKey()) + "=" + encode(q.getValue()))
        .collect(Collectors.joining("&"));
  }

  /** The path and the query, as they go on the request line. */
  String target() {
    String query = rawQuery();
    return query == null ? path() : path() + "?" + query;
  }

  String pathParam(String name) {
    String value = request.pathParams().get(name);
    if (value == null) {
      throw new AssertionError(this + ": no path parameter " + name);
    }
    return value;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * Who the request says it is: a valid credential (the default), the same with a wrong secret or
   * token, one scoped away from the cluster (the API), none, or the API's own credential (the admin API).
   */
  enum Credentials { VALID, INVALID, OUT_OF_SCOPE, NONE, API }

  enum Condition { NONE, RATE_LIMITED, INTERNAL_ERROR }

  /**
   * The request as it goes on the wire. {@code value} is the example's JSON value (null when the
   * example has raw bytes only); {@code body} the exact bytes, and {@code contentType} theirs, both
   * null for an operation without a request body; {@code exactBytes} is true when the example says
   * something about the bytes or the content type that a JSON value cannot. {@code before} lists the
   * requests sent first (admin.yaml's {@code before}), empty for most cases.
   */
  record Request(Map<String, String> pathParams, Map<String, String> query, Credentials credentials,
                 Condition condition, String contentType, byte[] body, JsonNode value, boolean exactBytes,
                 List<Before> before) {

    Request withCredentials(Credentials other) {
      return new Request(pathParams, query, other, condition, contentType, body, value, exactBytes, before);
    }
  }

  /**
   * A request sent before the case's own, as the example's {@code before} gives it: to an API path
   * with the configuration's first credential, to an admin path with the admin token; {@code body}
   * (JSON) is null when there is none.
   */
  record Before(String method, String path, JsonNode body) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /**
   * The documented answer. {@code mediaType} and {@code value} are null when no body is documented.
   * {@code requestPath} is text of a text example that stands for the request's path;
   * {@code serverUrl} the prefix of the example's strings that stands for the base URI of the server
   * under test; {@code volatiles} JSON pointers to values that differ from run to run.
   */
  record Response(String statusKey, int status, String mediaType, JsonNode value, String requestPath,
                  String serverUrl, List<String> volatiles) {

    boolean success() {
      return status >= 200 && status < 300;
    }

    boolean json() {
      return mediaType != null && Bodies.isJson(mediaType);
    }
  }
}
