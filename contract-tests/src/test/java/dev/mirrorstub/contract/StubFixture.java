package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mirrorstub.server.StubServer;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
import dev.mirrorstub.server.domain.MirrorService;
import dev.mirrorstub.server.domain.MirrorTopic;
import dev.mirrorstub.server.faults.FailingMirrorService;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * A fresh stub server on port 0 for one case, in the condition its request example asks for. The
 * internal error is forced here, through the server's {@link FailingMirrorService}: nothing in the
 * server's own run mode can force one.
 */
final class StubFixture implements AutoCloseable {

  /** Requests sent at most to push a client over its (one request per second) rate. */
  static final int MAX_ATTEMPTS = 10;
  /** RFC 9110's safe methods: asking must not change the server's state. */
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  final Case c;
  final StubConfig config;
  final StubServer server;
  /** The back end's state, readable even when the server's calls go to a failing back end. */
  private final InMemoryMirrorService state;

  private StubFixture(Case c, StubConfig config, StubServer server, InMemoryMirrorService state) {
    this.c = c;
    this.config = config;
    this.server = server;
    this.state = state;
  }

  static StubFixture start(Case c) throws IOException {
    StubConfig defaults = StubConfig.embeddedDefault();
    StubConfig config = c.request().condition() == Case.Condition.RATE_LIMITED
        ? new StubConfig(new StubConfig.Limits(defaults.limits().maxBodyBytes(), 1, 0),
            defaults.credentials(), defaults.clusters())
        : defaults;
    InMemoryMirrorService state = new InMemoryMirrorService(config);
    MirrorService mirrors = c.request().condition() == Case.Condition.INTERNAL_ERROR ? new FailingMirrorService() : state;
    return new StubFixture(c, config, StubServer.start("127.0.0.1", 0, config, mirrors), state);
  }

  Auth auth() {
    return Auth.of(c, config);
  }

  /** What one exchange did: the answer and the destination cluster's mirrors just before and after it. */
  record Exchange<T>(T answer, List<MirrorTopic> before, List<MirrorTopic> after) {
  }

  /**
   * Sends the case's request once, or, for a rate-limited example, again and again until the server
   * refuses (at most {@value #MAX_ATTEMPTS} times); the last exchange is the one to check.
   */
  <T> Exchange<T> exchange(ThrowingSupplier<T> send, ToIntFunction<T> status) throws Exception {
    int attempts = c.request().condition() == Case.Condition.RATE_LIMITED ? MAX_ATTEMPTS : 1;
    Exchange<T> last = null;
    for (int i = 0; i < attempts; i++) {
      List<MirrorTopic> before = mirrors();
      T answer = send.get();
      last = new Exchange<>(answer, before, mirrors());
      if (status.applyAsInt(answer) == c.response().status()) {
        break;
      }
    }
    return last;
  }

  /**
   * A rejected request, or one of a safe method (a read), changes nothing; a successful create
   * adds exactly the mirror the request asked for.
   */
  void assertEffect(Exchange<?> exchange) {
    if (!c.response().success()) {
      assertEquals(exchange.before(), exchange.after(), c + ": a rejected request must change nothing");
      return;
    }
    if (SAFE_METHODS.contains(c.method())) {
      assertEquals(exchange.before(), exchange.after(), c + ": a " + c.method() + " must change nothing");
      return;
    }
    List<MirrorTopic> after = exchange.after();
    assertEquals(exchange.before().size() + 1, after.size(), c + ": exactly one mirror is created");
    MirrorTopic created = after.get(after.size() - 1);
    var value = c.request().value();
    if (value == null) {
      return;
    }
    assertEquals(value.path("source_topic_name").asText(), created.sourceTopicName(), c + ": source topic");
    if (value.hasNonNull("mirror_topic_name")) {
      assertEquals(value.get("mirror_topic_name").asText(), created.mirrorTopicName(), c + ": mirror topic");
    }
    if (value.hasNonNull("replication_factor")) {
      assertEquals(value.get("replication_factor").asInt(), created.replicationFactor(), c + ": replication factor");
    }
  }

  private List<MirrorTopic> mirrors() {
    String cluster = c.request().pathParams().get("cluster_id");
    return cluster == null ? List.of() : state.mirrors(cluster);
  }

  @Override
  public void close() {
    server.close();
  }

  @FunctionalInterface
  interface ThrowingSupplier<T> {
    T get() throws Exception;
  }
}
