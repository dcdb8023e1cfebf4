package dev.mirrorstub.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mirrorstub.client.generated.invoker.ApiException;
import dev.mirrorstub.client.generated.invoker.JSON;
import dev.mirrorstub.client.generated.model.ErrorResponse;
import java.util.Optional;

/**
 * Typed access to what an {@link ApiException} carries for the documented error statuses. The
 * generated client types the body of an exact status only (a 503 does not find the spec's
 * {@code 5XX} entry); every JSON error this API documents is the spec's Error, so a JSON body that
 * the generated client left untyped is read here, from the exception's public getters.
 */
public final class MirrorApiErrors {

  private static final ObjectMapper MAPPER = new JSON().getMapper();

  private MirrorApiErrors() {
  }

  /** The spec's Error body ({@code error_code}, {@code message}) for every JSON error status. */
  public static Optional<ErrorResponse> error(ApiException e) {
    if (e.getErrorEntity() instanceof ErrorResponse error) {
      return Optional.of(error);
    }
    if (e.getErrorEntity() != null || e.getCode() < 400 || e.getResponseBody() == null || !isJson(e)) {
      return Optional.empty();
    }
    try {
      return Optional.of(MAPPER.readValue(e.getResponseBody(), ErrorResponse.class));
    } catch (Exception notTheErrorSchema) {
      return Optional.empty();
    }
  }

  /** Kafka REST's {@code error_code}, when the answer had one. */
  public static Optional<Integer> errorCode(ApiException e) {
    return error(e).map(ErrorResponse::getErrorCode);
  }

  /** The HTML page of a 429 (the real server's rate limiter answers text/html). */
  public static Optional<String> html(ApiException e) {
    return e.getErrorEntity() instanceof String page ? Optional.of(page) : Optional.empty();
  }

  /** What real clients retry: 429 and every 5xx but 501. */
  public static boolean isRetriable(ApiException e) {
    int code = e.getCode();
    return code == 429 || (code >= 500 && code <= 599 && code != 501);
  }

  private static boolean isJson(ApiException e) {
    return e.getResponseHeaders() != null && e.getResponseHeaders().entrySet().stream()
        .filter(h -> h.getKey() != null && h.getKey().equalsIgnoreCase("Content-Type"))
        .flatMap(h -> h.getValue().stream())
        .anyMatch(type -> type.toLowerCase(java.util.Locale.ROOT).contains("json"));
  }
}
