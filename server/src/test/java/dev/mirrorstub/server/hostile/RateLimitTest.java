package dev.mirrorstub.server.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.server.StubServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Per-client and global rates hold within 10 % under concurrent load, refusals are Jetty's HTML
 * 429 page, and a client is served again once the load stops. Clients are told apart by source
 * address, so each simulated client connects from its own loopback address (127.0.0.2, ...).
 * The window opens once every client has been refused: a bucket starts with one second's worth
 * of requests, and a full bucket loses what it cannot hold while a cold server warms up.
 */
@Timeout(60)
class RateLimitTest {

  private static final int WINDOW_SECONDS = 3;
  private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(WINDOW_SECONDS);
  private static final byte[] BODY = "{\"source_topic_name\":\"no-source\"}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] REQUEST = Raw.request("POST", Stub.mirrorsPath(), List.of(
      "Authorization: " + Stub.basic(), "Content-Type: application/json", "Content-Length: " + BODY.length), BODY);

  @Test
  void createMirror_oneClientOverItsRate_isHeldToItWithin10Percent() throws Exception {
    int perClient = 20;
    try (StubServer server = Stub.start(Stub.config(Stub.limits(1_048_576, perClient, 0), 10_000))) {
      Load load = hammer(server, List.of("127.0.0.2"), 4);

      assertWithin10Percent(perClient * WINDOW_SECONDS, load.accepted(0),
          "accepted in 3 s, " + load.refused() + " refused");
      assertTrue(load.refused() > 0, "the client went over its rate");
      Stub.assertTooManyRequestsPage(load.firstRefusal.get());
      assertRecovers(server, "127.0.0.2");
    }
  }

  @Test
  void createMirror_manyClientsOverTheGlobalRate_areHeldToItWithin10Percent() throws Exception {
    int global = 30;
    int perClient = 12;
    List<String> clients = List.of("127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5");
    try (StubServer server = Stub.start(Stub.config(Stub.limits(1_048_576, perClient, global), 10_000))) {
      Load load = hammer(server, clients, 2);

      assertWithin10Percent(global * WINDOW_SECONDS, load.acceptedTotal(),
          "accepted in 3 s, all clients together " + java.util.Arrays.toString(load.acceptedPerClient())
              + ", " + load.refused() + " refused");
      for (int c = 0; c < clients.size(); c++) {
        assertTrue(load.accepted(c) <= perClient * WINDOW_SECONDS * 1.1,
            "client " + clients.get(c) + " over its own rate");
      }
      Stub.assertTooManyRequestsPage(load.firstRefusal.get());
      for (String client : clients) {
        assertRecovers(server, client);
      }
    }
  }

  private static void assertWithin10Percent(int expected, long actual, String what) {
    System.out.printf("Rate limit: %s: %d, expected %d%n", what, actual, expected);
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

  /**
   * {@code threadsPerClient} keep-alive connections per client address, sending back to back.
   * The window opens once every connection has been refused (the buckets are empty, and stay so
   * under the ongoing load) and counts the requests sent within it.
   */
  private static Load hammer(StubServer server, List<String> clients, int threadsPerClient) throws Exception {
    int threads = clients.size() * threadsPerClient;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    CountDownLatch refusedOnce = new CountDownLatch(threads);
    AtomicLong windowStart = new AtomicLong();
    AtomicReference<Reply> firstRefusal = new AtomicReference<>();
    try {
      List<Future<long[]>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String client = clients.get(t % clients.size());
        results.add(pool.submit(() -> {
          long accepted = 0;
          long refused = 0;
          boolean wasRefused = false;
          try (Raw raw = Raw.connect(server.baseUri(), client)) {
            ready.countDown();
            go.await();
            while (true) {
              long sent = System.nanoTime();
              Reply answer = raw.send(REQUEST);
              assertTrue(answer.status() != Reply.CLOSED && answer.status() < 500, () -> "answer " + answer);
              if (answer.status() == 429 && !wasRefused) {
                wasRefused = true;
                firstRefusal.compareAndSet(null, answer);
                refusedOnce.countDown();
              }
              long start = windowStart.get();
              if (start == 0 || sent < start) {
                continue;
              }
              if (sent - start >= WINDOW_NANOS) {
                return new long[] {accepted, refused};
              }
              if (answer.status() == 429) {
                refused++;
              } else {
                accepted++;
              }
            }
          }
        }));
      }
      ready.await();
      go.countDown();
      assertTrue(refusedOnce.await(30, TimeUnit.SECONDS), "the clients were never refused");
      windowStart.set(System.nanoTime());
      long[] acceptedPerClient = new long[clients.size()];
      long refused = 0;
      for (int t = 0; t < threads; t++) {
        long[] r = results.get(t).get();
        acceptedPerClient[t % clients.size()] += r[0];
        refused += r[1];
      }
      return new Load(acceptedPerClient, refused, firstRefusal);
    } finally {
      pool.shutdownNow();
    }
  }
}
