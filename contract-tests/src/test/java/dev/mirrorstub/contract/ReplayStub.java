package dev.mirrorstub.contract;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Serves one case's documented response (status, content type, the example's body) to whatever
 * asks, and records what it was asked, so that the client can be checked against the spec alone.
 * Like a server at its own address, it sends the spec's server URL in the example as its base URI.
 */
final class ReplayStub implements AutoCloseable {

  record Received(String method, String rawPath, String rawQuery, String contentType, String authorization,
                  byte[] body) {
  }

  private final HttpServer http;
  private final List<Received> received = new ArrayList<>();

  private ReplayStub(Case c) throws IOException {
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext("/", exchange -> {
      try (exchange) {
        Received r = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
            exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Content-Type"),
            exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestBody().readAllBytes());
        synchronized (received) {
          received.add(r);
        }
        Case.Response documented = c.response();
        if (documented.mediaType() == null) {
          exchange.sendResponseHeaders(documented.status(), -1);
          return;
        }
        byte[] body = Bodies.exampleBytes(documented, baseUri());
        exchange.getResponseHeaders().set("Content-Type", documented.mediaType());
        exchange.sendResponseHeaders(documented.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    });
    http.start();
  }

  static ReplayStub serve(Case c) throws IOException {
    return new ReplayStub(c);
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
  }

  List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  @Override
  public void close() {
    http.stop(0);
  }
}
