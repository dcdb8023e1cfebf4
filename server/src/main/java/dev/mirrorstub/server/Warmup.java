package dev.mirrorstub.server;

import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.security.AuthorizationHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Starts the stub on a free loopback port with the embedded configuration, sends it the requests
 * of a typical test run (created, rejected, unauthenticated, unknown link) and stops. The build runs
 * it with {@code -XX:ArchiveClassesAtExit} to record the classes that a real run loads: with that
 * class-data-sharing archive the server starts about twice as fast.
 */
public final class Warmup {

  private static final String PATH = "/kafka/v3/clusters/cluster-1/links/%s/mirrors";

  private Warmup() {
  }

  public static void main(String[] args) throws IOException {
    // The settings of a real run, so that the training run loads what a real run loads.
    ProcessSettings.apply();
    String basic = AuthorizationHeaders.basic("stub-key", "stub-secret");
    try (StubServer server = StubServer.start("127.0.0.1", 0, StubConfig.embeddedDefault())) {
      URI base = server.baseUri();
      int[] statuses = {
          post(base, "link-sb1", basic, "{\"source_topic_name\":\"topic-1\",\"replication_factor\":1,"
              + "\"configs\":[{\"name\":\"unclean.leader.election.enable\",\"value\":\"true\"}]}"),
          post(base, "link-sb1", basic, "{\"source_topic_name\":\"topic-1\",\"replication_factor\":\"A\"}"),
          post(base, "link-sb1", basic, "{\"source_topic_name\":\"topic-1\"}"),
          post(base, "no-such-link", basic, "{\"source_topic_name\":\"topic-1\"}"),
          post(base, "link-sb1", "Basic eDp5", "{}"),
      };
      int[] expected = {204, 400, 400, 404, 401};
      if (!Arrays.equals(statuses, expected)) {
        throw new IllegalStateException("warm-up answers " + Arrays.toString(statuses)
            + ", expected " + Arrays.toString(expected));
      }
    }
  }

  private static int post(URI base, String link, String authorization, String json) throws IOException {
    HttpURLConnection c = (HttpURLConnection) base.resolve(PATH.formatted(link)).toURL().openConnection();
    c.setRequestMethod("POST");
    c.setDoOutput(true);
    c.setRequestProperty("Content-Type", "application/json");
    c.setRequestProperty("Authorization", authorization);
    try (OutputStream out = c.getOutputStream()) {
      out.write(json.getBytes(StandardCharsets.UTF_8));
    }
    int status = c.getResponseCode();
    try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
      if (in != null) {
        in.readAllBytes();
      }
    }
    return status;
  }
}
