package dev.mirrorstub.server.faults;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Makes the stub misbehave on purpose, so that a consumer's tests can exercise its retry logic:
 * the next N calls (or every call), optionally only those to one cluster or link or of one
 * operation of the spec, answer 429, 500 / 50003, 503 / 50302 or another 5xx, or are delayed.
 *
 * <pre>{@code
 * faults.next(2).tooManyRequests();
 * faults.next(1).onLink("cluster-1", "link-sb1").afterProcessing().internalError();
 * faults.next(1).onOperation("updateKafkaMirrorTopicsPromote").serviceUnavailable();
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
  private long lastId;
  private volatile OperationRoutes routes;

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

  /** Disarms every fault and sets the call count back to 0 (and the next fault's id back to 1). */
  public synchronized void clear() {
    armed.clear();
    calls.set(0);
    lastId = 0;
  }

  /** Calls the server has received since it started or since {@link #clear()}, faulted or not. */
  public long calls() {
    return calls.get();
  }

  /** Faults still armed. */
  public synchronized List<Fault> armed() {
    return List.copyOf(armed);
  }

  /** The spec's operation ids, which {@link FaultPlan#onOperation} accepts; known once a server runs with this. */
  public Set<String> operationIds() {
    return routes().ids();
  }

  /** Called by the server: how to tell a request's operation. */
  void useRoutes(OperationRoutes routes) {
    this.routes = Objects.requireNonNull(routes);
  }

  OperationRoutes routes() {
    OperationRoutes known = routes;
    if (known == null) {
      throw new IllegalStateException("operation ids are known once a server runs with this injector:"
          + " StubServer.start(host, port, config, mirrors, faults)");
    }
    return known;
  }

  /** {@link #take(String, String, Supplier)} for a request of no known operation. */
  public Optional<Fault> take(String clusterId, String linkName) {
    return take(clusterId, linkName, () -> null);
  }

  /**
   * Called by the server once per request, with the request's cluster id and link name (null
   * when the path has none) and a way to tell its operation id (asked only when a fault armed for
   * an operation is tried): the fault to apply, already counted, if one matches.
   */
  public Optional<Fault> take(String clusterId, String linkName, Supplier<String> operationId) {
    calls.incrementAndGet();
    synchronized (this) {
      String operation = null;
      boolean known = false;
      for (Iterator<Fault> it = armed.iterator(); it.hasNext(); ) {
        Fault fault = it.next();
        if (!fault.matches(clusterId, linkName)) {
          continue;
        }
        if (fault.limitedToAnOperation()) {
          if (!known) {
            operation = operationId.get();
            known = true;
          }
          if (!fault.operationId().equals(operation)) {
            continue;
          }
        }
        if (fault.consume()) {
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
    fault.id(++lastId);
    armed.add(fault);
    return fault;
  }
}
