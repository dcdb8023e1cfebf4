package dev.mirrorstub.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Settings of the whole JVM that the stand-alone server wants: made by {@link Main} (and the
 * CDS training run, {@link Warmup}) before anything else, never by a class that a consumer's test
 * JVM loads. The JDK's HTTP server reads its {@code sun.net.httpserver.*} properties once, when its
 * first server starts, and has no per-server way to set them; a {@code -D} on the command line wins.
 */
final class ProcessSettings {

  /** Bytes of an unread request body that are discarded so that an early answer arrives intact. */
  static final int DRAIN_BYTES = 8 << 20;

  /** Kept-alive connections that may wait idle for their next request. */
  static final int MAX_IDLE_CONNECTIONS = 10_000;

  static final Map<String, String> JDK_HTTP_SERVER = jdkHttpServer();

  /**
   * Jersey's JDK container logs a warning with a stack trace each time a client is gone before
   * its answer is written: the client's doing, not a fault of the server, and a cheap way to
   * flood the log. Held in a field so that the level is not lost with a collected logger.
   */
  private static final Logger CONTAINER_LOG = Logger.getLogger("org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer");

  private ProcessSettings() {
  }

  static void apply() {
    JDK_HTTP_SERVER.forEach((property, value) -> {
      if (System.getProperty(property) == null) {
        System.setProperty(property, value);
      }
    });
    CONTAINER_LOG.setLevel(Level.SEVERE);
  }

  private static Map<String, String> jdkHttpServer() {
    Map<String, String> settings = new LinkedHashMap<>();
    // A client that opens a connection and sends nothing, or sends slowly, is cut off instead of
    // holding a worker for ever.
    settings.put("sun.net.httpserver.maxReqTime", "30");
    settings.put("sun.net.httpserver.maxRspTime", "30");
    settings.put("sun.net.httpserver.idleInterval", "30");
    // The JDK server writes an answer's head and body separately; with Nagle's algorithm on, the
    // body waits for the client's delayed ACK: measured here, 40-57 ms per sequential call instead
    // of 8-23 ms.
    settings.put("sun.net.httpserver.nodelay", "true");
    // After an early answer (413, 401 ...) the JDK server reads and discards what is left of the
    // body before it reuses or closes the connection. Its default, 64 KiB, makes it close with
    // unread bytes, and the TCP reset can destroy the answer before the client reads it.
    settings.put("sun.net.httpserver.drainAmount", String.valueOf(DRAIN_BYTES));
    // With 200 (the default) or more connections idle, the JDK server closes a kept-alive connection
    // after its answer without saying so: the client's next request on it reads end of file. Measured
    // (scripts/bench/run, section connections): read errors at 300 and 1,000 connections went from
    // thousands to 0. Idle connections are still closed after idleInterval.
    settings.put("sun.net.httpserver.maxIdleConnections", String.valueOf(MAX_IDLE_CONNECTIONS));
    return Map.copyOf(settings);
  }
}
