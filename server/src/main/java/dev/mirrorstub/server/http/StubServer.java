package dev.mirrorstub.server.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
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
  private final InFlight inFlight;

  private StubServer(HttpServer http, JdkHttpHandlerContainer jersey, ExecutorService workers, MirrorService mirrors,
                     InFlight inFlight) {
    this.http = http;
    this.jersey = jersey;
    this.workers = workers;
    this.mirrors = mirrors;
    this.inFlight = inFlight;
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
    InFlight inFlight = new InFlight(limiter.enabled() ? new FrontHandler(jersey, limiter) : jersey);
    http.createContext("/", inFlight);
    http.start();
    jersey.getApplicationHandler().onStartup(jersey);
    return new StubServer(http, jersey, workers, mirrors, inFlight);
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

  /** Lets the requests in progress finish (up to {@value #GRACE_SECONDS} s), then stops. */
  @Override
  public void close() {
    // JDK 17's HttpServer.stop(delay) waits the whole delay even when no exchange is in progress
    // (JDK-8304065, fixed in JDK 21), which costs every test that closes a server 3 s: wait for
    // the requests in progress here, and only for them, then stop at once.
    try {
      inFlight.awaitIdle(TimeUnit.SECONDS.toNanos(GRACE_SECONDS));
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

  /** Counts the requests in progress, so that {@link #close()} can wait for them. */
  private static final class InFlight implements HttpHandler {
    private final HttpHandler next;
    private int count;

    InFlight(HttpHandler next) {
      this.next = next;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
      synchronized (this) {
        count++;
      }
      try {
        next.handle(exchange);
      } finally {
        synchronized (this) {
          if (--count == 0) {
            notifyAll();
          }
        }
      }
    }

    synchronized void awaitIdle(long timeoutNanos) throws InterruptedException {
      long deadline = System.nanoTime() + timeoutNanos;
      while (count > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return;
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
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
