package dev.mirrorstub.junit;

import dev.mirrorstub.client.MirrorApiClient;
import dev.mirrorstub.server.StubServer;
import dev.mirrorstub.server.admin.JournalEntry;
import dev.mirrorstub.server.admin.RequestJournal;
import dev.mirrorstub.server.admin.StubAdmin;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
import dev.mirrorstub.server.domain.MirrorException;
import dev.mirrorstub.server.domain.MirrorTopic;
import dev.mirrorstub.server.faults.FaultInjector;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the mirror-topic stub in-process, on a free loopback port, for a JUnit 5 test class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final MirrorStubExtension STUB = MirrorStubExtension.builder()
 *     .cluster("cluster-1", c -> c.link("link-sb1", l -> l.prefix("link1_").sourceTopic("orders", 3)))
 *     .build();
 * }</pre>
 *
 * <p>In a {@code static} field one server serves the whole class (and its {@code @Nested} classes)
 * and every test starts from the configured state: links and mirrors as configured (created ones
 * dropped, moved or deleted ones back) and faults disarmed before each test, unless
 * {@link MirrorStubBuilder#keepStateBetweenTests()}. Arm faults in the test or in {@code @BeforeEach},
 * which runs after that reset. In an instance field each test gets a server of its own. Tests of one
 * class that run concurrently share the static server: give them instance fields instead.
 *
 * <p>A test reads the state directly ({@link #state}, {@link #links}, {@link #link}, {@link #mirror},
 * {@link #mirrors}, {@link #createdMirrors}), replaces it ({@link #replaceState}), changes what only the
 * real cluster's life would change: a mirror's lags and offsets, status and error ({@link #changeMirror},
 * {@link #setLags}, {@link #setLag}), completes pending transitions now ({@link #completePendingTransitions}),
 * arms faults ({@link #faults}) and reads what its code sent ({@link #requests}).
 *
 * <p>One implementation, two faces: every one of these is the stand-alone server's admin API
 * ({@code openapi/admin.yaml}, {@code --admin}) called in-process. Each method names its admin
 * operation with {@link AdminOperation}, and the module's tests fail when an admin operation has no
 * method here or a method no operation. The extension's server also serves that admin API over HTTP
 * under {@code /__admin}, with the configuration's admin token ({@code config().admin().token()}).
 *
 * <p>Starting the stub changes nothing global in the test JVM. The stand-alone server sets the JDK
 * HTTP server's {@code sun.net.httpserver.*} properties for itself; a test JVM that wants the same
 * (say {@code nodelay=true}, which saves a delayed ACK on every call) sets them itself, e.g. with
 * surefire's {@code systemPropertyVariables}.
 *
 * <p>The start-up time is logged at {@code FINE} under this class's name and returned by
 * {@link #startupTime()}; the module's {@code StartupBenchmark} measures it.
 */
public final class MirrorStubExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
    AfterAllCallback {

  private static final Logger LOG = Logger.getLogger(MirrorStubExtension.class.getName());
  private static final String HOST = "127.0.0.1";

  private final StubConfig config;
  private final boolean resetBeforeEachTest;
  private StubAdmin admin;
  private StubServer server;
  private String owner;
  private MirrorApiClient client;
  private Duration startupTime;

  MirrorStubExtension(StubConfig config, boolean resetBeforeEachTest) {
    this.config = Objects.requireNonNull(config);
    this.resetBeforeEachTest = resetBeforeEachTest;
  }

  public static MirrorStubBuilder builder() {
    return new MirrorStubBuilder();
  }

  /** The stub with the stand-alone server's embedded configuration (the clusters and credentials of the README). */
  public static MirrorStubExtension withDefaultConfig() {
    return builder().from(StubConfig.embeddedDefault()).build();
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    start(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    if (!start(context) && resetBeforeEachTest) {
      reset();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    stop(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop(context);
  }

  /** The stub's base URL, e.g. {@code http://127.0.0.1:41873}. */
  public synchronized URI baseUri() {
    running();
    return server.baseUri();
  }

  /** A client for the stub, authenticated with the first configured credential. */
  public synchronized MirrorApiClient client() {
    URI base = baseUri();
    if (client == null) {
      StubConfig.Credential c = config.credentials().get(0);
      client = c.bearerToken() != null ? MirrorApiClient.bearer(base, c.bearerToken())
          : MirrorApiClient.basic(base, c.apiKey(), c.apiSecret());
    }
    return client;
  }

  public StubConfig config() {
    return config;
  }

  /**
   * Every cluster (or the one named, when {@code clusterId} is not null) in the configuration file's own
   * records, with what the API and this extension changed since the start: {@link #replaceState} of the
   * same list gives the same state.
   *
   * @throws IllegalArgumentException for a cluster that does not exist
   */
  @AdminOperation("getStubState")
  public List<StubConfig.Cluster> state(String clusterId) {
    return call(() -> running().state(clusterId));
  }

  /** Every mirror of the cluster, those of the configuration first, then the created ones in order. */
  @AdminOperation("getStubState")
  public List<MirrorTopic> mirrors(String clusterId) {
    return running().current().mirrors(clusterId);
  }

  /** Mirrors created through the API since the server started or was last reset, cluster by cluster. */
  @AdminOperation("listCreatedStubMirrors")
  public List<MirrorTopic> createdMirrors() {
    return running().createdMirrors();
  }

  /**
   * The cluster's links in order (those of the configuration, then those created through the API),
   * each with its configs and mirrors: one consistent view, taken under the cluster's lock.
   *
   * @throws IllegalArgumentException for a cluster that does not exist
   */
  @AdminOperation("getStubState")
  public List<LinkView> links(String clusterId) {
    InMemoryMirrorService current = running().current();
    InMemoryMirrorService.Snapshot snapshot = current.snapshot(requireCluster(clusterId));
    return snapshot.links().stream().map(l -> new LinkView(l, snapshot.linkConfigs().get(l.name()),
        snapshot.mirrors().stream().filter(m -> m.linkName().equals(l.name())).toList())).toList();
  }

  /**
   * One link of the cluster, with its configs and mirrors.
   *
   * @throws IllegalArgumentException when the cluster has no such link (now), naming those it has
   */
  @AdminOperation("getStubState")
  public LinkView link(String clusterId, String linkName) {
    List<LinkView> links = links(clusterId);
    return links.stream().filter(l -> l.name().equals(linkName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("cluster " + clusterId + " has no link " + linkName
            + "; its links: " + links.stream().map(LinkView::name).toList()));
  }

  /**
   * The mirror topic of that name in the cluster (mirror names are unique in a cluster, whatever the
   * link): its status since when, lags and offsets per partition, {@code mirror_topic_error}.
   *
   * @throws IllegalArgumentException when the cluster has no such mirror (now), naming those it has
   */
  @AdminOperation("getStubState")
  public MirrorTopic mirror(String clusterId, String mirrorTopicName) {
    List<MirrorTopic> all = mirrors(requireCluster(clusterId));
    return all.stream().filter(m -> m.mirrorTopicName().equals(mirrorTopicName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("cluster " + clusterId + " has no mirror topic "
            + mirrorTopicName + "; its mirror topics: " + all.stream().map(MirrorTopic::mirrorTopicName).toList()));
  }

  /**
   * Every cluster, link, topic and mirror becomes what {@code clusters} says (build them with
   * {@code MirrorStubExtension.builder().cluster(...).toConfig().clusters()}, or take them from
   * {@link #state}), checked by the configuration's rules, all or nothing. Credentials, limits, timing,
   * faults and the journal stay; the next reset goes back to the configured state.
   *
   * @return the state as it is now, defaults filled in
   * @throws IllegalArgumentException naming the rule the state breaks; nothing changed
   */
  @AdminOperation("replaceStubState")
  public List<StubConfig.Cluster> replaceState(List<StubConfig.Cluster> clusters) {
    return call(() -> running().replaceState(clusters));
  }

  /**
   * Changes a mirror as its real life would (it catches up, falls behind, fails), atomically: what
   * {@code change} sets, the rest as it is. A new status is stamped now and cancels a pending
   * transition. Reset (before the next test) brings back the configured state.
   *
   * <pre>{@code
   * STUB.changeMirror("cluster-1", "link-sb1", "link1_orders", m -> m.lags(0, 0, 0));
   * STUB.changeMirror("cluster-1", "link-sb1", "link1_orders",
   *     m -> m.status(MirrorStatus.FAILED).mirrorTopicError("SOURCE_TOPIC_MAY_BE_DELETED"));
   * }</pre>
   *
   * @return the mirror as changed
   * @throws IllegalArgumentException for an unknown cluster, link or mirror, or values that break a rule
   *     (one lag per partition, lags not negative, offsets -1 or more)
   */
  @AdminOperation("updateStubMirror")
  public MirrorTopic changeMirror(String clusterId, String linkName, String mirrorTopicName,
      Consumer<MirrorBuilder> change) {
    StubAdmin running = running();
    MirrorBuilder builder = new MirrorBuilder();
    change.accept(builder);
    return call(() -> running.changeMirror(clusterId, linkName, mirrorTopicName, builder::applyTo));
  }

  /** Sets the lag of each partition (partition 0 first), keeping the offsets; see {@link #changeMirror}. */
  @AdminOperation("updateStubMirror")
  public MirrorTopic setLags(String clusterId, String linkName, String mirrorTopicName, long... lags) {
    return changeMirror(clusterId, linkName, mirrorTopicName, m -> m.lags(lags));
  }

  /** Sets one partition's lag and last fetched source offset; see {@link #changeMirror}. */
  @AdminOperation("updateStubMirror")
  public MirrorTopic setLag(String clusterId, String linkName, String mirrorTopicName, int partition, long lag,
      long lastSourceFetchOffset) {
    return changeMirror(clusterId, linkName, mirrorTopicName, m -> m.partition(partition, lag, lastSourceFetchOffset));
  }

  /**
   * Every mirror on its way (PENDING_STOPPED after a promote or failover, the steps of a restore)
   * gets there now, instead of after the {@linkplain MirrorStubBuilder#transitionDelay transition delay}.
   */
  @AdminOperation("completeStubTransitions")
  public void completePendingTransitions() {
    running().completePendingTransitions();
  }

  /**
   * Arms faults for the calls to come, for every call or those of one cluster, link or operation
   * ({@code faults().next(1).onOperation("updateKafkaMirrorTopicsPromote").serviceUnavailable()}),
   * lists them ({@link FaultInjector#armed()}, {@link FaultInjector#calls()}) and disarms them
   * ({@link FaultInjector#clear()}); see {@link FaultInjector}.
   */
  @AdminOperation({"createStubFault", "listStubFaults", "deleteStubFaults"})
  public FaultInjector faults() {
    return running().faults();
  }

  /**
   * What the code under test sent, and what it got: the requests received since the start or the last
   * reset (at most {@code admin.journal.max_entries}), oldest first, with credentials masked; only
   * those matching {@code filter} (its fields combine, null ones match anything).
   *
   * <pre>{@code
   * List<JournalEntry> creates = STUB.requests(new RequestJournal.Filter("POST", null, "createKafkaMirrorTopic", null, null));
   * assertEquals("{\"source_topic_name\":\"orders\"}", creates.get(0).body());
   * }</pre>
   */
  @AdminOperation("listStubRequests")
  public List<JournalEntry> requests(RequestJournal.Filter filter) {
    return running().journal().list(filter);
  }

  /** Every request of the journal; see {@link #requests(RequestJournal.Filter)}. */
  @AdminOperation("listStubRequests")
  public List<JournalEntry> requests() {
    return requests(RequestJournal.Filter.ALL);
  }

  /** Empties the request journal. */
  @AdminOperation("deleteStubRequests")
  public void clearRequests() {
    running().journal().clear();
  }

  /**
   * Back to the configured state: created links and mirrors dropped, preloaded ones as configured again
   * (status, lags, errors), deleted ones back, faults disarmed, call count 0, the journal empty.
   */
  @AdminOperation("resetStub")
  public synchronized void reset() {
    running().reset();
  }

  private String requireCluster(String clusterId) {
    state(clusterId);
    return clusterId;
  }

  /** The admin's refusals (404, 400 of the HTTP face) as the Java face reports a bad argument. */
  private static <T> T call(java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (MirrorException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** How long the last start took, from nothing to a server that accepts calls. */
  public synchronized Duration startupTime() {
    if (startupTime == null) {
      throw new IllegalStateException("the stub has not started yet");
    }
    return startupTime;
  }

  private synchronized StubAdmin running() {
    if (server == null) {
      throw new IllegalStateException("the stub runs only during a test: register the extension with"
          + " @RegisterExtension and use it from a test, @BeforeEach or @BeforeAll");
    }
    return admin;
  }

  /** True when this call started the server; false when it was already running (an outer class started it). */
  private synchronized boolean start(ExtensionContext context) throws IOException {
    if (server != null) {
      return false;
    }
    long begin = System.nanoTime();
    admin = StubAdmin.create(config);
    server = StubServer.start(HOST, 0, admin);
    startupTime = Duration.ofNanos(System.nanoTime() - begin);
    owner = context.getUniqueId();
    LOG.fine(() -> "mirror stub for " + context.getDisplayName() + " on " + server.baseUri() + " started in "
        + startupTime.toMillis() + " ms");
    return true;
  }

  private synchronized void stop(ExtensionContext context) {
    if (server == null || !context.getUniqueId().equals(owner)) {
      return;
    }
    server.closeNow();
    server = null;
    admin = null;
    owner = null;
    client = null;
  }
}
