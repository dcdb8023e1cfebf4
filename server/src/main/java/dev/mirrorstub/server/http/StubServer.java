package dev.mirrorstub.server.http;

import com.sun.net.httpserver.HttpServer;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
import dev.mirrorstub.server.domain.MirrorService;
import dev.mirrorstub.server.faults.FaultInjector;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The stub on the JDK's built-in HTTP server: it starts in a fraction of the time of Grizzly and
 * ignores the {@code Upgrade: h2c} header that {@code java.net.http.HttpClient} sends by default.
 */
public final class StubServer implements AutoCloseable {

  /** Seconds that in-flight requests get to finish on close. */
  static final int GRACE_SECONDS = 3;
  /**
   * Workers kept ready: enough to keep every core busy while some wait on a slow client, few enough
   * not to queue on the JDK server's dispatcher lock (on 2 cores 8 workers cost about a quarter less
   * CPU per request than 32: JFR and CPU time per request under wrk, see docs/PERFORMANCE.md).
   */
  static final int CORE_WORKER_THREADS = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
  /**
   * The JDK server holds a worker while it reads a request's headers and body, so a slow client
   * holds one for up to maxReqTime: workers are added on demand, up to this bound, so that slow
   * clients do not starve the others. Past it a new connection is closed at once, never queued.
   */
  static final int MAX_WORKER_THREADS = 512;
  /** Bytes of an unread request body that are discarded so that an early answer arrives intact. */
  static final int DRAIN_BYTES = 8 << 20;

  /**
   * Jersey's JDK container logs a warning with a stack trace each time a client is gone before
   * its answer is written: the client's doing, not a fault of the server, and a cheap way to
   * flood the log. Held in a field so that the level is not lost with a collected logger.
   */
  private static final Logger CONTAINER_LOG = Logger.getLogger(JdkHttpHandlerContainer.class.getName());

  static {
    CONTAINER_LOG.setLevel(Level.SEVERE);
    // A client that opens a connection and sends nothing, or sends slowly, is cut off instead of
    // holding a worker for ever. Set before the JDK server's first use; a -D on the command line wins.
    setDefault("sun.net.httpserver.maxReqTime", "30");
    setDefault("sun.net.httpserver.maxRspTime", "30");
    setDefault("sun.net.httpserver.idleInterval", "30");
    // The JDK server writes an answer's head and body separately; with Nagle's algorithm on, the
    // body waits for the client's delayed ACK: measured here, 40-57 ms per sequential call instead
    // of 8-23 ms.
    setDefault("sun.net.httpserver.nodelay", "true");
    // After an early answer (413, 401 ...) the JDK server reads and discards what is left of the
    // body before it reuses or closes the connection. Its default, 64 KiB, makes it close with
    // unread bytes, and the TCP reset can destroy the answer before the client reads it.
    setDefault("sun.net.httpserver.drainAmount", String.valueOf(DRAIN_BYTES));
  }

  private final HttpServer http;
  private final JdkHttpHandlerContainer jersey;
  private final InFlightExecutor inFlight;
  private final ExecutorService workers;
  private final MirrorService mirrors;

  private StubServer(HttpServer http, JdkHttpHandlerContainer jersey, InFlightExecutor inFlight,
                     ExecutorService workers, MirrorService mirrors) {
    this.http = http;
    this.jersey = jersey;
    this.inFlight = inFlight;
    this.workers = workers;
    this.mirrors = mirrors;
  }

  public static StubServer start(String host, int port, StubConfig config) throws IOException {
    return start(host, port, config, new InMemoryMirrorService(config));
  }

  public static StubServer start(String host, int port, StubConfig config, MirrorService mirrors) throws IOException {
    Objects.requireNonNull(config);
    return launch(host, port, config, mirrors, StubApplication.create(config, mirrors));
  }

  /** A server whose {@code faults} can make calls fail or wait; for consumers' tests only. */
  public static StubServer start(String host, int port, StubConfig config, MirrorService mirrors,
                                 FaultInjector faults) throws IOException {
    Objects.requireNonNull(config);
    return launch(host, port, config, mirrors, StubApplication.create(config, mirrors, faults));
  }

  private static StubServer launch(String host, int port, StubConfig config, MirrorService mirrors,
                                   ResourceConfig application) throws IOException {
    JdkHttpHandlerContainer jersey = ContainerFactory.createContainer(JdkHttpHandlerContainer.class, application);
    RateLimiter limiter = new RateLimiter(config.limits().perClientRequestsPerSecond(),
        config.limits().globalRequestsPerSecond());
    HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 1024);
    ExecutorService workers = new ThreadPoolExecutor(CORE_WORKER_THREADS, MAX_WORKER_THREADS,
        60, TimeUnit.SECONDS, new SynchronousQueue<>(), daemonThreads());
    InFlightExecutor inFlight = new InFlightExecutor(workers);
    http.setExecutor(inFlight);
    http.createContext("/", new RequestUriGuard(limiter.enabled() ? new FrontHandler(jersey, limiter) : jersey));
    http.start();
    jersey.getApplicationHandler().onStartup(jersey);
    return new StubServer(http, jersey, inFlight, workers, mirrors);
  }

  /** Base URL, e.g. {@code http://127.0.0.1:8082}. */
  public URI baseUri() {
    InetSocketAddress address = http.getAddress();
    String host = address.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + address.getPort());
  }

  public int port() {
    return http.getAddress().getPort();
  }

  public MirrorService mirrors() {
    return mirrors;
  }

  /**
   * Stops accepting (new connections are refused), lets in-flight requests finish (up to
   * {@value #GRACE_SECONDS} s), then stops. With nothing in flight it stops at once: JDK 17's
   * server would otherwise wait out the whole grace period every time (JDK-8304065).
   */
  @Override
  public void close() {
    stop(inFlight.inFlight() == 0 ? 0 : GRACE_SECONDS);
  }

  /** Stops at once, cutting off any request still in flight: for tests that have none left. */
  public void closeNow() {
    stop(0);
  }

  private void stop(int graceSeconds) {
    http.stop(graceSeconds);
    jersey.getApplicationHandler().onShutdown(jersey);
    workers.shutdown();
    try {
      workers.awaitTermination(graceSeconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "stub-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  private static void setDefault(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }
}
