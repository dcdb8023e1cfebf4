package dev.mirrorstub.client;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * How {@link ResilientMirrorClient} retries: at most {@code maxAttempts} calls in all, waiting
 * {@code initialBackoff} doubled per retry up to {@code maxBackoff}, with full jitter (a uniformly
 * random wait between 0 and that bound, so that many clients failing together do not retry
 * together), and giving up rather than wait past {@code maxTotalTime} since the first attempt.
 * The defaults follow the Confluent CLI: 5 attempts, 1 s doubling to 30 s.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxTotalTime) {

  public static final RetryPolicy DEFAULT =
      new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(2));

  public RetryPolicy {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxTotalTime, "maxTotalTime");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0 || maxTotalTime.isNegative()) {
      throw new IllegalArgumentException("need 0 <= initialBackoff <= maxBackoff and maxTotalTime >= 0");
    }
  }

  public RetryPolicy withMaxAttempts(int maxAttempts) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, maxTotalTime);
  }

  public RetryPolicy withBackoff(Duration initialBackoff, Duration maxBackoff) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, maxTotalTime);
  }

  public RetryPolicy withMaxTotalTime(Duration maxTotalTime) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, maxTotalTime);
  }

  /** The upper bound of the wait before retry number {@code retry} (1 for the first retry). */
  public Duration backoffBound(int retry) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry must be at least 1");
    }
    Duration bound = initialBackoff;
    for (int i = 1; i < retry && bound.compareTo(maxBackoff) < 0; i++) {
      bound = bound.multipliedBy(2);
    }
    return bound.compareTo(maxBackoff) > 0 ? maxBackoff : bound;
  }

  /** The jittered wait before retry number {@code retry}; {@code random} yields values in [0, 1). */
  public Duration backoff(int retry, DoubleSupplier random) {
    double fraction = random.getAsDouble();
    if (fraction < 0 || fraction >= 1) {
      throw new IllegalArgumentException("random must yield values in [0, 1), got " + fraction);
    }
    return Duration.ofNanos((long) (backoffBound(retry).toNanos() * fraction));
  }
}
