package dev.mirrorstub.server.errors;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one exception of the HTTP layer, as Kafka REST's {@code RestException}: an HTTP status,
 * Kafka REST's {@code error_code} and a message, plus the few headers that some refusals carry.
 * Filters and handlers throw it; {@link ErrorMapper} answers it with the spec's Error body, built
 * by {@link ErrorResponses}. No stack trace: it is an answer, not a fault, and a flood of
 * unauthenticated requests must stay cheap.
 */
public final class RestException extends RuntimeException {

  static final String AUTHENTICATION_FAILED = "Authentication failed";
  static final String NOT_AUTHORIZED = "Request is not authorized";
  /** Methods Jersey answers on its own wherever a resource exists; the spec documents neither. */
  private static final Set<String> IMPLICIT_METHODS = Set.of("OPTIONS", "HEAD");

  private final int status;
  private final int errorCode;
  private final Map<String, String> headers;

  public RestException(int status, int errorCode, String message) {
    this(status, errorCode, message, Map.of());
  }

  private RestException(int status, int errorCode, String message, Map<String, String> headers) {
    super(Objects.requireNonNull(message), null, false, false);
    this.status = status;
    this.errorCode = errorCode;
    this.headers = Map.copyOf(headers);
  }

  public int status() {
    return status;
  }

  public int errorCode() {
    return errorCode;
  }

  /** Headers the answer carries besides Content-Type. */
  public Map<String, String> headers() {
    return headers;
  }

  /** No valid credentials: Kafka REST's 401 / 40101, with the challenge of the Basic scheme. */
  public static RestException unauthorized() {
    return new RestException(401, 40101, AUTHENTICATION_FAILED,
        Map.of("WWW-Authenticate", "Basic realm=\"kafka-rest\""));
  }

  /** A valid credential whose scope excludes the cluster: 403 / 40301. */
  public static RestException forbidden() {
    return new RestException(403, 40301, NOT_AUTHORIZED);
  }

  /** The rest of the body is not read, so the connection cannot carry another request. */
  public static RestException bodyTooLarge(int maxBytes) {
    return new RestException(413, 413, "Request body is larger than " + maxBytes + " bytes.",
        Map.of("Connection", "close"));
  }

  /** The transport failed while the body was read: the request is incomplete, not the server broken. */
  public static RestException bodyUnreadable(IOException cause) {
    return new RestException(400, 400, "Request body could not be read"
        + (cause.getMessage() == null ? "." : ": " + cause.getMessage()), Map.of("Connection", "close"));
  }

  /** A request the stub refuses before Jersey sees it (Host headers): answered, then the connection closed. */
  public static RestException malformedRequest(String message) {
    return new RestException(400, 400, message, Map.of("Connection", "close"));
  }

  public static RestException unsupportedMediaType() {
    return new RestException(415, 415, "HTTP 415 Unsupported Media Type");
  }

  /** {@code Allow} names the documented methods only: OPTIONS and HEAD are dropped from {@code allowed}. */
  public static RestException notAllowed(int status, String message, String allowed) {
    String documented = Arrays.stream(allowed.split(","))
        .map(String::strip)
        .filter(m -> !IMPLICIT_METHODS.contains(m.toUpperCase(Locale.ROOT)))
        .collect(Collectors.joining(","));
    return new RestException(status, status, message, Map.of("Allow", documented));
  }

  /** What a bug gets: no detail, no stack trace. */
  public static RestException internalError() {
    return new RestException(500, 500, "Internal Server Error");
  }

  /** For a stream that refuses to go on (body limits): an IOException whose cause is this answer. */
  public IOException asIOException() {
    return new IOException(getMessage(), this);
  }
}
