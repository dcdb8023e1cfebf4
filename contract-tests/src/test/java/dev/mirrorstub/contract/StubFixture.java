package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.CreateMirror;
import dev.mirrorstub.server.domain.ForwardingMirrorService;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
import dev.mirrorstub.server.domain.MirrorStatus;
import dev.mirrorstub.server.domain.MirrorService;
import dev.mirrorstub.server.domain.MirrorTopic;
import dev.mirrorstub.server.http.StubServer;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * A fresh stub server on port 0 for one case, in the condition its request example asks for. The
 * internal error is forced here, through a failing {@link MirrorService}: nothing in the server's
 * own run mode can force one.
 */
final class StubFixture implements AutoCloseable {

  /** Requests sent at most to push a client over its (one request per second) rate. */
  static final int MAX_ATTEMPTS = 10;
  /** RFC 9110's safe methods: asking must not change the server's state. */
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  final Case c;
  final StubConfig config;
  final StubServer server;

  private StubFixture(Case c, StubConfig config, StubServer server) {
    this.c = c;
    this.config = config;
    this.server = server;
  }

  static StubFixture start(Case c) throws IOException {
    StubConfig defaults = StubConfig.embeddedDefault();
    StubConfig config = c.request().condition() == Case.Condition.RATE_LIMITED
        ? new StubConfig(new StubConfig.Limits(defaults.limits().maxBodyBytes(), 1, 0),
            defaults.credentials(), defaults.clusters())
        : defaults;
    MirrorService mirrors = new InMemoryMirrorService(config);
    if (c.request().condition() == Case.Condition.INTERNAL_ERROR) {
      mirrors = new Failing(mirrors);
    }
    return new StubFixture(c, config, StubServer.start("127.0.0.1", 0, config, mirrors));
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
    return cluster == null ? List.of() : server.mirrors().mirrors(cluster);
  }

  @Override
  public void close() {
    server.close();
  }

  @FunctionalInterface
  interface ThrowingSupplier<T> {
    T get() throws Exception;
  }

  /**
   * Fails every call of the API the way a bug would: with an unchecked exception the server did not
   * expect. The tests' own view of the state ({@link #mirrors}) still works.
   */
  private static final class Failing extends ForwardingMirrorService {
    private final MirrorService delegate;

    Failing(MirrorService delegate) {
      this.delegate = delegate;
    }

    @Override
    protected MirrorService delegate() {
      return delegate;
    }

    @Override
    public MirrorTopic createMirror(String clusterId, String linkName, CreateMirror request) {
      throw forced();
    }

    @Override
    public MirrorTopic find(String clusterId, String linkName, String mirrorTopicName) {
      throw forced();
    }

    @Override
    public List<MirrorTopic> list(String clusterId, String linkName, MirrorStatus status) {
      throw forced();
    }

    private static IllegalStateException forced() {
      return new IllegalStateException("failure forced by the contract test (condition: internal-error)");
    }
  }
}
