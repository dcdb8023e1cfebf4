package dev.mirrorstub.client;

import dev.mirrorstub.client.generated.invoker.ApiException;
import dev.mirrorstub.client.generated.model.ErrorResponse;
import java.util.Optional;

/** Typed access to what an {@link ApiException} carries for the documented error statuses. */
public final class MirrorApiErrors {

  private MirrorApiErrors() {
  }

  /** The spec's Error body ({@code error_code}, {@code message}) for every JSON error status. */
  public static Optional<ErrorResponse> error(ApiException e) {
    return e.getErrorEntity() instanceof ErrorResponse error ? Optional.of(error) : Optional.empty();
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
}
