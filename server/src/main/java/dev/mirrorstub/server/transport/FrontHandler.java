package dev.mirrorstub.server.transport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.mirrorstub.server.errors.ErrorResponses;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Sits in front of Jersey as Jetty's DoSFilter sits in front of Kafka REST: a request over the
 * rate gets Jetty's HTML 429 page before any parsing or authentication. Requests of the stub's own
 * (the admin API's, by raw path) are not counted: a test must be able to steer a throttled stub.
 */
final class FrontHandler implements HttpHandler {

  private final HttpHandler next;
  private final RateLimiter limiter;
  private final Predicate<String> unlimited;

  FrontHandler(HttpHandler next, RateLimiter limiter, Predicate<String> unlimited) {
    this.next = Objects.requireNonNull(next);
    this.limiter = Objects.requireNonNull(limiter);
    this.unlimited = Objects.requireNonNull(unlimited);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    if (unlimited.test(exchange.getRequestURI().getRawPath())
        || limiter.tryAcquire(exchange.getRemoteAddress().getAddress())) {
      next.handle(exchange);
      return;
    }
    Exchanges.send(exchange, ErrorResponses.rawTooManyRequests(exchange.getRequestURI().getRawPath()));
  }
}
