package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** How an answer's body is compared with its documented example. */
final class Bodies {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final String VOLATILE = "(volatile: checked against the schema only)";

  private Bodies() {
  }

  static boolean isJson(String mediaType) {
    String type = baseType(mediaType);
    return type.equals("application/json") || type.endsWith("+json");
  }

  /** {@code text/html;charset=utf-8} is {@code text/html}. */
  static String baseType(String contentType) {
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  /** The example's bytes as written in the spec. */
  static byte[] exampleBytes(Case.Response response) {
    return bytes(response, response.value());
  }

  /** The example's bytes as a server at {@code baseUri} sends them. */
  static byte[] exampleBytes(Case.Response response, URI baseUri) {
    return bytes(response, rebased(response, response.value(), baseUri));
  }

  private static byte[] bytes(Case.Response response, JsonNode value) {
    try {
      return response.json() ? JSON.writeValueAsBytes(value) : value.asText().getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * JSON bodies compare structurally. A number read from YAML and the same number read from JSON
   * can be different node types, so both sides go through the same bytes-to-tree path.
   */
  static JsonNode tree(Object value) {
    try {
      return JSON.readTree(value instanceof byte[] bytes ? bytes : JSON.writeValueAsBytes(value));
    } catch (IOException e) {
      Object shown = value instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : value;
      throw new AssertionError("not JSON: " + shown, e);
    }
  }

  /**
   * The answer of a server at {@code baseUri} equals the example once the spec's server URL in the
   * example's strings stands for {@code baseUri}, and the volatile values on both sides are set
   * aside (the schema, checked elsewhere, is all they must meet; they must still be there).
   */
  static void assertJson(Case c, Object actual, URI baseUri) {
    Case.Response documented = c.response();
    JsonNode expected = masked(documented, tree(rebased(documented, documented.value(), baseUri)));
    assertEquals(expected, masked(documented, tree(actual)), c + ": body differs from the documented example");
  }

  private static JsonNode rebased(Case.Response response, JsonNode value, URI baseUri) {
    String base = baseUri.toString().replaceAll("/+$", "");
    String prefix = response.serverUrl();
    if (prefix == null) {
      return value;
    }
    if (value.isTextual() && value.asText().startsWith(prefix)) {
      return TextNode.valueOf(base + value.asText().substring(prefix.length()));
    }
    if (value.isObject()) {
      ObjectNode copy = JSON.createObjectNode();
      value.fields().forEachRemaining(f -> copy.set(f.getKey(), rebased(response, f.getValue(), baseUri)));
      return copy;
    }
    if (value.isArray()) {
      ArrayNode copy = JSON.createArrayNode();
      value.forEach(v -> copy.add(rebased(response, v, baseUri)));
      return copy;
    }
    return value;
  }

  private static JsonNode masked(Case.Response response, JsonNode tree) {
    for (String volatilePointer : response.volatiles()) {
      JsonPointer pointer = JsonPointer.compile(volatilePointer);
      JsonNode parent = tree.at(pointer.head());
      if (parent instanceof ObjectNode object && object.has(pointer.last().getMatchingProperty())) {
        object.put(pointer.last().getMatchingProperty(), VOLATILE);
      } else if (parent instanceof ArrayNode array && pointer.last().mayMatchElement()
          && pointer.last().getMatchingIndex() < array.size()) {
        array.set(pointer.last().getMatchingIndex(), TextNode.valueOf(VOLATILE));
      }
    }
    return tree;
  }

  /**
   * A text example compared with a real server's page: the YAML folds the documented page onto
   * one line, so white space between tags and runs of white space do not count, and the
   * example's {@code request-path} stands for the path of the request.
   */
  static void assertTextFromServer(Case c, String actual, String requestPath) {
    String expected = c.response().value().asText();
    if (c.response().requestPath() != null) {
      expected = expected.replace(c.response().requestPath(), requestPath);
    }
    assertEquals(normalize(expected), normalize(actual), c + ": body differs from the documented example");
  }

  /** A text example relayed by the client from the replay stub: byte for byte. */
  static void assertTextExact(Case c, String actual) {
    assertEquals(c.response().value().asText(), actual, c + ": body differs from the documented example");
  }

  private static String normalize(String text) {
    return text.replaceAll(">\\s+<", "><").replaceAll("\\s+", " ").strip();
  }
}
