package dev.mirrorstub.server.transport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.mirrorstub.server.errors.ErrorResponses;
import java.io.IOException;
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
    Exchanges.send(exchange, ErrorResponses.rawTooManyRequests(exchange.getRequestURI().getRawPath()));
  }
}
