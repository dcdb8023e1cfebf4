package dev.mirrorstub.server.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.mirrorstub.server.generated.model.ErrorResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Jersey's container builds the request URI from the Host header before any filter runs; a
 * malformed one makes it throw, and the JDK server then drops the connection without a word.
 * This answers 400 with the error body instead.
 */
final class RequestUriGuard implements HttpHandler {

  private final HttpHandler next;

  RequestUriGuard(HttpHandler next) {
    this.next = Objects.requireNonNull(next);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      next.handle(exchange);
    } catch (IllegalArgumentException e) {
      if (exchange.getResponseCode() != -1) {
        throw e;
      }
      badRequest(exchange);
    }
  }

  private static void badRequest(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = JsonMapperResolver.MAPPER.writeValueAsBytes(
          new ErrorResponse().errorCode(400).message("Malformed request URI or Host header."));
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.getResponseHeaders().set("Connection", "close");
      exchange.sendResponseHeaders(400, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
