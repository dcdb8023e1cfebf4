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
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
  static final int WORKER_THREADS = 32;
  /** Bytes of an unread request body that are discarded so that an early answer arrives intact. */
  static final int DRAIN_BYTES = 16 << 20;

  static {
    // A client that opens a connection and sends nothing, or sends slowly, is cut off instead of
    // holding a worker for ever. Set before the JDK server's first use; a -D on the command line wins.
    setDefault("sun.net.httpserver.maxReqTime", "30");
    setDefault("sun.net.httpserver.maxRspTime", "30");
    setDefault("sun.net.httpserver.idleInterval", "30");
    // Without TCP_NODELAY the response's separate header and body writes meet the client's delayed
    // ACK: measured here, 40-57 ms per sequential call instead of 8-23 ms.
    setDefault("sun.net.httpserver.nodelay", "true");
    // After an early answer (413 before the body is read) the JDK server discards what is left of
    // the body before it reuses or closes the connection. Its default, 64 KiB, makes it close with
    // unread bytes, and the TCP reset can destroy the 413 before the client reads it.
    setDefault("sun.net.httpserver.drainAmount", String.valueOf(DRAIN_BYTES));
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
   * stops. The drain is done here because JDK 17's {@code HttpServer.stop(delay)} waits the whole
   * delay even with nothing in flight (JDK-8304065) on the updates that CI may have.
   */
  @Override
  public void close() {
    try {
      front.drain(System.nanoTime() + TimeUnit.SECONDS.toNanos(GRACE_SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    closeNow();
  }

  /** Stops at once, cutting off any request still in flight: for tests that have none left. */
  public void closeNow() {
    http.stop(0);
    jersey.getApplicationHandler().onShutdown(jersey);
    workers.shutdownNow();
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
