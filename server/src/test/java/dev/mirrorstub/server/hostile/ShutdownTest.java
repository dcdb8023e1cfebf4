package dev.mirrorstub.server.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM: the request in flight is answered, new connections are refused, the process is gone within 5 s. */
@Timeout(60)
class ShutdownTest {

  private static final byte[] BODY = "{\"source_topic_name\":\"beta\"}".getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path dir;

  @Test
  void sigterm_requestInFlight_isAnsweredAndTheProcessExitsWithin5Seconds() throws Exception {
    try (ChildServer child = ChildServer.start(dir, yaml())) {
      try (Raw inFlight = Raw.connect(child.baseUri())) {
        inFlight.write(Raw.request("POST", Stub.mirrorsPath(), List.of("Authorization: " + Stub.basic(),
            "Content-Type: application/json", "Content-Length: " + BODY.length, "Expect: 100-continue"),
            new byte[0]));
        // The interim answer proves that the server is working on this request when the signal comes.
        Reply interim = inFlight.readInterim();
        assertEquals(100, interim.status());
        inFlight.write(java.util.Arrays.copyOf(BODY, BODY.length / 2));

        long signalled = System.nanoTime();
        child.process().destroy();

        assertRefusesNewConnections(child);
        inFlight.write(java.util.Arrays.copyOfRange(BODY, BODY.length / 2, BODY.length));
        Reply answer = inFlight.read();
        assertEquals(204, answer.status(), answer::toString);
        assertTrue(child.process().waitFor(5, TimeUnit.SECONDS), "still running 5 s after SIGTERM");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signalled);
        assertTrue(millis < 5_000, "exited after " + millis + " ms");
      }
    }
  }

  @Test
  void sigterm_nothingInFlight_exitsWithin5Seconds() throws Exception {
    try (ChildServer child = ChildServer.start(dir, yaml())) {
      child.process().destroy();

      assertTrue(child.process().waitFor(5, TimeUnit.SECONDS), "still running 5 s after SIGTERM");
    }
  }

  /** The listener closes shortly after the signal; poll until a new connection is refused. */
  private static void assertRefusesNewConnections(ChildServer child) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (System.nanoTime() < deadline) {
      try (Raw probe = Raw.connect(child.baseUri())) {
        Thread.sleep(10);
      } catch (ConnectException refused) {
        return;
      }
    }
    assertThrows(ConnectException.class, () -> Raw.connect(child.baseUri()).close(),
        "new connections still accepted 2 s after SIGTERM");
  }

  private static String yaml() {
    return Stub.configYaml(Stub.limits(1_048_576, 0, 0), 10_000);
  }
}
