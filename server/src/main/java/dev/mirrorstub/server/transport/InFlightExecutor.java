package dev.mirrorstub.server.transport;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the exchanges the JDK server has handed to its workers and that have not finished: a
 * request whose headers or body are still arriving counts, an idle keep-alive connection does not.
 */
final class InFlightExecutor implements Executor {

  private final Executor workers;
  private final AtomicInteger inFlight = new AtomicInteger();

  InFlightExecutor(Executor workers) {
    this.workers = workers;
  }

  int inFlight() {
    return inFlight.get();
  }

  @Override
  public void execute(Runnable exchange) {
    inFlight.incrementAndGet();
    try {
      workers.execute(() -> {
        try {
          exchange.run();
        } finally {
          inFlight.decrementAndGet();
        }
      });
    } catch (RejectedExecutionException e) {
      inFlight.decrementAndGet();
      throw e;
    }
  }
}
