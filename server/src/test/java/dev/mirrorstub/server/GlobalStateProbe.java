package dev.mirrorstub.server;

import dev.mirrorstub.server.config.StubConfig;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Run in a JVM of its own by {@link StubServerGlobalStateTest}: loads and starts the server as the
 * JUnit extension does, serves one request, stops, and prints what changed in the JVM's system
 * properties and in the level of Jersey's container logger. Exit status 0 when nothing did.
 */
public final class GlobalStateProbe {

  static final String JERSEY_CONTAINER_LOG = "org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer";

  private GlobalStateProbe() {
  }

  public static void main(String[] args) throws Exception {
    Logger containerLog = Logger.getLogger(JERSEY_CONTAINER_LOG);
    // The JDK sets user.timezone itself on first use of the default zone: not the server's doing.
    TimeZone.getDefault();
    Map<Object, Object> before = new HashMap<>(System.getProperties());
    Level levelBefore = containerLog.getLevel();

    try (StubServer server = StubServer.start("127.0.0.1", 0, StubConfig.embeddedDefault())) {
      HttpURLConnection c = (HttpURLConnection) server.baseUri().resolve("/openapi.yaml").toURL().openConnection();
      try (InputStream in = c.getInputStream()) {
        in.readAllBytes();
      }
    }

    Map<Object, Object> after = new HashMap<>(System.getProperties());
    int changes = 0;
    for (Object key : union(before, after).keySet()) {
      if (!Objects.equals(before.get(key), after.get(key))) {
        System.out.println("property " + key + ": " + before.get(key) + " -> " + after.get(key));
        changes++;
      }
    }
    if (!Objects.equals(levelBefore, containerLog.getLevel())) {
      System.out.println("level of " + JERSEY_CONTAINER_LOG + ": " + levelBefore + " -> " + containerLog.getLevel());
      changes++;
    }
    System.exit(changes == 0 ? 0 : 1);
  }

  private static Map<Object, Object> union(Map<Object, Object> a, Map<Object, Object> b) {
    Map<Object, Object> all = new HashMap<>(a);
    all.putAll(b);
    return all;
  }
}
