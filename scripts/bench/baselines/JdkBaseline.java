import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetSocketAddress;

/**
 * Bare baseline (a): the JDK's built-in HTTP server answering every request with 204 and nothing
 * else, as bare as it gets: no executor, so the server's own dispatcher thread runs the handler.
 * {@code java JdkBaseline.java PORT}.
 */
public final class JdkBaseline {
  public static void main(String[] args) throws Exception {
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 1024);
    http.createContext("/", exchange -> {
      try (exchange; InputStream body = exchange.getRequestBody()) {
        body.readAllBytes();
        exchange.sendResponseHeaders(204, -1);
      }
    });
    http.start();
    System.out.println("JDK baseline listening on " + http.getAddress());
  }
}
