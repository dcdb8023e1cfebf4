package dev.mirrorstub.server.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sits in front of Jersey as Jetty's DoSFilter sits in front of Kafka REST: a request over the
 * rate gets Jetty's HTML 429 page before any parsing or authentication. It also counts requests
 * in flight, so that a shutdown can wait for them and refuse new ones.
 */
final class FrontHandler implements HttpHandler {

  private static final byte[] SHUTTING_DOWN =
      "{\"error_code\":50302,\"message\":\"The server is shutting down.\"}".getBytes(StandardCharsets.UTF_8);

  private final HttpHandler next;
  private final RateLimiter limiter;
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean draining;

  FrontHandler(HttpHandler next, RateLimiter limiter) {
    this.next = Objects.requireNonNull(next);
    this.limiter = Objects.requireNonNull(limiter);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    inFlight.incrementAndGet();
    try {
      if (draining) {
        refuse(exchange);
      } else if (!limiter.enabled() || limiter.tryAcquire(exchange.getRemoteAddress().getAddress())) {
        next.handle(exchange);
      } else {
        tooManyRequests(exchange);
      }
    } finally {
      inFlight.decrementAndGet();
    }
  }

  /**
   * Refuses new requests and waits until those in flight have finished, or the deadline passes.
   *
   * @return true when nothing is in flight any more
   */
  boolean drain(long deadlineNanos) throws InterruptedException {
    draining = true;
    while (inFlight.get() > 0 && System.nanoTime() < deadlineNanos) {
      Thread.sleep(5);
    }
    return inFlight.get() == 0;
  }

  private static void refuse(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.getResponseHeaders().set("Connection", "close");
      exchange.sendResponseHeaders(503, SHUTTING_DOWN.length);
      exchange.getResponseBody().write(SHUTTING_DOWN);
    }
  }

  private static void tooManyRequests(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] page = tooManyRequestsPage(exchange.getRequestURI().getRawPath()).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html;charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "must-revalidate,no-cache,no-store");
      exchange.getResponseHeaders().set("DoSFilter", "unavailable");
      exchange.sendResponseHeaders(429, page.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(page);
      }
    }
  }

  /** Jetty's error page, as the seed's 429 example shows it. */
  static String tooManyRequestsPage(String uri) {
    return "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html;charset=utf-8\"/>\n"
        + "<title>Error 429 Too Many Requests</title>\n</head>\n<body><h2>HTTP ERROR 429 Too Many Requests</h2>\n"
        + "<table>\n<tr><th>URI:</th><td>" + escape(uri) + "</td></tr>\n"
        + "<tr><th>STATUS:</th><td>429</td></tr>\n"
        + "<tr><th>MESSAGE:</th><td>Too Many Requests</td></tr>\n"
        + "<tr><th>SERVLET:</th><td>default</td></tr>\n"
        + "</table>\n\n</body>\n</html>\n";
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
