package dev.mirrorstub.server.hostile;

import static dev.mirrorstub.server.hostile.Stub.assertErrorBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.server.StubServer;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route, known or not, asks for credentials before it says anything; every broken or wrong
 * credential gets 401 / 40101; a credential scoped to other clusters gets 403 / 40301; and no
 * secret ever reaches a log record or an answer.
 */
@Timeout(60)
class AuthenticationTest {

  private static final String BODY = "{\"source_topic_name\":\"no-such-source\"}";

  private static StubServer server;
  private static InMemoryMirrorService mirrors;
  private static HttpClient http;

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

  /** Routes: the API's one, unknown ones under and beside it, and the root. */
  static Stream<String> routes() {
    return Stream.of(Stub.mirrorsPath(), Stub.mirrorsPath("no-such-cluster", "no-such-link"),
        "/kafka/v3/clusters/west/topics", "/kafka/v3/", "/", "/actuator/health");
  }

  /** The lifecycle operations' routes on {@code west}, each with a method it documents. */
  static Stream<Arguments> lifecycleRoutes() {
    String link = Stub.linkPath(Stub.CLUSTER, Stub.LINK);
    String configs = Stub.configsPath(Stub.CLUSTER, Stub.LINK);
    List<Arguments> routes = new ArrayList<>(List.of(Arguments.of("GET", Stub.linksPath(Stub.CLUSTER)),
        Arguments.of("POST", Stub.linksPath(Stub.CLUSTER) + "?link_name=new-link"), Arguments.of("GET", link),
        Arguments.of("DELETE", link + "?force=true"), Arguments.of("GET", configs),
        Arguments.of("GET", configs + "/acl.sync.enable"), Arguments.of("PUT", configs + "/acl.sync.enable"),
        Arguments.of("DELETE", configs + "/acl.sync.enable"), Arguments.of("PUT", configs + ":alter"),
        Arguments.of("GET", Stub.linkPath(Stub.CLUSTER, "-") + "/mirrors"),
        Arguments.of("GET", Stub.mirrorsPath() + "/w.alpha"),
        Arguments.of("DELETE", Stub.topicPath(Stub.CLUSTER, "w.alpha"))));
    LifecycleCorpus.OPERATIONS.forEach(op -> routes.add(Arguments.of("POST", Stub.alterPath(Stub.CLUSTER, Stub.LINK,
        op) + "?validate_only=false")));
    return routes.stream();
  }

  /** A body that each lifecycle route would accept, so that only the credential can refuse it. */
  private static String lifecycleBody(String method, String path) {
    if (method.equals("GET") || method.equals("DELETE")) {
      return null;
    }
    if (path.contains("?link_name=")) {
      return "{\"source_cluster_id\":\"elsewhere\"}";
    }
    if (path.endsWith(":alter")) {
      return "{\"data\":[{\"name\":\"acl.sync.enable\",\"value\":\"true\"}]}";
    }
    return path.contains("/configs/") ? "{\"value\":\"true\"}" : "{\"mirror_topic_names\":[\"w.alpha\"]}";
  }

  private static Reply lifecycle(String method, String path, String authorization) throws Exception {
    return Stub.send(http, Stub.request(server.baseUri(), method, path, lifecycleBody(method, path), authorization)
        .build());
  }

