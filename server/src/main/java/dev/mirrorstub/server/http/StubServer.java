package dev.mirrorstub.server.http;

import com.sun.net.httpserver.HttpServer;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
import dev.mirrorstub.server.domain.MirrorService;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer;
import org.glassfish.jersey.server.ContainerFactory;

/**
 * The stub on the JDK's built-in HTTP server: it starts in a fraction of the time of Grizzly and
 * ignores the {@code Upgrade: h2c} header that {@code java.net.http.HttpClient} sends by default.
 */
public final class StubServer implements AutoCloseable {

  /** Seconds that in-flight requests get to finish on close. */
  static final int GRACE_SECONDS = 3;
  /**
   * Enough workers to keep every core busy while some wait on a slow client, few enough not to queue
   * on the JDK server's dispatcher lock: on 2 cores, 8 workers cost about a quarter less CPU per
   * request than 32 (JFR and CPU time per request under wrk, see docs/PERFORMANCE.md).
   */
  static final int WORKER_THREADS = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());

  static {
    // A client that opens a connection and sends nothing, or sends slowly, is cut off instead of
    // holding a worker for ever. Set before the JDK server's first use; a -D on the command line wins.
    setDefault("sun.net.httpserver.maxReqTime", "30");
    setDefault("sun.net.httpserver.maxRspTime", "30");
    setDefault("sun.net.httpserver.idleInterval", "30");
    // The JDK server writes an error body after its headers in a second small write: with Nagle's
    // algorithm on, that write waited for the client's delayed ACK, 40 ms per error on a kept-alive
    // connection (the benchmark saw 700 req/s for duplicate creates). A 204 has no body and was not hit.
    setDefault("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer http;
  private final FrontHandler front;
  private final JdkHttpHandlerContainer jersey;
  private final ExecutorService workers;
  private final MirrorService mirrors;

  private StubServer(HttpServer http, FrontHandler front, JdkHttpHandlerContainer jersey, ExecutorService workers,
                     MirrorService mirrors) {
    this.http = http;
    this.front = front;
    this.jersey = jersey;
    this.workers = workers;
    this.mirrors = mirrors;
  }

  public static StubServer start(String host, int port, StubConfig config) throws IOException {
    return start(host, port, config, new InMemoryMirrorService(config));
  }

  public static StubServer start(String host, int port, StubConfig config, MirrorService mirrors) throws IOException {
    Objects.requireNonNull(config);
    JdkHttpHandlerContainer jersey = ContainerFactory.createContainer(JdkHttpHandlerContainer.class,
        StubApplication.create(config, mirrors));
    RateLimiter limiter = new RateLimiter(config.limits().perClientRequestsPerSecond(),
        config.limits().globalRequestsPerSecond());
    HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 1024);
    ExecutorService workers = Executors.newFixedThreadPool(WORKER_THREADS, daemonThreads());
    http.setExecutor(workers);
    FrontHandler front = new FrontHandler(jersey, limiter);
    http.createContext("/", front);
    http.start();
    jersey.getApplicationHandler().onStartup(jersey);
    return new StubServer(http, front, jersey, workers, mirrors);
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
   * Refuses new requests (503), lets those in flight finish (up to {@value #GRACE_SECONDS} s), then
   * stops. The drain is done here because the JDK 17 server's {@code stop(delay)} always waits the
   * whole delay, even with nothing in flight.
   */
  @Override
  public void close() {
    try {
      front.drain(System.nanoTime() + TimeUnit.SECONDS.toNanos(GRACE_SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    http.stop(0);
    jersey.getApplicationHandler().onShutdown(jersey);
    workers.shutdown();
    try {
      workers.awaitTermination(GRACE_SECONDS, TimeUnit.SECONDS);
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
