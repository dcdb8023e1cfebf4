package dev.mirrorstub.server.hostile;

import static dev.mirrorstub.server.hostile.Stub.assertErrorBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.server.StubServer;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that connect and say nothing, send their headers or body slowly, or vanish mid-request
 * do not exhaust the server: the others keep being served while they hang on, and the read
 * timeouts cut them off.
 */
@Timeout(90)
class SlowClientTest {

  /** Of each kind; together far more than the worker threads the server keeps warm. */
  private static final int SLOW = 60;
  private static final String BODY = "{\"source_topic_name\":\"no-such-source\"}";

  @TempDir
  Path dir;

  @Test
  void otherClients_areServed_whileSlowAndVanishingClientsHoldConnections() throws Exception {
    List<LogRecord> warnings = java.util.Collections.synchronizedList(new ArrayList<>());
    Handler capture = capture(warnings);
    Logger.getLogger("").addHandler(capture);
    List<Raw> slow = new ArrayList<>();
    try (StubServer server = Stub.start(Stub.config())) {
      HttpClient http = HttpClient.newHttpClient();
      for (int i = 0; i < SLOW; i++) {
        slow.add(Raw.connect(server.baseUri()));
        Raw headers = Raw.connect(server.baseUri());
        headers.write(ascii("POST " + Stub.mirrorsPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "));
        slow.add(headers);
        Raw body = Raw.connect(server.baseUri());
        body.write(Raw.request("POST", Stub.mirrorsPath(), List.of("Authorization: " + Stub.basic(),
            "Content-Type: application/json", "Content-Length: 1000"), ascii("{\"source_topic_name\":")));
        slow.add(body);
        try (Raw vanishing = Raw.connect(server.baseUri())) {
          vanishing.write(Raw.request("POST", Stub.mirrorsPath(), List.of("Authorization: " + Stub.basic(),
              "Content-Type: application/json", "Content-Length: 1000"), ascii("{\"source_topic_name\":")));
        }
      }

      List<CompletableFuture<Reply>> others = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        others.add(CompletableFuture.supplyAsync(() -> {
          try {
            return Stub.create(http, server.baseUri(), Stub.basic(), BODY);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }));
      }
      for (CompletableFuture<Reply> other : others) {
        assertErrorBody(other.get(Stub.TIMEOUT.toSeconds(), TimeUnit.SECONDS), 404, 40403);
      }
      for (Raw s : slow) {
        s.close();
      }
    } finally {
      Logger.getLogger("").removeHandler(capture);
    }
    assertEquals(List.of(), warnings.stream().map(LogRecord::getMessage).toList(),
        "a client that vanishes is not a server failure");
  }

  @Test
  void slowClients_areCutOffByTheReadTimeouts() throws Exception {
    try (ChildServer child = ChildServer.start(dir, Stub.configYaml(Stub.limits(1_048_576, 0, 0), 10_000),
        "-Dsun.net.httpserver.maxReqTime=1", "-Dsun.net.httpserver.idleInterval=1",
        "-Dsun.net.httpserver.clockTick=250", "-Dsun.net.httpserver.timerMillis=250")) {
      long start = System.nanoTime();
      try (Raw silent = Raw.connect(child.baseUri());
           Raw slowHeaders = Raw.connect(child.baseUri());
           Raw slowBody = Raw.connect(child.baseUri());
           Raw idleAfterAnswer = Raw.connect(child.baseUri())) {
        slowHeaders.write(ascii("POST " + Stub.mirrorsPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
        slowBody.write(Raw.request("POST", Stub.mirrorsPath(), List.of("Authorization: " + Stub.basic(),
            "Content-Type: application/json", "Content-Length: 1000"), ascii("{")));
        assertErrorBody(idleAfterAnswer.send(Raw.request("POST", Stub.mirrorsPath(), List.of(
            "Authorization: " + Stub.basic(), "Content-Type: application/json",
            "Content-Length: " + BODY.length()), ascii(BODY))), 404, 40403);

        assertTrue(silent.closedByServer(), "a silent connection stays open");
        assertTrue(slowHeaders.closedByServer(), "a connection that never finishes its headers stays open");
        Reply body = slowBody.readOrClosed();
        assertTrue(body.status() == Reply.CLOSED || body.status() == 400, () -> "slow body got " + body);
        assertTrue(idleAfterAnswer.closedByServer(), "an idle keep-alive connection stays open");
      }
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
      assertTrue(seconds < Raw.READ_TIMEOUT_MS / 1000, "cut off only after " + seconds + " s");
    }
  }

  private static Handler capture(List<LogRecord> into) {
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        into.add(record);
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    };
    handler.setLevel(Level.WARNING);
    return handler;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
