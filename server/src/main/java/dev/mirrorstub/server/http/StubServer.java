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

  static {
    // A client that opens a connection and sends nothing, or sends slowly, is cut off instead of
    // holding a worker for ever. Set before the JDK server's first use; a -D on the command line wins.
    setDefault("sun.net.httpserver.maxReqTime", "30");
    setDefault("sun.net.httpserver.maxRspTime", "30");
    setDefault("sun.net.httpserver.idleInterval", "30");
  }

  private final HttpServer http;
  private final JdkHttpHandlerContainer jersey;
  private final ExecutorService workers;
  private final MirrorService mirrors;

  private StubServer(HttpServer http, JdkHttpHandlerContainer jersey, ExecutorService workers, MirrorService mirrors) {
    this.http = http;
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
    http.createContext("/", limiter.enabled() ? new FrontHandler(jersey, limiter) : jersey);
    http.start();
    jersey.getApplicationHandler().onStartup(jersey);
    return new StubServer(http, jersey, workers, mirrors);
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

  /** Stops accepting, lets in-flight requests finish (up to {@value #GRACE_SECONDS} s), then stops. */
  @Override
  public void close() {
    stop(GRACE_SECONDS);
  }

  /**
   * Stops at once, cutting off any request still in flight: for tests, which have none when they
   * stop the server. Older JDK 17 updates (17.0.15 measured here; 17.0.21 no longer) make
   * {@code HttpServer.stop} wait out its whole delay even when idle, so {@link #close()} would cost
   * every test class {@value #GRACE_SECONDS} s.
   */
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
