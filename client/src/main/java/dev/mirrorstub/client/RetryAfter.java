package dev.mirrorstub.client;

import dev.mirrorstub.client.generated.invoker.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code Retry-After} (delay-seconds or HTTP-date, RFC 9110 10.2.3) from an error answer. */
final class RetryAfter {

  private RetryAfter() {
  }

  /** The wait the server asked for; empty when it asked for none or sent something unreadable. */
  static Optional<Duration> of(ApiException e, Instant now) {
    Map<String, List<String>> headers = e.getResponseHeaders();
    if (headers == null) {
      return Optional.empty();
    }
    // Header names arrive in whatever case the server or connector chose ("Retry-after" from the JDK server).
    return headers.entrySet().stream()
        .filter(h -> h.getKey() != null && h.getKey().equalsIgnoreCase("Retry-After"))
        .flatMap(h -> h.getValue().stream())
        .findFirst()
        .flatMap(value -> parse(value.trim(), now));
  }

  static Optional<Duration> parse(String value, Instant now) {
    if (!value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      // Nobody means more than a day; a longer number is capped rather than overflowing.
      return Optional.of(value.length() > 6 ? Duration.ofDays(1) : Duration.ofSeconds(Long.parseLong(value)));
    }
    try {
      Instant when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(now, when);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }
}
