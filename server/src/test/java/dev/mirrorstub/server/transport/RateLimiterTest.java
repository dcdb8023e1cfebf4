package dev.mirrorstub.server.transport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The buckets on a clock of the test's own, where the end-to-end test cannot see exact counts. */
class RateLimiterTest {

  private long now;

  @Test
  void tryAcquire_refusedByTheGlobalRate_keepsTheClientsToken() throws Exception {
    // 1/s per client: one token, refilled in a second. 2/s global: two tokens, one per 500 ms.
    RateLimiter limiter = new RateLimiter(1, 2, () -> now);
    InetAddress a = InetAddress.getByName("127.0.0.2");
    InetAddress b = InetAddress.getByName("127.0.0.3");
    InetAddress c = InetAddress.getByName("127.0.0.4");

    assertTrue(limiter.tryAcquire(a));
    assertTrue(limiter.tryAcquire(b));
    assertFalse(limiter.tryAcquire(c), "the global bucket is empty");
    now += TimeUnit.MILLISECONDS.toNanos(500);

    assertTrue(limiter.tryAcquire(c), "c's own token was not spent on the refusal");
    assertFalse(limiter.tryAcquire(a), "a's own bucket has only half a token again");
  }

  @Test
  void tryAcquire_afterTheLoadStops_servesAgain() throws Exception {
    RateLimiter limiter = new RateLimiter(10, 0, () -> now);
    InetAddress a = InetAddress.getByName("127.0.0.2");

    for (int i = 0; i < 10; i++) {
      assertTrue(limiter.tryAcquire(a), "a second's worth at once");
    }
    assertFalse(limiter.tryAcquire(a));
    now += TimeUnit.MILLISECONDS.toNanos(100);

    assertTrue(limiter.tryAcquire(a));
    assertFalse(limiter.tryAcquire(a));
  }
}
