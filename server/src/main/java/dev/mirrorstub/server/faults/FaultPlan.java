package dev.mirrorstub.server.faults;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * A fault being described: which calls it hits and how; one of the terminal methods
 * ({@link #tooManyRequests()}, {@link #internalError()}, {@link #serviceUnavailable()},
 * {@link #serverError}, {@link #delay}) arms it and returns it.
 */
public final class FaultPlan {

  /** RFC 9110's IMF-fixdate; {@code RFC_1123_DATE_TIME} would drop the day's leading zero. */
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

  private final FaultInjector injector;
  final int calls;
  String clusterId;
  String linkName;
  String operationId;
  String retryAfter;
  boolean afterProcessing;

  FaultPlan(FaultInjector injector, int calls) {
    this.injector = injector;
    this.calls = calls;
  }

  /** Only calls to this cluster (any link) count. */
  public FaultPlan onCluster(String clusterId) {
    this.clusterId = Objects.requireNonNull(clusterId, "clusterId");
    return this;
  }

  /** Only calls to this link of this cluster count. */
  public FaultPlan onLink(String clusterId, String linkName) {
    onCluster(clusterId);
    this.linkName = Objects.requireNonNull(linkName, "linkName");
    return this;
  }

  /**
   * Only calls of this operation count, named by the spec's {@code operationId} (say
   * {@code updateKafkaMirrorTopicsPromote}); combines with {@link #onCluster} and {@link #onLink}.
   *
   * @throws IllegalArgumentException for an id that is not one of the spec's, listing those
   * @throws IllegalStateException when no server runs with this injector yet (it learns the ids from the server)
   */
  public FaultPlan onOperation(String operationId) {
    this.operationId = injector.routes().requireKnown(Objects.requireNonNull(operationId, "operationId"));
    return this;
  }

  /**
   * The call is processed normally (a mirror may be created), then its answer is replaced by the
   * fault, or delayed: the answer was lost on the way back. This is what makes a retried create
   * meet "already exists". Not for 429, which the real server sends before it processes anything.
   */
  public FaultPlan afterProcessing() {
    this.afterProcessing = true;
    return this;
  }

  /** Adds {@code Retry-After: <seconds>}. The real server sends none; clients must cope with both. */
  public FaultPlan retryAfter(Duration wait) {
    if (wait.isNegative()) {
      throw new IllegalArgumentException("Retry-After must not be negative");
    }
    long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
    this.retryAfter = Long.toString(seconds);
    return this;
  }

  /** Adds {@code Retry-After: <HTTP-date>}, the header's other form. */
  public FaultPlan retryAfter(Instant when) {
    this.retryAfter = HTTP_DATE.format(when.atOffset(ZoneOffset.UTC));
    return this;
  }

  /** 429 with Jetty's HTML page, as the real rate limiter answers. */
  public Fault tooManyRequests() {
    if (afterProcessing) {
      throw new IllegalStateException("the real server answers 429 before it processes a request");
    }
    return arm(new Fault(this, Fault.Kind.TOO_MANY_REQUESTS, 429, 0, null, null));
  }

  /** 500 with error_code 50003, Kafka REST's retriable error (a time-out over the link). */
  public Fault internalError() {
    return arm(new Fault(this, Fault.Kind.SERVER_ERROR, 500, 50003, null, null));
  }

  /** 503 with error_code 50302, Kafka REST's "broker not available". */
  public Fault serviceUnavailable() {
    return serverError(503, 50302, "Broker not available.");
  }

  /** Any 5xx with the spec's Error body, e.g. 501 to check that a client does not retry it. */
  public Fault serverError(int status, int errorCode, String message) {
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException("the spec documents server errors as 5XX; got " + status);
    }
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("message must not be blank");
    }
    return arm(new Fault(this, Fault.Kind.SERVER_ERROR, status, errorCode, message, null));
  }

  /** The call waits this long (before processing, or before answering after it), then goes on normally. */
  public Fault delay(Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative");
    }
    if (retryAfter != null) {
      throw new IllegalStateException("Retry-After belongs to an error answer, not a delay");
    }
    return arm(new Fault(this, Fault.Kind.DELAY, 0, 0, null, delay));
  }

  private Fault arm(Fault fault) {
    return injector.arm(fault);
  }
}
