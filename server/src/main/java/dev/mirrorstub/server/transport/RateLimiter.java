package dev.mirrorstub.server.transport;

import java.net.InetAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-client (by IP address, like Jetty's DoSFilter) and global request rates, as token buckets
 * that hold one second's worth of requests: as with the DoSFilter, N requests may come at once
 * after a quiet second, and a server paused by a busy machine loses no share of its rate.
 * A rate of 0 switches that limit off.
 */
final class RateLimiter {

  private static final int MAX_TRACKED_CLIENTS = 10_000;

  private final int perClient;
  private final Bucket global;
  private final ConcurrentHashMap<InetAddress, Bucket> clients = new ConcurrentHashMap<>();
  private final LongSupplier nanoClock;

  RateLimiter(int perClientPerSecond, int globalPerSecond) {
    this(perClientPerSecond, globalPerSecond, System::nanoTime);
  }

  RateLimiter(int perClientPerSecond, int globalPerSecond, LongSupplier nanoClock) {
    this.perClient = perClientPerSecond;
    this.nanoClock = nanoClock;
    this.global = globalPerSecond > 0 ? new Bucket(globalPerSecond, nanoClock.getAsLong()) : null;
  }

  boolean enabled() {
    return perClient > 0 || global != null;
  }

  /**
   * True when the request may go on. A refused request uses up no token: a client's token is
   * given back when the global bucket says no, or the clients that happen to come first would
   * burn the others' share.
   */
  boolean tryAcquire(InetAddress client) {
    long now = nanoClock.getAsLong();
    Bucket bucket = null;
    if (perClient > 0) {
      if (clients.size() > MAX_TRACKED_CLIENTS) {
        clients.values().removeIf(b -> b.isFull(now));
      }
      bucket = clients.computeIfAbsent(client, c -> new Bucket(perClient, now));
      if (!bucket.tryTake(now)) {
        return false;
      }
    }
    if (global == null || global.tryTake(now)) {
      return true;
    }
    if (bucket != null) {
      bucket.giveBack();
    }
    return false;
  }

  private static final class Bucket {
    private final double perNano;
    private final double capacity;
    private double tokens;
    private long last;

    Bucket(int perSecond, long now) {
      this.perNano = perSecond / 1e9;
      this.capacity = perSecond;
      this.tokens = capacity;
      this.last = now;
    }

    synchronized boolean tryTake(long now) {
      refill(now);
      if (tokens >= 1.0) {
        tokens -= 1.0;
        return true;
      }
      return false;
    }

    synchronized void giveBack() {
      tokens = Math.min(capacity, tokens + 1.0);
    }

    synchronized boolean isFull(long now) {
      refill(now);
      return tokens >= capacity;
    }

    private void refill(long now) {
      if (now > last) {
        tokens = Math.min(capacity, tokens + (now - last) * perNano);
        last = now;
      }
    }
  }
}