  static Stream<Arguments> badCredentials() {
    String b64 = Stub.basic().substring("Basic ".length());
    List<Arguments> cases = new ArrayList<>();
    cases.add(Arguments.of("no Authorization header", null));
    cases.add(Arguments.of("empty header", ""));
    cases.add(Arguments.of("scheme only (Basic)", "Basic"));
    cases.add(Arguments.of("scheme and a space (Basic)", "Basic "));
    cases.add(Arguments.of("credentials without a scheme", b64));
    cases.add(Arguments.of("not base64", "Basic !!!not-base64!!!"));
    cases.add(Arguments.of("base64 without a colon", "Basic " + encode(Stub.KEY + Stub.SECRET)));
    cases.add(Arguments.of("empty user", Stub.basic("", Stub.SECRET)));
    cases.add(Arguments.of("empty password", Stub.basic(Stub.KEY, "")));
    cases.add(Arguments.of("empty user and password", Stub.basic("", "")));
    cases.add(Arguments.of("valid key, wrong secret", Stub.basic(Stub.KEY, "wrong-secret")));
    cases.add(Arguments.of("valid key, secret with one more character", Stub.basic(Stub.KEY, Stub.SECRET + "x")));
    cases.add(Arguments.of("valid key, secret one character short",
        Stub.basic(Stub.KEY, Stub.SECRET.substring(0, Stub.SECRET.length() - 1))));
    cases.add(Arguments.of("valid key, other key's secret", Stub.basic(Stub.KEY, Stub.SCOPED_SECRET)));
    cases.add(Arguments.of("unknown key, valid secret", Stub.basic("no-such-key", Stub.SECRET)));
    cases.add(Arguments.of("key with different case", Stub.basic(Stub.KEY.toUpperCase(), Stub.SECRET)));
    cases.add(Arguments.of("bearer token as a basic password", Stub.basic(Stub.KEY, Stub.TOKEN)));
    cases.add(Arguments.of("scheme only (Bearer)", "Bearer"));
    cases.add(Arguments.of("empty bearer token", "Bearer "));
    cases.add(Arguments.of("wrong bearer token", "Bearer wrong-token"));
    cases.add(Arguments.of("basic credentials as a bearer token", "Bearer " + b64));
    cases.add(Arguments.of("api secret as a bearer token", "Bearer " + Stub.SECRET));
    cases.add(Arguments.of("bearer token with a suffix", Stub.bearer() + "x"));
    cases.add(Arguments.of("bearer token under the Basic scheme", "Basic " + Stub.TOKEN));
    cases.add(Arguments.of("unknown scheme with valid basic credentials", "Digest " + b64));
    cases.add(Arguments.of("unknown scheme with the token", "Token " + Stub.TOKEN));
    cases.add(Arguments.of("non-ASCII credentials", Stub.basic("k\u00e9y", "s\u00e9cret")));
    cases.add(Arguments.of("header of 60 KB", "Basic " + "A".repeat(60_000)));
    return cases.stream();
  }

