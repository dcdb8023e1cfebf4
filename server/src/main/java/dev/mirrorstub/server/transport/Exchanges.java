package dev.mirrorstub.server.transport;

import com.sun.net.httpserver.HttpExchange;
import dev.mirrorstub.server.errors.ErrorResponses;
import java.io.IOException;
import java.io.OutputStream;

/** Writes an answer that {@link ErrorResponses} built on a JDK exchange, below Jersey, and ends the exchange. */
final class Exchanges {

  private Exchanges() {
  }

  static void send(HttpExchange exchange, ErrorResponses.Raw answer) throws IOException {
    try (exchange) {
      answer.headers().forEach(exchange.getResponseHeaders()::set);
      exchange.sendResponseHeaders(answer.status(), answer.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer.body());
      }
    }
  }
}
