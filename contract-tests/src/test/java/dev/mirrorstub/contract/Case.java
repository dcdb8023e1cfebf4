package dev.mirrorstub.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One documented request example with the response the spec pairs it with: sending the request
 * must give the response. Built by {@link Contract} from the spec, never written by hand.
 */
record Case(String operationId, String method, String pathTemplate, String example,
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
      String encoded = URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8).replace("+", "%20");
      path = path.replace("{" + p.getKey() + "}", encoded);
    }
    return path;
  }

  String pathParam(String name) {
    String value = request.pathParams().get(name);
    if (value == null) {
      throw new AssertionError(this + ": no path parameter " + name);
    }
    return value;
  }

  enum Credentials { VALID, INVALID, OUT_OF_SCOPE }

  enum Condition { NONE, RATE_LIMITED, INTERNAL_ERROR }

  /**
   * The request as it goes on the wire. {@code value} is the example's JSON value (null when the
   * example has raw bytes only); {@code body} the exact bytes; {@code exactBytes} is true when the
   * example says something about the bytes or the content type that a JSON value cannot.
   */
  record Request(Map<String, String> pathParams, Credentials credentials, Condition condition,
                 String contentType, byte[] body, JsonNode value, boolean exactBytes) {
  }

  /**
   * The documented answer. {@code mediaType} and {@code value} are null when no body is documented.
   * {@code requestPath} is text of a text example that stands for the request's path.
   */
  record Response(String statusKey, int status, String mediaType, JsonNode value, String requestPath) {

    boolean success() {
      return status >= 200 && status < 300;
    }

    boolean json() {
      return mediaType != null && Bodies.isJson(mediaType);
    }
  }
}
