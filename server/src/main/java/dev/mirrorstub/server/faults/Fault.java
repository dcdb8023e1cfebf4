package dev.mirrorstub.server.faults;

import java.time.Duration;
import java.util.Objects;

/**
 * One armed fault: what the stub does instead of (or besides) answering normally, for how many
 * more matching calls, and how often it has fired. Made by {@link FaultPlan}; thread-safe.
 */
public final class Fault {

  /** What the fault does. */
  public enum Kind {
    /** Jetty's HTML 429 page, as the real server's DoSFilter sends it. */
    TOO_MANY_REQUESTS,
    /** A 5xx status with the spec's Error body. */
    SERVER_ERROR,
    /** The call waits, then goes on normally. */
    DELAY
  }

  static final int UNLIMITED = -1;

  private final Kind kind;
  private final int status;
  private final int errorCode;
  private final String message;
  private final String retryAfter;
  private final Duration delay;
  private final boolean afterProcessing;
  private final String clusterId;
  private final String linkName;
  private final String operationId;
  private final int times;
  private long id;
  private int remaining;
  private int injected;

  Fault(FaultPlan plan, Kind kind, int status, int errorCode, String message, Duration delay) {
    this.kind = Objects.requireNonNull(kind);
    this.status = status;
    this.errorCode = errorCode;
    this.message = message;
    this.delay = delay;
    this.retryAfter = plan.retryAfter;
    this.afterProcessing = plan.afterProcessing;
    this.clusterId = plan.clusterId;
    this.linkName = plan.linkName;
    this.operationId = plan.operationId;
    this.times = plan.calls;
    this.remaining = plan.calls;
  }

  /** 1 for the first fault armed since the injector was made or cleared, then counting up. */
  public synchronized long id() {
    return id;
  }

  synchronized void id(long armedAs) {
    this.id = armedAs;
  }

  public Kind kind() {
    return kind;
  }

  /** The HTTP status, or 0 for a {@link Kind#DELAY}. */
  public int status() {
    return status;
  }

  /** The {@code error_code} of a {@link Kind#SERVER_ERROR}, else 0. */
  public int errorCode() {
    return errorCode;
  }

  /** The {@code message} it was armed with; null for the 50003 error (its message names the link of the call). */
  public String message() {
    return message;
  }

  /** The {@code message} of a {@link Kind#SERVER_ERROR}; the 50003 text names the link of the call. */
  public String messageFor(String link) {
    if (message != null) {
      return message;
    }
    return link == null ? "Timed out while processing the request."
        : "Timed out while fetching topic information over cluster link '" + link + "'.";
  }

  /** The {@code Retry-After} header value to send, or null (the real server never sends one). */
  public String retryAfter() {
    return retryAfter;
  }

  /** How long a {@link Kind#DELAY} waits; null for the other kinds. */
  public Duration delay() {
    return delay;
  }

  /** True when the call is processed normally first, and only its answer is replaced or delayed. */
  public boolean afterProcessing() {
    return afterProcessing;
  }

  /** How many times this fault has fired. */
  public synchronized int injected() {
    return injected;
  }

  /** How many more matching calls it will fire on; -1 for a fault armed for every call. */
  public synchronized int remaining() {
    return remaining;
  }

  /** The spec's operation id that the fault is limited to, or null for any operation (and any path). */
  public String operationId() {
    return operationId;
  }

  /** The cluster id that the fault is limited to, or null for any cluster (and any path). */
  public String clusterId() {
    return clusterId;
  }

  /** The link name that the fault is limited to (with its cluster), or null for any link. */
  public String linkName() {
    return linkName;
  }

  /** How many matching calls it was armed for; -1 for every call. */
  public int times() {
    return times;
  }

  boolean matches(String cluster, String link) {
    return (clusterId == null || clusterId.equals(cluster)) && (linkName == null || linkName.equals(link));
  }

  boolean limitedToAnOperation() {
    return operationId != null;
  }

  /** Fires once if any call is left; false when the fault is used up. */
  synchronized boolean consume() {
    if (remaining == 0) {
      return false;
    }
    if (remaining > 0) {
      remaining--;
    }
    injected++;
    return true;
  }

  synchronized boolean usedUp() {
    return remaining == 0;
  }

  @Override
  public String toString() {
    return "Fault[" + kind + (status > 0 ? " " + status : "") + (delay != null ? " " + delay : "")
        + (afterProcessing ? " after processing" : "") + ", cluster=" + clusterId + ", link=" + linkName
        + (operationId != null ? ", operation=" + operationId : "") + ", remaining=" + remaining() + "]";
  }
}
