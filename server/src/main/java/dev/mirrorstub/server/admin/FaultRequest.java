package dev.mirrorstub.server.admin;

import static dev.mirrorstub.server.domain.MirrorException.badRequest;

import dev.mirrorstub.server.faults.Fault;
import dev.mirrorstub.server.faults.FaultInjector;
import dev.mirrorstub.server.faults.FaultPlan;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A fault as the admin API arms it, checked whole before anything is armed: the same faults as
 * {@link FaultInjector}'s, named by fields instead of calls. Null fields are left out.
 */
public record FaultRequest(Kind kind, Integer times, String clusterId, String linkName, String operationId,
                           Boolean afterProcessing, Integer status, Integer errorCode, String message,
                           Long retryAfterSeconds, String retryAfterDate, Long delayMs) {

  /** What the fault does; {@link #spelling()} is how the admin API writes it. */
  public enum Kind {
    TOO_MANY_REQUESTS, INTERNAL_ERROR, SERVICE_UNAVAILABLE, SERVER_ERROR, DELAY;

    public String spelling() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The kind an armed fault shows: 500 / 50003 is internal_error, 503 / 50302 service_unavailable. */
    public static Kind of(Fault f) {
      return switch (f.kind()) {
        case TOO_MANY_REQUESTS -> TOO_MANY_REQUESTS;
        case DELAY -> DELAY;
        case SERVER_ERROR -> f.message() == null ? INTERNAL_ERROR
            : f.status() == 503 && f.errorCode() == 50302 && SERVICE_UNAVAILABLE_MESSAGE.equals(f.message())
                ? SERVICE_UNAVAILABLE : SERVER_ERROR;
      };
    }
  }

  private static final String SERVICE_UNAVAILABLE_MESSAGE = "Broker not available.";

  /** Arms the fault, or refuses it (400) with nothing armed. */
  public Fault arm(FaultInjector faults) {
    check(faults);
    FaultPlan plan = times == null ? faults.everyCall() : faults.next(times);
    if (linkName != null) {
      plan.onLink(clusterId, linkName);
    } else if (clusterId != null) {
      plan.onCluster(clusterId);
    }
    if (operationId != null) {
      plan.onOperation(operationId);
    }
    if (Boolean.TRUE.equals(afterProcessing)) {
      plan.afterProcessing();
    }
    if (retryAfterSeconds != null) {
      plan.retryAfter(Duration.ofSeconds(retryAfterSeconds));
    } else if (retryAfterDate != null) {
      plan.retryAfter(httpDate());
    }
    return switch (kind) {
      case TOO_MANY_REQUESTS -> plan.tooManyRequests();
      case INTERNAL_ERROR -> plan.internalError();
      case SERVICE_UNAVAILABLE -> plan.serviceUnavailable();
      case SERVER_ERROR -> plan.serverError(status, errorCode, message);
      case DELAY -> plan.delay(Duration.ofMillis(delayMs));
    };
  }

  private void check(FaultInjector faults) {
    if (kind == null) {
      throw badRequest(400, "kind is required: one of " + Arrays.stream(Kind.values()).map(Kind::spelling)
          .collect(Collectors.joining(", ")) + ".");
    }
    if (times != null && times < 1) {
      throw badRequest(400, "times must be at least 1 (leave it out for every call).");
    }
    if (linkName != null && clusterId == null) {
      throw badRequest(400, "link_name needs cluster_id.");
    }
    if (operationId != null && !faults.operationIds().contains(operationId)) {
      throw badRequest(400, "Unknown operation_id " + operationId + ": see the operationId values of openapi.yaml,"
          + " e.g. createKafkaMirrorTopic.");
    }
    if (kind == Kind.TOO_MANY_REQUESTS && Boolean.TRUE.equals(afterProcessing)) {
      throw badRequest(400, "The real server answers 429 before it processes a request; after_processing cannot be"
          + " true for too_many_requests.");
    }
    checkServerError();
    if (kind == Kind.DELAY && (delayMs == null || delayMs < 0)) {
      throw badRequest(400, "A delay needs delay_ms (0 or more).");
    }
    if (kind != Kind.DELAY && delayMs != null) {
      throw badRequest(400, "delay_ms is for delay only.");
    }
    checkRetryAfter();
  }

  private void checkServerError() {
    if (kind != Kind.SERVER_ERROR) {
      if (status != null || errorCode != null || message != null) {
        throw badRequest(400, "status, error_code and message are for server_error only.");
      }
      return;
    }
    if (status == null || errorCode == null || message == null || message.isBlank()) {
      throw badRequest(400, "A server_error needs status (500 to 599), error_code and message.");
    }
    if (status < 500 || status > 599) {
      throw badRequest(400, "The spec documents server errors as 5XX; got " + status + ".");
    }
  }

  private void checkRetryAfter() {
    if (retryAfterSeconds == null && retryAfterDate == null) {
      return;
    }
    if (kind == Kind.DELAY) {
      throw badRequest(400, "Retry-After belongs to an error answer, not to a delay.");
    }
    if (retryAfterSeconds != null && retryAfterDate != null) {
      throw badRequest(400, "Give retry_after_seconds or retry_after_date, not both.");
    }
    if (retryAfterSeconds != null && retryAfterSeconds < 0) {
      throw badRequest(400, "retry_after_seconds must not be negative.");
    }
    if (retryAfterDate != null) {
      httpDate();
    }
  }

  private Instant httpDate() {
    try {
      return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(retryAfterDate));
    } catch (DateTimeParseException e) {
      throw badRequest(400, "retry_after_date must be an HTTP date, e.g. Tue, 01 Dec 2026 12:00:00 GMT.");
    }
  }
}
