package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mirrorstub.server.StubServer;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.faults.FailingMirrorService;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh stub server on port 0 for one case, in the condition its request example asks for. The
 * internal error is forced here, through the server's {@link FailingMirrorService}: nothing in the
 * server's own run mode can force one. What a request did is read through the API itself
 * ({@link ClusterSnapshot}), so that the check holds whatever the server's domain looks like inside.
 * An admin.yaml case gets a server with the admin API on, its {@code before} requests already sent,
 * and its effect read through the admin API ({@link AdminSnapshot}).
 */
final class StubFixture implements AutoCloseable {

  /** Requests sent at most to push a client over its (one request per second) rate. */
  static final int MAX_ATTEMPTS = 10;
  /** The embedded default's per-client rate limit, off. */
  private static final Pattern RATE_OFF = Pattern.compile("(?<key>per_client_requests_per_second:[ \\t]*)0\\b");

  final Case c;
  final StubConfig config;
  final StubServer server;
  /** For an admin case, the stub as it started (before the case's {@code before} requests); else null. */
  private AdminSnapshot initial;

  private StubFixture(Case c, StubConfig config, StubServer server) {
    this.c = c;
    this.config = config;
    this.server = server;
  }

  static StubFixture start(Case c) throws IOException, InterruptedException {
    if (c.document() == Document.ADMIN) {
      return startAdmin(c);
    }
    StubConfig config = c.request().condition() == Case.Condition.RATE_LIMITED ? rateLimited() : StubConfig.embeddedDefault();
    StubServer server = c.request().condition() == Case.Condition.INTERNAL_ERROR
        ? StubServer.start("127.0.0.1", 0, config, new FailingMirrorService())
        : StubServer.start("127.0.0.1", 0, config);
    return new StubFixture(c, config, server);
  }

  /** The embedded default with the admin API on (as {@code --admin} does), then the {@code before} requests. */
  private static StubFixture startAdmin(Case c) throws IOException, InterruptedException {
    StubConfig config = adminConfig();
    StubFixture fixture = new StubFixture(c, config, StubServer.start("127.0.0.1", 0, config));
    try {
      fixture.initial = AdminSnapshot.read(fixture.server.baseUri(), Auth.adminToken(config));
      sendBefore(c, fixture.server.baseUri(), config);
      return fixture;
    } catch (IOException | InterruptedException | RuntimeException | Error e) {
      fixture.close();
      throw e;
    }
  }

  /** The embedded default with the admin API on, as {@code --admin} does. */
  static StubConfig adminConfig() {
    StubConfig defaults = StubConfig.embeddedDefault();
    return new StubConfig(defaults.limits(), defaults.lifecycle(), defaults.credentials(),
        defaults.clusters(), defaults.admin().withEnabled(true));
  }

  /**
   * The case's {@code before} requests, in order: to an API path with the configuration's first
   * credential, to an admin path with the admin token.
   */
  static void sendBefore(Case c, URI baseUri, StubConfig config) throws IOException, InterruptedException {
    String api = Auth.first(config).header();
    String admin = new Auth(null, null, Auth.adminToken(config)).header();
    for (Case.Before before : c.request().before()) {
      RawHttp.send(before, baseUri, Document.of(before.path()) == Document.ADMIN ? admin : api);
    }
  }

  /**
   * The embedded default with one request per second per client. Edited as text rather than
   * rebuilt as a record, so that the configuration may gain keys without this changing.
   */
  private static StubConfig rateLimited() throws IOException {
    String yaml;
    try (InputStream in = StubConfig.class.getResourceAsStream(StubConfig.DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new AssertionError("no " + StubConfig.DEFAULT_RESOURCE + " on the class path");
      }
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher off = RATE_OFF.matcher(yaml);
    if (!off.find()) {
      throw new AssertionError(StubConfig.DEFAULT_RESOURCE + " has no 'per_client_requests_per_second: 0' to turn on");
    }
    return StubConfig.parse(off.replaceFirst("${key}1"));
  }

  Auth auth() {
    return Auth.of(c, config);
  }

  /**
   * What one exchange did: the answer and the target cluster just before and after it; both null
   * when the case's condition leaves nothing to read (a failing back end fails the reads too; reads
   * would use up a rate-limited client's budget).
   */
  record Exchange<T>(T answer, Snapshot before, Snapshot after) {
  }

  /**
   * Sends the case's request once, or, for a rate-limited example, again and again until the server
   * refuses (at most {@value #MAX_ATTEMPTS} times); the last exchange is the one to check.
   */
  <T> Exchange<T> exchange(ThrowingSupplier<T> send, ToIntFunction<T> status) throws Exception {
    int attempts = c.request().condition() == Case.Condition.RATE_LIMITED ? MAX_ATTEMPTS : 1;
    Exchange<T> last = null;
    for (int i = 0; i < attempts; i++) {
      Snapshot before = snapshot();
      T answer = send.get();
      last = new Exchange<>(answer, before, snapshot());
      if (status.applyAsInt(answer) == c.response().status()) {
        break;
      }
    }
    return last;
  }

  /**
   * A rejected request, a read and a {@code validate_only} change nothing; a success changes what
   * docs/LIFECYCLE-DESIGN.md says it does, and nothing else ({@link Effects}).
   */
  void assertEffect(Exchange<?> exchange) {
    if (exchange.before() == null) {
      return;
    }
    if (exchange.before() instanceof AdminSnapshot before) {
      AdminEffects.assertEffect(c, initial, before, (AdminSnapshot) exchange.after());
      return;
    }
    if (Effects.changesNothing(c)) {
      assertEquals(exchange.before(), exchange.after(), c + ": " + (c.response().success()
          ? "a read or a validate_only" : "a rejected request") + " must change nothing");
      return;
    }
    Effects.assertDocumentedChange(c, (ClusterSnapshot) exchange.before(), (ClusterSnapshot) exchange.after());
  }

  /**
   * The target cluster as the default API key sees it, or null when the case's condition leaves
   * nothing to read; for an admin case, what the admin API shows.
   */
  private Snapshot snapshot() throws IOException, InterruptedException {
    if (c.document() == Document.ADMIN) {
      return AdminSnapshot.read(server.baseUri(), Auth.adminToken(config));
    }
    String cluster = c.request().pathParams().get("cluster_id");
    if (cluster == null || c.request().condition() != Case.Condition.NONE) {
      return null;
    }
    StubConfig.Credential reader = config.credentials().stream()
        .filter(k -> k.apiKey() != null && k.clusters() == null)
        .findFirst()
        .orElseThrow(() -> new AssertionError("the configuration has no API key allowed on every cluster"));
    return ClusterSnapshot.read(server.baseUri(), cluster, reader.apiKey(), reader.apiSecret(),
        Effects.CONFIG_WRITES.contains(c.operationId()));
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
