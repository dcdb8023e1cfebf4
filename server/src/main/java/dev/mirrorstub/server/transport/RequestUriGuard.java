package dev.mirrorstub.server.transport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.mirrorstub.server.errors.ErrorResponses;
import dev.mirrorstub.server.errors.RestException;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Jersey's container builds the request URI from the Host header before any filter runs; a
 * malformed one makes it throw, and the JDK server then drops the connection without a word.
 * This answers 400 with the error body instead. It also refuses an HTTP/1.1 request without
 * exactly one Host header (RFC 9112, 3.2) itself: whether the JDK's HTTP layer does so first
 * depends on its patch level (17.0.15 passes such a request on, 17.0.21 refuses it), and the
 * stub's answer must not.
 */
final class RequestUriGuard implements HttpHandler {

  private final HttpHandler next;

  RequestUriGuard(HttpHandler next) {
    this.next = Objects.requireNonNull(next);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String hostProblem = hostProblem(exchange);
    if (hostProblem != null) {
      badRequest(exchange, hostProblem);
      return;
    }
    try {
      next.handle(exchange);
    } catch (IllegalArgumentException e) {
      if (exchange.getResponseCode() != -1) {
        throw e;
      }
      badRequest(exchange, "Malformed request URI or Host header.");
    }
  }

  /** Null when the Host headers are as HTTP/1.1 asks (HTTP/1.0 needs none). */
  static String hostProblem(HttpExchange exchange) {
    List<String> hosts = exchange.getRequestHeaders().get("Host");
    int count = hosts == null ? 0 : hosts.size();
    if (count > 1) {
      return "Request has more than one Host header.";
    }
    if (count == 0 && !"HTTP/1.0".equalsIgnoreCase(exchange.getProtocol())) {
      return "Request has no Host header.";
    }
    return null;
  }

  private static void badRequest(HttpExchange exchange, String message) throws IOException {
    Exchanges.send(exchange, ErrorResponses.raw(RestException.malformedRequest(message)));
  }
}
