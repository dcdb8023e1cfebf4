package dev.mirrorstub.server.faults;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the stub misbehave on purpose, so that a consumer's tests can exercise its retry logic:
 * the next N calls (or every call), optionally only those to one cluster or link, answer 429,
 * 500 / 50003, 503 / 50302 or another 5xx, or are delayed.
 *
 * <pre>{@code
 * faults.next(2).tooManyRequests();
 * faults.next(1).onLink("cluster-1", "link-sb1").afterProcessing().internalError();
 * }</pre>
 *
 * <p>It exists only when code constructs one and hands it to
 * {@code StubServer.start(host, port, config, mirrors, faults)}: the command line and the
 * configuration file cannot switch it on, and a server started without one has no fault filter.
 * Faults are tried in the order they were armed; a call fires at most one.
 */
public final class FaultInjector {

  private final List<Fault> armed = new ArrayList<>();
  private final AtomicLong calls = new AtomicLong();

  /** A fault for the next {@code calls} matching calls. */
  public FaultPlan next(int calls) {
    if (calls < 1) {
      throw new IllegalArgumentException("calls must be at least 1");
    }
    return new FaultPlan(this, calls);
  }

  /** A fault for every matching call, until {@link #clear()}. */
  public FaultPlan everyCall() {
    return new FaultPlan(this, Fault.UNLIMITED);
  }

  /** Disarms every fault and sets the call count back to 0. */
  public synchronized void clear() {
    armed.clear();
    calls.set(0);
  }

  /** Calls the server has received since it started or since {@link #clear()}, faulted or not. */
  public long calls() {
    return calls.get();
  }

  /** Faults still armed. */
  public synchronized List<Fault> armed() {
    return List.copyOf(armed);
  }

  /**
   * Called by the server once per request, with the request's cluster id and link name (null
   * when the path has none): the fault to apply, already counted, if one matches.
   */
  public Optional<Fault> take(String clusterId, String linkName) {
    calls.incrementAndGet();
    synchronized (this) {
      for (Iterator<Fault> it = armed.iterator(); it.hasNext(); ) {
        Fault fault = it.next();
        if (fault.matches(clusterId, linkName) && fault.consume()) {
          if (fault.usedUp()) {
            it.remove();
          }
          return Optional.of(fault);
        }
      }
    }
    return Optional.empty();
  }

  synchronized Fault arm(Fault fault) {
    armed.add(fault);
    return fault;
  }
}
