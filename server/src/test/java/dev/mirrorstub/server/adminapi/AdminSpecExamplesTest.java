package dev.mirrorstub.server.adminapi;

import static dev.mirrorstub.server.HttpTestSupport.json;
import static dev.mirrorstub.server.HttpTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.mirrorstub.server.StubServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of openapi/admin.yaml against a server with the embedded configuration and the admin
 * API on, reset before each case: a request example gets the status of the response example of its
 * name (or the 204 that lists it) and that body; a response example of an operation without a body is
 * its own case; the 401 examples are tried on every operation. A quick replay read from the spec; the
 * contract tests replay it in full.
 */
class AdminSpecExamplesTest {

  private static final JsonNode SPEC = spec();
  private static StubServer server;

  @BeforeAll
  static void start() throws IOException {
    server = StubServer.start("127.0.0.1", 0, AdminTestSupport.defaultWithAdmin());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** One case: the operation, the example's name, what to send and what must come back. */
  record Case(String name, String method, String path, JsonNode operation, JsonNode contract, String body,
              String contentType, int status, JsonNode expected) {
    @Override
    public String toString() {
      return method + " " + path + " " + name + " -> " + status;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void example_isAnsweredAsDocumented(Case c) {
    assertEquals(204, AdminTestSupport.admin(server, "POST", "/__admin/reset", null).statusCode());
    for (JsonNode step : c.contract().path("before")) {
      String path = step.get("path").asText();
      // Not checked: a step may be meant to meet an armed fault.
      AdminTestSupport.call(server, step.get("method").asText(), path,
          path.startsWith("/__admin") ? AdminTestSupport.ADMIN : AdminTestSupport.API, null,
          step.has("body") ? step.get("body").toString() : null);
    }
    String authorization = switch (c.contract().path("credentials").asText("valid")) {
      case "none" -> null;
      case "invalid" -> "Bearer not-the-admin-token";
      case "api" -> AdminTestSupport.API;
      default -> AdminTestSupport.ADMIN;
    };

    HttpResponse<byte[]> answer = AdminTestSupport.call(server, c.method(), c.path() + query(c.contract()),
        authorization, c.contentType(), c.body());

    assertEquals(c.status(), answer.statusCode(), c + ": " + text(answer));
    if (c.expected() != null) {
      JsonNode actual = json(answer);
      JsonNode expected = c.expected().deepCopy();
      for (JsonNode pointer : c.contract().path("volatile")) {
        remove(actual, pointer.asText());
        remove(expected, pointer.asText());
      }
      assertEquals(expected, actual, c.toString());
    }
  }

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    SPEC.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(o -> {
      String method = o.getKey().toUpperCase(java.util.Locale.ROOT);
      JsonNode op = o.getValue();
      JsonNode content = op.path("requestBody").path("content");
      JsonNode unauthorized = resolve(op.path("responses").path("401"));
      String anyBody = null;
      String anyType = null;
      Iterator<Map.Entry<String, JsonNode>> types = content.fields();
      while (types.hasNext()) {
        Map.Entry<String, JsonNode> type = types.next();
        for (Iterator<Map.Entry<String, JsonNode>> ex = type.getValue().path("examples").fields(); ex.hasNext(); ) {
          Map.Entry<String, JsonNode> e = ex.next();
          JsonNode contract = e.getValue().path("x-contract");
          String body = contract.has("raw-body") ? contract.get("raw-body").asText() : e.getValue().get("value").toString();
          String contentType = contract.path("content-type").asText(type.getKey());
          String path = path(p.getKey(), op, contract);
          cases.add(answerTo(e.getKey(), method, path, op, contract, body, contentType));
          if (anyBody == null) {
            anyBody = body;
            anyType = contentType;
          }
        }
      }
      if (content.isMissingNode()) {
        op.path("responses").fields().forEachRemaining(r -> {
          JsonNode response = resolve(r.getValue());
          if (response == unauthorized) {
            return;
          }
          response.path("content").path("application/json").path("examples").fields().forEachRemaining(e ->
              cases.add(new Case(e.getKey(), method, path(p.getKey(), op, e.getValue().path("x-contract")), op,
                  e.getValue().path("x-contract"), null, null, Integer.parseInt(r.getKey()),
                  e.getValue().get("value"))));
          response.path("x-request-examples").fields().forEachRemaining(e ->
              cases.add(new Case(e.getKey(), method, path(p.getKey(), op, e.getValue().path("x-contract")), op,
                  e.getValue().path("x-contract"), null, null, Integer.parseInt(r.getKey()), null)));
        });
      }
      String body = anyBody;
      String type = anyType;
      unauthorized.path("content").path("application/json").path("examples").fields().forEachRemaining(e ->
          cases.add(new Case(e.getKey(), method, path(p.getKey(), op, e.getValue().path("x-contract")), op,
              e.getValue().path("x-contract"), body, type, 401, e.getValue().get("value"))));
    }));
    return cases.stream();
  }

  /** The response example of the same name, or the 204 that lists it. */
  private static Case answerTo(String name, String method, String path, JsonNode op, JsonNode contract, String body,
      String contentType) {
    for (Iterator<Map.Entry<String, JsonNode>> it = op.path("responses").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> r = it.next();
      JsonNode response = resolve(r.getValue());
      JsonNode example = response.path("content").path("application/json").path("examples").path(name);
      if (!example.isMissingNode()) {
        return new Case(name, method, path, op, contract, body, contentType, Integer.parseInt(r.getKey()),
            example.get("value"));
      }
      for (JsonNode listed : response.path("x-request-examples")) {
        if (listed.asText().equals(name)) {
          return new Case(name, method, path, op, contract, body, contentType, Integer.parseInt(r.getKey()), null);
        }
      }
    }
    throw new AssertionError("request example " + name + " has no response");
  }

  private static String path(String template, JsonNode op, JsonNode contract) {
    String path = template;
    for (JsonNode parameter : op.path("parameters")) {
      if (parameter.get("in").asText().equals("path")) {
        String name = parameter.get("name").asText();
        path = path.replace("{" + name + "}", contract.path("path").path(name).asText(parameter.get("example").asText()));
      }
    }
    return path;
  }

  private static String query(JsonNode contract) {
    StringBuilder q = new StringBuilder();
    contract.path("query").fields().forEachRemaining(e -> q.append(q.length() == 0 ? "?" : "&").append(e.getKey())
        .append('=').append(URLEncoder.encode(e.getValue().asText(), StandardCharsets.UTF_8)));
    return q.toString();
  }

  private static JsonNode resolve(JsonNode node) {
    if (!node.has("$ref")) {
      return node;
    }
    return SPEC.at(node.get("$ref").asText().substring(1));
  }

  private static void remove(JsonNode root, String pointer) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = root.at(pointer.substring(0, slash));
    if (parent instanceof ObjectNode o) {
      o.remove(pointer.substring(slash + 1));
    }
  }

  private static JsonNode spec() {
    try (InputStream in = AdminSpecExamplesTest.class.getClassLoader().getResourceAsStream("admin.yaml")) {
      return new YAMLMapper().readTree(Objects.requireNonNull(in, "admin.yaml"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
