package dev.mirrorstub.server.hostile;

import static dev.mirrorstub.server.hostile.Stub.assertErrorBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.server.StubServer;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
import java.net.http.HttpClient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A {@code mirror_topic_name_pattern} costs a bounded time. Before the bound, {@code ((a+)+)+$}
 * against the 241-character name of {@link Stub#REDOS_LINK}'s mirror ran for ever while holding the
 * cluster's lock (every later request on the cluster hung too), a 20,000-character literal took
 * seconds to compile (quadratic), and a hundred nested {@code (?:...)*} overflowed the stack: a 500.
 */
@Timeout(60)
class PatternBoundTest {

  private static final long QUICK_MS = 3_000;

  private static StubServer server;
  private static InMemoryMirrorService mirrors;
  private static HttpClient http;

  @BeforeAll
  static void start() throws Exception {
    StubConfig config = Stub.config();
    mirrors = new InMemoryMirrorService(config);
    server = Stub.start(config, mirrors);
    http = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void pause_catastrophicPattern_returns400QuicklyAndTheClusterStaysResponsive() throws Exception {
    var before = Stub.state(mirrors);
    CompletableFuture<Reply> catastrophic = CompletableFuture.supplyAsync(() -> pause(Stub.REDOS_LINK, "", "((a+)+)+$"));
    Reply meanwhile = Stub.send(http, Stub.request(server.baseUri(), "GET",
        Stub.linkPath(Stub.LIFE, Stub.LIFE_LINK), null).build());

    Reply refused = catastrophic.get(QUICK_MS, TimeUnit.MILLISECONDS);

    assertEquals(200, meanwhile.status(), meanwhile::toString);
    assertErrorBody(refused, 400, 400);
    assertTrue(Stub.errorBody(refused).get("message").textValue().contains("too costly to match"), refused::toString);
    assertEquals(before, Stub.state(mirrors));
  }

  @Test
  void pause_deeplyNestedRepetition_returns400NotA500() {
    Reply refused = timed(() -> pause(Stub.REDOS_LINK, "", "(?:".repeat(100) + "a" + ")*".repeat(100)));

    assertErrorBody(refused, 400, 400);
  }

  @Test
  void pause_patternOfAThousandCharacters_isMatchedAndOneMoreIsRefused() {
    String longest = "l\\\\.active|" + "x".repeat(1_000 - "l\\.active|".length());

    Reply matched = timed(() -> pause(Stub.LIFE_LINK, "?validate_only=true", longest));
    Reply refused = timed(() -> pause(Stub.LIFE_LINK, "", longest + "x"));

    assertEquals(200, matched.status(), matched::toString);
    assertTrue(matched.text().contains("\"mirror_topic_name\":\"l.active\""), matched::toString);
    assertErrorBody(refused, 400, 400);
    assertTrue(Stub.errorBody(refused).get("message").textValue().contains("at most 1000"), refused::toString);
  }

  @Test
  void pause_longLiteralPattern_isRefusedBeforeItIsCompiled() {
    Reply refused = timed(() -> pause(Stub.LIFE_LINK, "", "a".repeat(500_000)));

    assertErrorBody(refused, 400, 400);
  }

  private static Reply pause(String link, String query, String pattern) {
    try {
      return Stub.send(http, Stub.request(server.baseUri(), "POST", Stub.alterPath(Stub.LIFE, link, "pause") + query,
          "{\"mirror_topic_name_pattern\":\"" + pattern + "\"}").build());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static Reply timed(java.util.function.Supplier<Reply> call) {
    long start = System.nanoTime();
    Reply reply = call.get();
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertTrue(ms < QUICK_MS, () -> "took " + ms + " ms: " + reply);
    return reply;
  }
}
