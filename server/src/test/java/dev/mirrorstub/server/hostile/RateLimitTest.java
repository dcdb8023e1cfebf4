package dev.mirrorstub.server.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.server.http.StubServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Per-client and global rates hold within 10 % under concurrent load, refusals are Jetty's HTML
 * 429 page, and a client is served again once the load stops. Clients are told apart by source
 * address, so each simulated client connects from its own loopback address (127.0.0.2, ...).
 */
@Timeout(60)
class RateLimitTest {

  /** Long enough that the bucket's initial burst (a tenth of a second's worth) stays small. */
  private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(3);
  private static final byte[] BODY = "{\"source_topic_name\":\"no-source\"}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] REQUEST = Raw.request("POST", Stub.mirrorsPath(), List.of(
      "Authorization: " + Stub.basic(), "Content-Type: application/json", "Content-Length: " + BODY.length), BODY);

  @Test
  void createMirror_oneClientOverItsRate_isHeldToItWithin10Percent() throws Exception {
    int perClient = 40;
    try (StubServer server = Stub.start(Stub.config(Stub.limits(1_048_576, perClient, 0), 10_000))) {
      Load load = hammer(server, List.of("127.0.0.2"), 4);

      assertWithin10Percent(perClient * 3, load.accepted(0), "accepted in 3 s");
      assertTrue(load.refused() > 0, "the client went over its rate");
      Stub.assertTooManyRequestsPage(load.firstRefusal.get());
      assertRecovers(server, "127.0.0.2");
    }
  }

  @Test
  void createMirror_manyClientsOverTheGlobalRate_areHeldToItWithin10Percent() throws Exception {
    int global = 60;
    List<String> clients = List.of("127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5");
    try (StubServer server = Stub.start(Stub.config(Stub.limits(1_048_576, 25, global), 10_000))) {
      Load load = hammer(server, clients, 2);

      assertWithin10Percent(global * 3, load.acceptedTotal(),
          "accepted in 3 s, all clients together " + java.util.Arrays.toString(load.acceptedPerClient()));
      for (int c = 0; c < clients.size(); c++) {
        assertTrue(load.accepted(c) <= 25 * 3 * 1.1 + 3, "client " + clients.get(c) + " over its own rate");
      }
      Stub.assertTooManyRequestsPage(load.firstRefusal.get());
      for (String client : clients) {
        assertRecovers(server, client);
      }
    }
  }

  private static void assertWithin10Percent(int expected, long actual, String what) {
    assertTrue(Math.abs(actual - expected) <= expected / 10.0,
        what + ": " + actual + ", expected " + expected + " +- 10 %");
  }

  /** Once the load stops, the bucket refills: the client's next requests are served again. */
  private static void assertRecovers(StubServer server, String client) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    try (Raw raw = Raw.connect(server.baseUri(), client)) {
      while (true) {
        Reply reply = raw.send(REQUEST);
        if (reply.status() != 429) {
          Stub.assertErrorBody(reply, 404, 40403);
          return;
        }
        assertTrue(System.nanoTime() < deadline, client + " still refused 2 s after the load stopped");
        Thread.sleep(20);
      }
    }
  }

  record Load(long[] acceptedPerClient, long refusedTotal, AtomicReference<Reply> firstRefusal) {
    long accepted(int client) {
      return acceptedPerClient[client];
    }

    long acceptedTotal() {
      long sum = 0;
      for (long a : acceptedPerClient) {
        sum += a;
      }
      return sum;
    }

    long refused() {
      return refusedTotal;
    }
  }

  /** {@code threadsPerClient} keep-alive connections per client address, sending back to back for the window. */
  private static Load hammer(StubServer server, List<String> clients, int threadsPerClient) throws Exception {
    int threads = clients.size() * threadsPerClient;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    AtomicReference<Reply> firstRefusal = new AtomicReference<>();
    try {
      List<Future<long[]>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String client = clients.get(t % clients.size());
        results.add(pool.submit(() -> {
          long accepted = 0;
          long refused = 0;
          Raw raw = Raw.connect(server.baseUri(), client);
          try {
            ready.countDown();
            go.await();
            long deadline = System.nanoTime() + WINDOW_NANOS;
            while (System.nanoTime() < deadline) {
              Reply reply = raw.send(REQUEST);
              assertNotNull(reply);
              assertTrue(reply.status() != Reply.CLOSED && reply.status() < 500, () -> "answer " + reply);
              if (reply.status() == 429) {
                refused++;
                firstRefusal.compareAndSet(null, reply);
              } else {
                accepted++;
              }
            }
          } finally {
            raw.close();
          }
          return new long[] {accepted, refused};
        }));
      }
      ready.await();
      go.countDown();
      long[] acceptedPerClient = new long[clients.size()];
      long refused = 0;
      for (int t = 0; t < threads; t++) {
        long[] r = results.get(t).get();
        acceptedPerClient[t % clients.size()] += r[0];
        refused += r[1];
      }
      assertEquals(threads, results.size());
      return new Load(acceptedPerClient, refused, firstRefusal);
    } finally {
      pool.shutdownNow();
    }
  }
}
