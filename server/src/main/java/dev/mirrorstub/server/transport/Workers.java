package dev.mirrorstub.server.transport;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK server's workers: a few threads take the exchanges in the order they arrive. The JDK
 * server holds a worker while a request's headers and body arrive, so a slow client (or a delay
 * injected by a fault) holds one for as long as it lasts: each worker that has been on one exchange
 * for more than {@value #HELD_MS} ms, which no request that only waits for the CPU takes, is
 * replaced by one more thread, up to {@code max}; when {@code max} are held, a new exchange is
 * refused and the JDK server closes its connection at once. Extra threads end after a minute
 * without work.
 *
 * <p>Measured (docs/PERFORMANCE.md, issue 14): the former pool handed each exchange to an idle thread
 * or else to a new one, so it ran about one thread per busy connection (34 threads at 32
 * connections, 181 at 300) on 2 cores; with the queue a request takes 12-15 % less CPU (38 % less
 * at 1,000 connections), the difference being thread switches.
 */
final class Workers implements Executor {

  static final long HELD_MS = 100;
  private static final long CHECK_MS = 50;
  private static final long IDLE = Long.MIN_VALUE;

  private final int base;
  private final int max;
  private final ThreadPoolExecutor pool;
  private final Set<Worker> threads = ConcurrentHashMap.newKeySet();
  private final Thread watch;
  private volatile boolean allHeld;

  Workers(int base, int max) {
    this.base = base;
    this.max = max;
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(base, max, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
        r -> new Worker(r, "stub-worker-" + n.incrementAndGet())) {
      @Override
      protected void beforeExecute(Thread worker, Runnable exchange) {
        ((Worker) worker).busySince = System.nanoTime();
      }

      @Override
      protected void afterExecute(Runnable exchange, Throwable failure) {
        ((Worker) Thread.currentThread()).busySince = IDLE;
      }
    };
    this.watch = new Thread(this::watch, "stub-workers-watch");
    watch.setDaemon(true);
    watch.start();
  }

  @Override
  public void execute(Runnable exchange) {
    if (allHeld) {
      throw new RejectedExecutionException("all " + max + " workers are held by unfinished requests");
    }
    pool.execute(exchange);
  }

  void shutdown() {
    watch.interrupt();
    pool.shutdown();
  }

  boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
    return pool.awaitTermination(timeout, unit);
  }

  private void watch() {
    try {
      while (!pool.isShutdown()) {
        Thread.sleep(CHECK_MS);
        adjust();
      }
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    }
  }

  /** One more thread for each held worker; back to the base number when none is held. */
  void adjust() {
    long now = System.nanoTime();
    int held = 0;
    for (Worker w : threads) {
      long since = w.busySince;
      if (since != IDLE && now - since > TimeUnit.MILLISECONDS.toNanos(HELD_MS)) {
        held++;
      }
    }
    int wanted = Math.min(max, base + held);
    if (wanted != pool.getCorePoolSize()) {
      pool.setCorePoolSize(wanted);
    }
    allHeld = held >= max;
  }

  /** A worker thread that tells since when it has been on its current exchange. */
  private final class Worker extends Thread {
    volatile long busySince = IDLE;

    Worker(Runnable loop, String name) {
      super(loop, name);
      setDaemon(true);
    }

    @Override
    public void run() {
      threads.add(this);
      try {
        super.run();
      } finally {
        threads.remove(this);
      }
    }
  }
}