  static Stream<Arguments> routesTimesBadCredentials() {
    return routes().flatMap(route -> badCredentials().map(c -> Arguments.of(route, c.get()[0], c.get()[1])));
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("routesTimesBadCredentials")
  void anyRoute_badCredentials_returns401AndChangesNothing(String route, String what, String authorization) throws Exception {
    var before = Stub.state(mirrors);

    Reply reply = Stub.send(http, Stub.post(server.baseUri(), route, authorization, BODY).build());

    assertErrorBody(reply, 401, 40101);
    assertTrue(reply.header("WWW-Authenticate") != null, "401 names a scheme");
    assertEquals(before, Stub.state(mirrors));
  }

  static Stream<Arguments> lifecycleRoutesTimesBadCredentials() {
    return lifecycleRoutes().flatMap(route -> badCredentials().map(c -> Arguments.of(route.get()[0], route.get()[1],
        c.get()[0], c.get()[1])));
  }

  @ParameterizedTest(name = "{0} {1} with {2}")
  @MethodSource("lifecycleRoutesTimesBadCredentials")
  void lifecycleRoute_badCredentials_returns401AndChangesNothing(String method, String route, String what,
      String authorization) throws Exception {
    var before = Stub.state(mirrors);

    Reply reply = lifecycle(method, route, authorization);

    assertErrorBody(reply, 401, 40101);
    assertTrue(reply.header("WWW-Authenticate") != null, "401 names a scheme");
    assertEquals(before, Stub.state(mirrors));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("lifecycleRoutes")
  void lifecycleRoute_scopedCredentialOnAnotherCluster_returns403AndChangesNothing(String method, String route)
      throws Exception {
    var before = Stub.state(mirrors);

    Reply reply = lifecycle(method, route, Stub.basic(Stub.SCOPED_KEY, Stub.SCOPED_SECRET));

    assertErrorBody(reply, 403, 40301);
    assertEquals(before, Stub.state(mirrors));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("routes")
  void anyRoute_twoAuthorizationHeadersOneValid_returns401(String route) throws Exception {
    Reply reply = Raw.exchange(server.baseUri(), Raw.request("POST", route, List.of(
        "Authorization: " + Stub.basic(), "Authorization: Basic d3Jvbmc6d3Jvbmc=", "Content-Type: application/json",
        "Content-Length: " + BODY.length()), BODY.getBytes(StandardCharsets.UTF_8)));

    assertErrorBody(reply, 401, 40101);
  }

  @Test
  void createMirror_bothSchemes_areAccepted() throws Exception {
    assertErrorBody(Stub.create(http, server.baseUri(), Stub.basic(), BODY), 404, 40403);
    assertErrorBody(Stub.create(http, server.baseUri(), Stub.bearer(), BODY), 404, 40403);
    assertErrorBody(Stub.create(http, server.baseUri(), "basic " + Stub.basic().substring(6), BODY), 404, 40403);
  }

  @Test
  void unknownRoute_validCredentials_returns404() throws Exception {
    Reply reply = Stub.send(http, Stub.post(server.baseUri(), "/kafka/v3/clusters/west/topics", Stub.bearer(), BODY)
        .build());

    assertErrorBody(reply, 404, 404);
  }

  @Test
  void createMirror_scopedCredentialOnAnotherCluster_returns403AndChangesNothing() throws Exception {
    var before = Stub.state(mirrors);
    String scoped = Stub.basic(Stub.SCOPED_KEY, Stub.SCOPED_SECRET);

    Reply otherCluster = Stub.send(http, Stub.post(server.baseUri(), Stub.mirrorsPath(), scoped,
        "{\"source_topic_name\":\"beta\"}").build());
    Reply unknownCluster = Stub.send(http, Stub.post(server.baseUri(),
        Stub.mirrorsPath("no-such-cluster", Stub.LINK), scoped, "{\"source_topic_name\":\"beta\"}").build());
    Reply ownCluster = Stub.send(http, Stub.post(server.baseUri(),
        Stub.mirrorsPath(Stub.OTHER_CLUSTER, Stub.OTHER_LINK), scoped, BODY).build());

    assertErrorBody(otherCluster, 403, 40301);
    assertErrorBody(unknownCluster, 403, 40301);
    assertErrorBody(ownCluster, 404, 40403);
    assertEquals(before, Stub.state(mirrors));
  }

  @Test
  void secrets_neverAppearInLogsOrAnswers() throws Exception {
    List<LogRecord> log = java.util.Collections.synchronizedList(new ArrayList<>());
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        log.add(record);
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    };
    capture.setLevel(Level.ALL);
    Logger root = Logger.getLogger("");
    Level rootLevel = root.getLevel();
    root.setLevel(Level.ALL);
    root.addHandler(capture);
    List<String> answers = new ArrayList<>();
    try {
      List<String> authorizations = new ArrayList<>(List.of(Stub.basic(), Stub.bearer(),
          Stub.basic(Stub.SCOPED_KEY, Stub.SCOPED_SECRET)));
      badCredentials().map(a -> (String) a.get()[1]).forEach(authorizations::add);
      for (String authorization : authorizations) {
        for (String body : List.of(BODY, "{\"source_topic_name\":", "{\"source_topic_name\":\"beta\",\"x\":1}")) {
          answers.add(Stub.send(http, Stub.post(server.baseUri(), Stub.mirrorsPath(), authorization, body).build()).text());
          answers.add(Stub.send(http, Stub.post(server.baseUri(), "/nowhere", authorization, body).build()).text());
        }
      }
    } finally {
      root.removeHandler(capture);
      root.setLevel(rootLevel);
    }

    assertFalse(log.isEmpty(), "nothing was logged: the capture does not work");
    List<String> secrets = List.of(Stub.SECRET, Stub.TOKEN, Stub.SCOPED_SECRET,
        encode(Stub.KEY + ":" + Stub.SECRET), encode(Stub.SCOPED_KEY + ":" + Stub.SCOPED_SECRET));
    for (LogRecord record : List.copyOf(log)) {
      String text = render(record);
      for (String secret : secrets) {
        assertFalse(text.contains(secret), () -> "a secret in the log: " + text);
      }
    }
    for (String answer : answers) {
      for (String secret : secrets) {
        assertFalse(answer.contains(secret), () -> "a secret in an answer: " + answer);
      }
    }
  }

  private static String render(LogRecord record) {
    StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
    if (record.getParameters() != null) {
      for (Object p : record.getParameters()) {
        text.append(' ').append(p);
      }
    }
    if (record.getThrown() != null) {
      StringWriter trace = new StringWriter();
      record.getThrown().printStackTrace(new PrintWriter(trace));
      text.append(' ').append(trace);
    }
    return text.toString();
  }

  private static String encode(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
