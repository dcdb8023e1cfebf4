package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** How an answer's body is compared with its documented example. */
final class Bodies {

  static final ObjectMapper JSON = new ObjectMapper();

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

  /** The example's bytes as a server or a stub sends them. */
  static byte[] exampleBytes(Case.Response response) {
    try {
      return response.json() ? JSON.writeValueAsBytes(response.value())
          : response.value().asText().getBytes(StandardCharsets.UTF_8);
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

  static void assertJson(Case c, Object actual) {
    assertEquals(tree(c.response().value()), tree(actual), c + ": body differs from the documented example");
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
