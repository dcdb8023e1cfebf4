package dev.mirrorstub.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {

  @Test
  void backoffBound_doublesPerRetryUpToMaxBackoff() {
    RetryPolicy policy = RetryPolicy.DEFAULT;

    assertEquals(Duration.ofSeconds(1), policy.backoffBound(1));
    assertEquals(Duration.ofSeconds(2), policy.backoffBound(2));
    assertEquals(Duration.ofSeconds(16), policy.backoffBound(5));
    assertEquals(Duration.ofSeconds(30), policy.backoffBound(6));
    assertEquals(Duration.ofSeconds(30), policy.backoffBound(Integer.MAX_VALUE));
  }

  @ParameterizedTest
  @ValueSource(longs = {1L, 42L, 20261125L})
  void backoff_seededRandom_alwaysBetweenZeroAndTheBound(long seed) {
    Random random = new Random(seed);
    RetryPolicy policy = new RetryPolicy(20, Duration.ofMillis(7), Duration.ofSeconds(3), Duration.ofMinutes(5));
    for (int i = 0; i < 1_000; i++) {
      int retry = 1 + random.nextInt(30);
      Duration wait = policy.backoff(retry, random::nextDouble);
      assertTrue(!wait.isNegative() && wait.compareTo(policy.backoffBound(retry)) < 0, retry + " -> " + wait);
    }
  }

  @Test
  void backoff_randomOutsideUnitInterval_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.DEFAULT.backoff(1, () -> 1.0));
  }

  @Test
  void newPolicy_impossibleValues_areRejected() {
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.DEFAULT.withMaxAttempts(0));
    assertThrows(IllegalArgumentException.class,
        () -> RetryPolicy.DEFAULT.withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.DEFAULT.withMaxTotalTime(Duration.ofSeconds(-1)));
  }

  @Test
  void retryAfter_dateInThePast_meansNoWait() {
    Instant now = Instant.parse("2030-06-01T12:00:00Z");

    assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Sat, 01 Jun 2030 11:59:00 GMT", now));
  }

  @Test
  void retryAfter_hugeNumber_isCappedAtADay() {
    assertEquals(Optional.of(Duration.ofDays(1)), RetryAfter.parse("99999999999999999999", Instant.EPOCH));
  }

  @Test
  void retryAfter_negativeOrGarbage_isIgnored() {
    assertEquals(Optional.empty(), RetryAfter.parse("-5", Instant.EPOCH));
    assertEquals(Optional.empty(), RetryAfter.parse("", Instant.EPOCH));
    assertEquals(Optional.empty(), RetryAfter.parse("in a while", Instant.EPOCH));
  }
}
