package dev.mirrorstub.server.transport;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.mirrorstub.server.config.StubConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The JDK's built-in HTTP server, below the application: workers, the Host and URI guard and the
 * rate limiter run here, before Jersey sees a request. It starts in a fraction of Grizzly's time
 * and ignores the {@code Upgrade: h2c} header that {@code java.net.http.HttpClient} sends by default.
 * It changes nothing outside itself: the JDK server's own timeouts are process-wide system
 * properties, set by {@code Main} for the stand-alone server.
 */
public final class HttpTransport {

  /**
   * Workers that take the exchanges in turn: enough to keep every core busy, few enough not to
   * switch between threads for nothing (on 2 cores 8 of them took 12-15 % less CPU per request than
   * a thread per busy connection: docs/PERFORMANCE.md, issue 14).
   */
  static final int CORE_WORKER_THREADS = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
  /**
   * The JDK server holds a worker while it reads a request's headers and body, so a slow client
   * holds one for up to maxReqTime: a held worker is replaced by one more ({@link Workers}), up to
   * this bound, so that slow clients do not starve the others. Past it a new connection is closed
   * at once.
   */
  static final int MAX_WORKER_THREADS = 512;

  private final HttpServer http;
  private final InFlightExecutor inFlight;
  private final Workers workers;

  private HttpTransport(HttpServer http, InFlightExecutor inFlight, Workers workers) {
    this.http = http;
    this.inFlight = inFlight;
    this.workers = workers;
  }

  /** Listens on {@code host:port} (0 = any free port) and hands the requests that pass to {@code application}. */
  public static HttpTransport start(String host, int port, StubConfig.Limits limits, HttpHandler application)
      throws IOException {
    return start(host, port, limits, application, UnaryOperator.identity(), path -> false);
  }

  /**
   * The same, every request first through {@code outermost}'s handler (the admin API's journal), refused
   * ones too; requests whose raw path {@code unlimited} accepts (the admin API's) pass the rate limiter.
   */
  public static HttpTransport start(String host, int port, StubConfig.Limits limits, HttpHandler application,
      UnaryOperator<HttpHandler> outermost, Predicate<String> unlimited) throws IOException {
    Objects.requireNonNull(application);
    RateLimiter limiter = new RateLimiter(limits.perClientRequestsPerSecond(), limits.globalRequestsPerSecond());
    HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 1024);
    Workers workers = new Workers(CORE_WORKER_THREADS, MAX_WORKER_THREADS);
    InFlightExecutor inFlight = new InFlightExecutor(workers);
    http.setExecutor(inFlight);
    http.createContext("/", outermost.apply(new RequestUriGuard(limiter.enabled()
        ? new FrontHandler(application, limiter, unlimited) : application)));
    http.start();
    return new HttpTransport(http, inFlight, workers);
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

  /** Exchanges handed to a worker and not finished; an idle keep-alive connection does not count. */
  public int inFlight() {
    return inFlight.inFlight();
  }

  /** Stops accepting (new connections are refused), lets in-flight exchanges finish for up to {@code graceSeconds}, then stops. */
  public void stop(int graceSeconds) {
    http.stop(graceSeconds);
    workers.shutdown();
    try {
      workers.awaitTermination(graceSeconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
