import com.sun.net.httpserver.*;
import java.net.InetSocketAddress;
import java.util.concurrent.*;
public class ExecBench {
  public static void main(String[] a) throws Exception {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    System.setProperty("sun.net.httpserver.maxIdleConnections", "10000");
    HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(a[0])), 1024);
    switch (a[1]) {
      case "none" -> {}
      case "stub" -> s.setExecutor(new ThreadPoolExecutor(8, 512, 60, TimeUnit.SECONDS, new SynchronousQueue<>()));
      case "fixed8" -> s.setExecutor(Executors.newFixedThreadPool(8));
      case "fixed2" -> s.setExecutor(Executors.newFixedThreadPool(2));
      default -> throw new IllegalArgumentException(a[1]);
    }
    s.createContext("/", ex -> { ex.getRequestBody().readAllBytes(); ex.sendResponseHeaders(204, -1); ex.close(); });
    s.start();
    System.out.println("up");
  }
}
