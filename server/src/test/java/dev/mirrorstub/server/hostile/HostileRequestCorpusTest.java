package dev.mirrorstub.server.hostile;

import static dev.mirrorstub.server.hostile.Stub.assertErrorBody;
import static dev.mirrorstub.server.hostile.Stub.basic;
import static dev.mirrorstub.server.hostile.Stub.mirrorsPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirrorstub.server.StubServer;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of hostile requests: each one gets its documented answer, never a 5xx or a hang, and
 * leaves the server's state as it was. Answers that the JDK's HTTP layer gives before the stub
 * sees the request (openapi/README.md, "Hostile input") are asserted as such; they are the same on
 * every JDK 17 patch level tested. Where a patch level decides whether the JDK answers first
 * ({@link Kind#STUB_OR_JDK_REFUSES_FIRST}), the stub gives the same status itself, and the case
 * accepts exactly those two answers.
 */
@Timeout(60)
class HostileRequestCorpusTest {

  static final int MAX_BODY = 1_048_576;
  /** Would create {@code w.beta} if the server let a wrong type through. */
  private static final String VALID_SOURCE = "beta";
  /** Reaches the domain and fails there with 40403: every field and the path were accepted. */
  private static final String UNKNOWN_SOURCE_BODY = "{\"source_topic_name\":\"no-such-source\"}";

  private static StubServer server;
  private static InMemoryMirrorService mirrors;
  private static HttpClient http;

  /** What a case expects: the error body, or an answer of the HTTP layer. */
  enum Kind {
    ERROR_BODY,
    HEAD_NO_BODY,
    /** The JDK's HTTP layer answers with its one-line text/html page and closes: on every JDK 17 tested. */
    JDK_HTML,
    /** The JDK's HTTP layer closes the connection without an answer (headers over its limits). */
    CLOSED,
    /**
     * The stub's error body with this status, or, on JDK 17 patch levels that refuse the request
     * before any handler (seen on 17.0.21, not on 17.0.15), the JDK's text/html page with the same status.
     */
    STUB_OR_JDK_REFUSES_FIRST,
    /**
     * An alter operation's 200: {@code items} items (any number when negative), each with this
     * {@code error_code} (0: accepted, the field is null).
     */
    ITEMS,
    /** 405 with the error body and an {@code Allow} header naming exactly {@code allow}'s methods. */
    NOT_ALLOWED,
    /** A read's 200 with a JSON object. */
    JSON_OK
  }

  record Expect(Kind kind, int status, int errorCode, int items, String allow) {
    Expect(Kind kind, int status, int errorCode) {
      this(kind, status, errorCode, -1, null);
    }
  }

  @FunctionalInterface
  interface Sender {
    Reply send(URI base) throws Exception;
  }

  record Case(String name, Sender sender, Expect expect) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void start() throws IOException {
    StubConfig config = Stub.config();
    mirrors = new InMemoryMirrorService(config);
    server = Stub.start(config, mirrors);
    http = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void anyOperation_hostileRequest_getsItsDocumentedAnswerAndChangesNothing(Case hostile) throws Exception {
    try {
      check(hostile);
    } catch (AssertionError | Exception e) {
      throw new AssertionError(hostile.name() + ": " + e, e);
    }
  }

  private static void check(Case hostile) throws Exception {
    var before = Stub.state(mirrors);

    Reply reply = hostile.sender().send(server.baseUri());

    Expect expect = hostile.expect();
    switch (expect.kind()) {
      case ERROR_BODY -> assertErrorBody(reply, expect.status(), expect.errorCode());
      case HEAD_NO_BODY -> {
        assertEquals(expect.status(), reply.status(), () -> "status of " + reply);
        assertEquals(0, reply.body().length);
      }
      case JDK_HTML -> {
        assertEquals(expect.status(), reply.status(), () -> "status of " + reply);
        assertTrue(reply.contentType().startsWith("text/html"), () -> "content type of " + reply);
        assertEquals("close", reply.header("Connection"));
      }
      case CLOSED -> assertEquals(Reply.CLOSED, reply.status(), () -> "answer " + reply);
      case STUB_OR_JDK_REFUSES_FIRST -> {
        if (reply.contentType().startsWith("text/html")) {
          assertEquals(expect.status(), reply.status(), () -> "status of the JDK's answer " + reply);
          assertEquals("close", reply.header("Connection"));
        } else {
          assertErrorBody(reply, expect.status(), expect.errorCode());
          assertEquals("close", reply.header("Connection"));
        }
      }
      case ITEMS -> assertItems(reply, expect);
      case NOT_ALLOWED -> {
        assertErrorBody(reply, 405, 405);
        assertEquals(methods(expect.allow()), methods(reply.header("Allow")), () -> "Allow of " + reply);
      }
      case JSON_OK -> {
        assertEquals(200, reply.status(), () -> "status of " + reply);
        assertTrue(Stub.JSON.readTree(reply.body()).isObject(), () -> "not an object: " + reply);
      }
    }
    assertEquals(before, Stub.state(mirrors), "state changed");
    assertErrorBody(Stub.create(http, server.baseUri(), basic(), UNKNOWN_SOURCE_BODY), 404, 40403);
  }

  private static void assertItems(Reply reply, Expect expect) throws IOException {
    assertEquals(200, reply.status(), () -> "status of " + reply);
    assertTrue(reply.contentType().startsWith("application/json"), () -> "content type of " + reply);
    JsonNode data = Stub.JSON.readTree(reply.body()).get("data");
    assertTrue(data != null && data.isArray(), () -> "no data array: " + reply);
    if (expect.items() >= 0) {
      assertEquals(expect.items(), data.size(), () -> "items of " + reply);
    }
    for (JsonNode item : data) {
      JsonNode code = item.get("error_code");
      if (expect.errorCode() == 0) {
        assertTrue(code.isNull(), () -> "an item was refused: " + item);
      } else {
        assertEquals(expect.errorCode(), code.intValue(), () -> "error_code of item " + item);
        assertTrue(item.get("error_message").isTextual(), () -> "error_message of item " + item);
      }
    }
  }

  private static Set<String> methods(String allow) {
    assertTrue(allow != null, "no Allow header");
    return Arrays.stream(allow.split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void corpus_holdsAtLeast400NamedCases() {
    List<String> names = corpus().map(Case::name).toList();
    assertTrue(names.size() >= 400, "only " + names.size() + " cases");
    assertEquals(names.size(), names.stream().distinct().count(), "case names repeat");
  }

  static Stream<Case> corpus() {
    List<Case> c = new ArrayList<>();
    sourceTopicName(c);
    mirrorTopicName(c);
    replicationFactor(c);
    configs(c);
    syntax(c);
    encodingAndSize(c);
    bodyFraming(c);
    contentType(c);
    pathParameters(c);
    methods(c);
    headers(c);
    LifecycleCorpus.alterBodies(c);
    LifecycleCorpus.alterOnEveryOperation(c);
    LifecycleCorpus.createLink(c);
    LifecycleCorpus.linkConfigs(c);
    LifecycleCorpus.configBatch(c);
    LifecycleCorpus.readsAndDeletes(c);
    LifecycleCorpus.methods(c);
    return c.stream();
  }

  private static void sourceTopicName(List<Case> c) {
    json(c, "source_topic_name is a number", "{\"source_topic_name\":42}", 400, 400);
    json(c, "source_topic_name is a float", "{\"source_topic_name\":4.2}", 400, 400);
    json(c, "source_topic_name is a boolean", "{\"source_topic_name\":true}", 400, 400);
    json(c, "source_topic_name is an object", "{\"source_topic_name\":{\"n\":\"beta\"}}", 400, 400);
    json(c, "source_topic_name is an array", "{\"source_topic_name\":[\"beta\"]}", 400, 400);
    json(c, "source_topic_name is null", "{\"source_topic_name\":null}", 400, 400);
    json(c, "source_topic_name is missing", "{\"replication_factor\":3}", 400, 400);
    json(c, "source_topic_name is empty", "{\"source_topic_name\":\"\"}", 400, 400);
    json(c, "source_topic_name is blank", "{\"source_topic_name\":\"   \"}", 400, 40002);
    json(c, "source_topic_name has a slash", "{\"source_topic_name\":\"be/ta\"}", 400, 40002);
    json(c, "source_topic_name is a dot", "{\"source_topic_name\":\".\"}", 400, 40002);
    json(c, "source_topic_name is dot-dot", "{\"source_topic_name\":\"..\"}", 400, 40002);
    json(c, "source_topic_name has 250 characters", body("x".repeat(250)), 400, 40002);
    json(c, "source_topic_name has 100,000 characters", body("x".repeat(100_000)), 400, 40002);
    json(c, "source_topic_name has a NUL escape", "{\"source_topic_name\":\"be\\u0000ta\"}", 400, 40002);
    json(c, "source_topic_name is non-ASCII", "{\"source_topic_name\":\"b\u00e9ta\"}", 400, 40002);
  }

  private static void mirrorTopicName(List<Case> c) {
    json(c, "mirror_topic_name is a number", field("mirror_topic_name", "7"), 400, 400);
    json(c, "mirror_topic_name is a boolean", field("mirror_topic_name", "false"), 400, 400);
    json(c, "mirror_topic_name is an object", field("mirror_topic_name", "{}"), 400, 400);
    json(c, "mirror_topic_name is an array", field("mirror_topic_name", "[]"), 400, 400);
    json(c, "mirror_topic_name is empty", field("mirror_topic_name", "\"\""), 400, 40002);
    json(c, "mirror_topic_name has 100,000 characters", field("mirror_topic_name", quoted("m".repeat(100_000))),
        400, 40002);
    json(c, "mirror_topic_name renames the source", field("mirror_topic_name", "\"w.renamed\""), 400, 40035);
    json(c, "mirror_topic_name names an existing topic",
        "{\"source_topic_name\":\"beta\",\"mirror_topic_name\":\"plain-topic\"}", 400, 40002);
    json(c, "mirror already exists", "{\"source_topic_name\":\"alpha\"}", 400, 40002);
  }

  private static void replicationFactor(List<Case> c) {
    json(c, "replication_factor is a numeric string", field("replication_factor", "\"3\""), 400, 400);
    json(c, "replication_factor is a word", field("replication_factor", "\"three\""), 400, 400);
    json(c, "replication_factor is an empty string", field("replication_factor", "\"\""), 400, 400);
    json(c, "replication_factor is a boolean", field("replication_factor", "true"), 400, 400);
    json(c, "replication_factor is a boolean as a string", field("replication_factor", "\"true\""), 400, 400);
    json(c, "replication_factor is a whole float", field("replication_factor", "3.0"), 400, 400);
    json(c, "replication_factor is a fraction", field("replication_factor", "2.5"), 400, 400);
    json(c, "replication_factor has an exponent", field("replication_factor", "3e0"), 400, 400);
    json(c, "replication_factor is int32 max + 1", field("replication_factor", "2147483648"), 400, 400);
    json(c, "replication_factor is int32 min - 1", field("replication_factor", "-2147483649"), 400, 400);
    json(c, "replication_factor has 40 digits", field("replication_factor", "9".repeat(40)), 400, 400);
    json(c, "replication_factor is an object", field("replication_factor", "{}"), 400, 400);
    json(c, "replication_factor is an array", field("replication_factor", "[3]"), 400, 400);
    json(c, "replication_factor is zero", field("replication_factor", "0"), 400, 40002);
    json(c, "replication_factor is -2", field("replication_factor", "-2"), 400, 40002);
    json(c, "replication_factor is int32 max", field("replication_factor", "2147483647"), 400, 40002);
    json(c, "replication_factor is int32 min", field("replication_factor", "-2147483648"), 400, 40002);
    json(c, "replication_factor exceeds the brokers", field("replication_factor", "4"), 400, 40002);
  }

  private static void configs(List<Case> c) {
    json(c, "configs is an object", field("configs", "{}"), 400, 400);
    json(c, "configs is a string", field("configs", "\"x\""), 400, 400);
    json(c, "configs is a number", field("configs", "7"), 400, 400);
    json(c, "configs is a boolean", field("configs", "true"), 400, 400);
    json(c, "configs holds a number", field("configs", "[7]"), 400, 400);
    json(c, "configs holds a string", field("configs", "[\"preallocate\"]"), 400, 400);
    json(c, "configs holds null", field("configs", "[null]"), 400, 400);
    json(c, "configs holds an array", field("configs", "[[]]"), 400, 400);
    json(c, "config name is missing", field("configs", "[{\"value\":\"1\"}]"), 400, 400);
    json(c, "config name is null", field("configs", "[{\"name\":null,\"value\":\"1\"}]"), 400, 400);
    json(c, "config name is a number", field("configs", "[{\"name\":7,\"value\":\"1\"}]"), 400, 400);
    json(c, "config name is empty", field("configs", "[{\"name\":\"\",\"value\":\"1\"}]"), 400, 40002);
    json(c, "config value is a number", field("configs", "[{\"name\":\"preallocate\",\"value\":1}]"), 400, 400);
    json(c, "config value is a boolean", field("configs", "[{\"name\":\"preallocate\",\"value\":true}]"), 400, 400);
    json(c, "config value is an object", field("configs", "[{\"name\":\"preallocate\",\"value\":{}}]"), 400, 400);
    json(c, "config value is an array", field("configs", "[{\"name\":\"preallocate\",\"value\":[]}]"), 400, 400);
    json(c, "config value is null", field("configs", "[{\"name\":\"preallocate\",\"value\":null}]"), 400, 40002);
    json(c, "config value is missing", field("configs", "[{\"name\":\"preallocate\"}]"), 400, 40002);
    json(c, "config has an unknown field",
        field("configs", "[{\"name\":\"preallocate\",\"value\":\"true\",\"scope\":\"x\"}]"), 422, 422);
    json(c, "config name is unknown", field("configs", "[{\"name\":\"no.such\",\"value\":\"1\"}]"), 400, 40002);
    json(c, "config is mirrored from the source",
        field("configs", "[{\"name\":\"retention.ms\",\"value\":\"1\"}]"), 400, 40002);
    json(c, "config is given twice", field("configs",
        "[{\"name\":\"preallocate\",\"value\":\"true\"},{\"name\":\"preallocate\",\"value\":\"false\"}]"), 400, 40002);
    json(c, "10,000 configs", field("configs", IntStream.range(0, 10_000)
        .mapToObj(i -> "{\"name\":\"x.c" + i + "\",\"value\":\"" + i + "\"}")
        .collect(Collectors.joining(",", "[", "]"))), 400, 40002);
  }

  private static void syntax(List<Case> c) {
    json(c, "unknown field", field("partition_count", "6"), 422, 422);
    json(c, "unknown field holding 10,000 levels", field("extra", "[".repeat(10_000) + "]".repeat(10_000)), 422, 422);
    json(c, "duplicate key", "{\"source_topic_name\":\"beta\",\"source_topic_name\":\"gamma\"}", 400, 400);
    json(c, "duplicate key in a config",
        field("configs", "[{\"name\":\"preallocate\",\"name\":\"x\",\"value\":\"1\"}]"), 400, 400);
    json(c, "not JSON at all", "hello", 400, 400);
    json(c, "truncated inside a string", "{\"source_topic_name\":\"be", 400, 400);
    json(c, "truncated after a comma", "{\"source_topic_name\":\"beta\",", 400, 400);
    json(c, "only an opening brace", "{", 400, 400);
    json(c, "single quotes", "{'source_topic_name':'beta'}", 400, 400);
    json(c, "unquoted key", "{source_topic_name:\"beta\"}", 400, 400);
    json(c, "trailing comma", "{\"source_topic_name\":\"beta\",}", 400, 400);
    json(c, "trailing garbage", "{\"source_topic_name\":\"beta\"}x", 400, 400);
    json(c, "two objects", "{\"source_topic_name\":\"beta\"}{\"source_topic_name\":\"gamma\"}", 400, 400);
    json(c, "a comment", "/* c */{\"source_topic_name\":\"beta\"}", 400, 400);
    json(c, "NaN", field("replication_factor", "NaN"), 400, 400);
    json(c, "leading zero", field("replication_factor", "03"), 400, 400);
    json(c, "raw control character in a string", "{\"source_topic_name\":\"be\u0001ta\"}", 400, 400);
    json(c, "root is an array", "[{\"source_topic_name\":\"beta\"}]", 400, 400);
    json(c, "root is a string", "\"beta\"", 400, 400);
    json(c, "root is a number", "1", 400, 400);
    json(c, "root is a boolean", "true", 400, 400);
    json(c, "root is null", "null", 400, 400);
    json(c, "only whitespace", " \r\n\t ", 400, 400);
    json(c, "10,000 nested arrays", "[".repeat(10_000) + "]".repeat(10_000), 400, 400);
    json(c, "10,000 nested objects", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000), 400, 400);
    json(c, "10,000 nested arrays as the topic name", "{\"source_topic_name\":" + "[".repeat(10_000)
        + "]".repeat(10_000) + "}", 400, 400);
    json(c, "100,000-digit number", field("replication_factor", "7".repeat(100_000)), 400, 400);
  }

  private static void encodingAndSize(List<Case> c) {
    bytes(c, "invalid UTF-8 byte", utf8WithBytes("{\"source_topic_name\":\"be", new byte[] {(byte) 0xff}, "ta\"}"),
        400, 400);
    bytes(c, "truncated UTF-8 sequence", utf8WithBytes("{\"source_topic_name\":\"be", new byte[] {(byte) 0xc3},
        "\"}"), 400, 400);
    bytes(c, "overlong UTF-8 encoding", utf8WithBytes("{\"source_topic_name\":\"be",
        new byte[] {(byte) 0xc0, (byte) 0xaf}, "ta\"}"), 400, 400);
    bytes(c, "invalid UTF-8 in a field name", utf8WithBytes("{\"source_topic_",
        new byte[] {(byte) 0xfe}, "\":\"beta\"}"), 400, 400);
    byte[] atLimit = padded(UNKNOWN_SOURCE_BODY, MAX_BODY);
    bytes(c, "body of exactly the limit is read", atLimit, 404, 40403);
    bytes(c, "body one byte over the limit", padded(UNKNOWN_SOURCE_BODY, MAX_BODY + 1), 413, 413);
    c.add(new Case("chunked body over the limit", base -> Stub.send(http, HttpRequest.newBuilder(
            base.resolve(mirrorsPath())).timeout(Stub.TIMEOUT)
        .header("Authorization", basic()).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(
            () -> new ByteArrayInputStream(padded(UNKNOWN_SOURCE_BODY, 3 * MAX_BODY))))
        .build()), error(413, 413)));
  }

  private static void bodyFraming(List<Case> c) {
    c.add(new Case("no body and no Content-Length", base -> Raw.exchange(base, Raw.request("POST", mirrorsPath(),
        List.of("Authorization: " + basic(), "Content-Type: application/json"), new byte[0])), error(400, 400)));
    json(c, "empty body", "", 400, 400);
    c.add(new Case("Content-Length of 2 GiB, nothing sent", base -> Raw.exchange(base, Raw.request("POST",
        mirrorsPath(), List.of("Authorization: " + basic(), "Content-Type: application/json",
            "Content-Length: 2147483648"), new byte[0])), error(413, 413)));
    c.add(new Case("body shorter than Content-Length, then end of stream", base -> {
      try (Raw raw = Raw.connect(base)) {
        raw.write(Raw.request("POST", mirrorsPath(), List.of("Authorization: " + basic(),
            "Content-Type: application/json", "Content-Length: 100"), utf8("{\"source_topic_name\":")));
        raw.shutdownOutput();
        return raw.readOrClosed();
      }
    }, error(400, 400)));
    c.add(new Case("invalid chunk size", base -> Raw.exchange(base, Raw.request("POST", mirrorsPath(),
        List.of("Authorization: " + basic(), "Content-Type: application/json", "Transfer-Encoding: chunked"),
        utf8("zz\r\n{\"source_topic_name\":\"beta\"}\r\n0\r\n\r\n"))), error(400, 400)));
    c.add(new Case("Transfer-Encoding other than chunked", base -> Raw.exchange(base, Raw.request("POST",
        mirrorsPath(), List.of("Authorization: " + basic(), "Content-Type: application/json",
            "Transfer-Encoding: gzip"), utf8("{}"))), new Expect(Kind.JDK_HTML, 501, 0)));
    c.add(new Case("Content-Length and Transfer-Encoding together", base -> Raw.exchange(base, Raw.request("POST",
        mirrorsPath(), List.of("Authorization: " + basic(), "Content-Type: application/json",
            "Content-Length: 2", "Transfer-Encoding: chunked"), utf8("{}"))), jdk(400)));
    c.add(new Case("two Content-Lengths", base -> Raw.exchange(base, Raw.request("POST", mirrorsPath(),
        List.of("Authorization: " + basic(), "Content-Type: application/json", "Content-Length: 2",
            "Content-Length: 3"), utf8("{}"))), jdk(400)));
    c.add(new Case("Content-Length is not a number", base -> Raw.exchange(base, Raw.request("POST", mirrorsPath(),
        List.of("Authorization: " + basic(), "Content-Type: application/json", "Content-Length: two"),
        utf8("{}"))), jdk(400)));
    c.add(new Case("Content-Length is negative", base -> Raw.exchange(base, Raw.request("POST", mirrorsPath(),
        List.of("Authorization: " + basic(), "Content-Type: application/json", "Content-Length: -2"),
        utf8("{}"))), jdk(400)));
  }

  private static void contentType(List<Case> c) {
    typed(c, "Content-Type missing", null, 415);
    typed(c, "Content-Type text/plain", "text/plain", 415);
    typed(c, "Content-Type application/xml", "application/xml", 415);
    typed(c, "Content-Type form-urlencoded", "application/x-www-form-urlencoded", 415);
    typed(c, "Content-Type multipart", "multipart/form-data; boundary=b", 415);
    typed(c, "Content-Type wildcard", "*/*", 415);
    typed(c, "Content-Type not a media type", "json", 415);
    typed(c, "Content-Type with a broken parameter", "application/json; charset=\"", 415);
    c.add(new Case("Content-Type empty", base -> Raw.exchange(base, Raw.request("POST", mirrorsPath(),
        List.of("Authorization: " + basic(), "Content-Type: ", "Content-Length: 2"), utf8("{}"))),
        error(415, 415)));
    c.add(new Case("two Content-Types", base -> Raw.exchange(base, Raw.request("POST", mirrorsPath(),
        List.of("Authorization: " + basic(), "Content-Type: application/json", "Content-Type: text/plain",
            "Content-Length: 2"), utf8("{}"))), error(415, 415)));
    c.add(new Case("Accept application/xml", base -> Stub.send(http, Stub.post(base, mirrorsPath(), basic(),
        UNKNOWN_SOURCE_BODY).header("Accept", "application/xml").build()), error(406, 406)));
  }

  private static void pathParameters(List<Case> c) {
    target(c, "encoded slash in the cluster id", "/kafka/v3/clusters/we%2Fst/links/west-link/mirrors", 404);
    target(c, "encoded slash in the link name", "/kafka/v3/clusters/west/links/west%2Flink/mirrors", 404);
    target(c, "cluster id is dot-dot", "/kafka/v3/clusters/../links/west-link/mirrors", 404);
    target(c, "cluster id is encoded dot-dot", "/kafka/v3/clusters/%2E%2E/links/west-link/mirrors", 404);
    target(c, "dot segments walk to another link", "/kafka/v3/clusters/west/links/x/../west-link/mirrors", 404);
    target(c, "NUL in the cluster id", "/kafka/v3/clusters/west%00/links/west-link/mirrors", 404);
    target(c, "10 KB cluster id", "/kafka/v3/clusters/" + "c".repeat(10_240) + "/links/west-link/mirrors", 404);
    target(c, "10 KB link name", "/kafka/v3/clusters/west/links/" + "l".repeat(10_240) + "/mirrors", 404);
    target(c, "non-ASCII cluster id, encoded", "/kafka/v3/clusters/w%C3%A9st/links/west-link/mirrors", 404);
    target(c, "non-ASCII cluster id, raw UTF-8", "/kafka/v3/clusters/w\u00e9st/links/west-link/mirrors", 404);
    target(c, "percent-encoded invalid UTF-8", "/kafka/v3/clusters/w%FFst/links/west-link/mirrors", 404);
    target(c, "empty cluster segment", "/kafka/v3/clusters//links/west-link/mirrors", 404);
    target(c, "unknown path", "/kafka/v3/clusters/west/topics", 404);
    target(c, "root path", "/", 404);
    target(c, "POST to one mirror (only GET there)", mirrorsPath() + "/w.alpha", 405);
    target(c, "a path two below the mirrors", mirrorsPath() + "/w.alpha/x", 404);
    c.add(new Case("broken percent escape", base -> Raw.exchange(base, Raw.request("POST",
        "/kafka/v3/clusters/we%zzst/links/west-link/mirrors", List.of("Authorization: " + basic(),
            "Content-Type: application/json", "Content-Length: 2"), utf8("{}"))), jdk(400)));
    c.add(new Case("request target is not a path", base -> Raw.exchange(base, Raw.request("POST", "*",
        List.of("Authorization: " + basic(), "Content-Length: 0"), new byte[0])), jdk(404)));
  }

  private static void methods(List<Case> c) {
    for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "post")) {
      c.add(new Case("method " + method, base -> Raw.exchange(base, Raw.request(method, mirrorsPath(),
          List.of("Authorization: " + basic(), "Content-Type: application/json",
              "Content-Length: " + UNKNOWN_SOURCE_BODY.length()), utf8(UNKNOWN_SOURCE_BODY))), error(405, 405)));
    }
    c.add(new Case("method HEAD (a GET without its body)", base -> Raw.exchange(base, Raw.request("HEAD", mirrorsPath(),
        List.of("Authorization: " + basic()), new byte[0])), new Expect(Kind.HEAD_NO_BODY, 200, 0)));
  }

  private static void headers(List<Case> c) {
    c.add(new Case("one header of 1 MB", base -> Raw.exchange(base, Raw.request("POST", mirrorsPath(),
        List.of("Authorization: " + basic(), "X-Padding: " + "p".repeat(1 << 20), "Content-Length: 0"),
        new byte[0])), new Expect(Kind.CLOSED, 0, 0)));
    c.add(new Case("1,000 headers", base -> Raw.exchange(base, Raw.request("POST", mirrorsPath(),
        IntStream.range(0, 1_000).mapToObj(i -> "X-H" + i + ": v").toList(), new byte[0])),
        new Expect(Kind.CLOSED, 0, 0)));
    c.add(new Case("header of 64 KB, under the HTTP layer's limit", base -> Raw.exchange(base, Raw.request("POST",
        mirrorsPath(), List.of("Authorization: " + basic(), "Content-Type: application/json",
            "X-Padding: " + "p".repeat(65_536), "Content-Length: " + UNKNOWN_SOURCE_BODY.length()),
        utf8(UNKNOWN_SOURCE_BODY))), error(404, 40403)));
    c.add(new Case("header line without a colon", base -> Raw.exchange(base, Raw.request("POST", mirrorsPath(),
        List.of("Authorization: " + basic(), "no colon here", "Content-Length: 0"), new byte[0])), jdk(400)));
    c.add(new Case("request line of one word", base -> Raw.exchange(base, utf8("GARBAGE\r\n\r\n")), jdk(400)));
    c.add(new Case("two Host headers", base -> Raw.exchange(base, Raw.request("POST", mirrorsPath(),
        List.of("Host: a", "Host: b", "Authorization: " + basic(), "Content-Length: 0"), new byte[0])),
        new Expect(Kind.STUB_OR_JDK_REFUSES_FIRST, 400, 400)));
    c.add(new Case("HTTP/1.1 without a Host header", base -> Raw.exchange(base, withoutHost(Raw.request("POST",
        mirrorsPath(), List.of("Authorization: " + basic(), "Content-Type: application/json",
            "Content-Length: " + UNKNOWN_SOURCE_BODY.length()), utf8(UNKNOWN_SOURCE_BODY)))),
        new Expect(Kind.STUB_OR_JDK_REFUSES_FIRST, 400, 400)));
    c.add(new Case("HTTP/1.0 without a Host header (allowed there)", base -> Raw.exchange(base,
        http10(withoutHost(Raw.request("POST", mirrorsPath(), List.of("Authorization: " + basic(),
            "Content-Type: application/json", "Content-Length: " + UNKNOWN_SOURCE_BODY.length()),
            utf8(UNKNOWN_SOURCE_BODY))))), error(404, 40403)));
    c.add(new Case("malformed Host header", base -> Raw.exchange(base, Raw.request("POST", mirrorsPath(),
        List.of("Host: bad host", "Authorization: " + basic(), "Content-Type: application/json",
            "Content-Length: 2"), utf8("{}"))), error(400, 400)));
  }

  private static void json(List<Case> c, String name, String body, int status, int errorCode) {
    bytes(c, name, utf8(body), status, errorCode);
  }

  private static void bytes(List<Case> c, String name, byte[] body, int status, int errorCode) {
    c.add(new Case(name, base -> Stub.send(http, HttpRequest.newBuilder(base.resolve(mirrorsPath()))
        .timeout(Stub.TIMEOUT)
        .header("Authorization", basic())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build()), error(status, errorCode)));
  }

  private static void typed(List<Case> c, String name, String contentType, int status) {
    c.add(new Case(name, base -> {
      HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(mirrorsPath())).timeout(Stub.TIMEOUT)
          .header("Authorization", basic())
          .POST(HttpRequest.BodyPublishers.ofString("{\"source_topic_name\":\"" + VALID_SOURCE + "\"}"));
      if (contentType != null) {
        request.header("Content-Type", contentType);
      }
      return Stub.send(http, request.build());
    }, error(status, status)));
  }

  /** A request to this raw target that, on the real path, would get 40403. */
  private static void target(List<Case> c, String name, String rawTarget, int errorCode) {
    c.add(new Case(name, base -> Raw.exchange(base, Raw.request("POST", rawTarget, List.of(
        "Authorization: " + basic(), "Content-Type: application/json",
        "Content-Length: " + UNKNOWN_SOURCE_BODY.length()), utf8(UNKNOWN_SOURCE_BODY))), error(errorCode, errorCode)));
  }

  static Expect error(int status, int errorCode) {
    return new Expect(Kind.ERROR_BODY, status, errorCode);
  }

  /** The request without the Host header that {@link Raw#request} adds. */
  private static byte[] withoutHost(byte[] request) {
    return new String(request, StandardCharsets.ISO_8859_1).replaceFirst("Host: 127\\.0\\.0\\.1\r\n", "")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] http10(byte[] request) {
    return new String(request, StandardCharsets.ISO_8859_1).replaceFirst(" HTTP/1\\.1\r\n", " HTTP/1.0\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private static Expect jdk(int status) {
    return new Expect(Kind.JDK_HTML, status, 0);
  }

  /** A request that would create {@code w.beta}, but for this one field. */
  private static String field(String name, String rawValue) {
    return "{\"source_topic_name\":\"" + VALID_SOURCE + "\",\"" + name + "\":" + rawValue + "}";
  }

  private static String body(String sourceTopicName) {
    return "{\"source_topic_name\":" + quoted(sourceTopicName) + "}";
  }

  static String quoted(String s) {
    return "\"" + s + "\"";
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] utf8WithBytes(String before, byte[] raw, String after) {
    byte[] a = utf8(before);
    byte[] b = utf8(after);
    byte[] all = new byte[a.length + raw.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(raw, 0, all, a.length, raw.length);
    System.arraycopy(b, 0, all, a.length + raw.length, b.length);
    return all;
  }

  /** The JSON followed by spaces up to exactly {@code size} bytes. */
  static byte[] padded(String json, int size) {
    byte[] body = new byte[size];
    java.util.Arrays.fill(body, (byte) ' ');
    byte[] j = utf8(json);
    System.arraycopy(j, 0, body, 0, j.length);
    return body;
  }
}
