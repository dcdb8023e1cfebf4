package dev.mirrorstub.server.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Sits in front of Jersey as Jetty's DoSFilter sits in front of Kafka REST: a request over the
 * rate gets Jetty's HTML 429 page before any parsing or authentication.
 */
final class FrontHandler implements HttpHandler {

  private final HttpHandler next;
  private final RateLimiter limiter;

  FrontHandler(HttpHandler next, RateLimiter limiter) {
    this.next = Objects.requireNonNull(next);
    this.limiter = Objects.requireNonNull(limiter);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    if (limiter.tryAcquire(exchange.getRemoteAddress().getAddress())) {
      next.handle(exchange);
      return;
    }
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
