package dev.mirrorstub.server.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {

  private final FaultInjector faults = new FaultInjector();

  @Test
  void next_twoCalls_firesTwiceThenDisarms() {
    Fault fault = faults.next(2).serviceUnavailable();

    assertSame(fault, faults.take("c1", "l1").orElseThrow());
    assertSame(fault, faults.take("c1", "l1").orElseThrow());
    assertTrue(faults.take("c1", "l1").isEmpty());
    assertEquals(2, fault.injected());
    assertEquals(0, fault.remaining());
    assertTrue(faults.armed().isEmpty());
  }

  @Test
  void everyCall_keepsFiringUntilCleared() {
    Fault fault = faults.everyCall().internalError();

    for (int i = 0; i < 20; i++) {
      assertTrue(faults.take("c1", null).isPresent());
    }
    faults.clear();

    assertTrue(faults.take("c1", null).isEmpty());
    assertEquals(20, fault.injected());
    assertEquals(-1, fault.remaining());
  }

  @Test
  void onLink_callToOtherLinkOrCluster_doesNotFire() {
    Fault fault = faults.next(1).onLink("c1", "l1").tooManyRequests();

    assertTrue(faults.take("c1", "l2").isEmpty());
    assertTrue(faults.take("c2", "l1").isEmpty());
    assertTrue(faults.take(null, null).isEmpty());
    assertSame(fault, faults.take("c1", "l1").orElseThrow());
  }

  @Test
  void onCluster_anyLinkOfThatCluster_fires() {
    faults.next(2).onCluster("c1").tooManyRequests();

    assertTrue(faults.take("c1", "l1").isPresent());
    assertTrue(faults.take("c1", null).isPresent());
  }

  @Test
  void take_severalFaultsArmed_firesThemInOrder() {
    Fault first = faults.next(1).tooManyRequests();
    Fault second = faults.next(1).internalError();

    assertSame(first, faults.take("c1", "l1").orElseThrow());
    assertSame(second, faults.take("c1", "l1").orElseThrow());
  }

  @Test
  void take_laterFaultMatchesWhenEarlierDoesNot_firesTheLaterOne() {
    faults.next(1).onCluster("other").tooManyRequests();
    Fault any = faults.next(1).serviceUnavailable();

    assertSame(any, faults.take("c1", "l1").orElseThrow());
    assertEquals(1, faults.armed().size());
  }

  @Test
  void calls_everyTakeCounted_clearResetsTheCount() {
    faults.next(1).internalError();
    faults.take("c1", "l1");
    faults.take("c1", "l1");
    faults.take(null, null);

    assertEquals(3, faults.calls());
    faults.clear();
    assertEquals(0, faults.calls());
  }

  @Test
  void take_manyConcurrentCalls_firesExactlyTheArmedNumber() throws Exception {
    Fault fault = faults.next(50).serviceUnavailable();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> calls = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        calls.add(() -> faults.take("c1", "l1").isPresent());
      }
      int fired = 0;
      for (Future<Boolean> f : pool.invokeAll(calls)) {
        fired += f.get() ? 1 : 0;
      }
      assertEquals(50, fired);
      assertEquals(50, fault.injected());
      assertEquals(400, faults.calls());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void internalError_default_is500With50003NamingTheLink() {
    Fault fault = faults.next(1).internalError();

    assertEquals(500, fault.status());
    assertEquals(50003, fault.errorCode());
    assertTrue(fault.messageFor("my-link").contains("'my-link'"), fault.messageFor("my-link"));
    assertFalse(fault.messageFor(null).isBlank());
  }

  @Test
  void serviceUnavailable_default_is503With50302() {
    Fault fault = faults.next(1).serviceUnavailable();

    assertEquals(503, fault.status());
    assertEquals(50302, fault.errorCode());
  }

  @Test
  void retryAfter_fractionOfASecond_roundsUpToWholeSeconds() {
    assertEquals("2", faults.next(1).retryAfter(Duration.ofMillis(1500)).tooManyRequests().retryAfter());
    assertEquals("0", faults.next(1).retryAfter(Duration.ZERO).tooManyRequests().retryAfter());
  }

  @Test
  void retryAfter_instant_isSentAsHttpDate() {
    Fault fault = faults.next(1).retryAfter(Instant.parse("2030-01-02T03:04:05Z")).serviceUnavailable();

    assertEquals("Wed, 02 Jan 2030 03:04:05 GMT", fault.retryAfter());
  }

  @Test
  void next_lessThanOneCall_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> faults.next(0));
  }

  @Test
  void tooManyRequests_afterProcessing_isRejected() {
    FaultPlan plan = faults.next(1).afterProcessing();

    assertThrows(IllegalStateException.class, plan::tooManyRequests);
    assertTrue(faults.armed().isEmpty());
  }

  @Test
  void serverError_statusOutside5xx_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> faults.next(1).serverError(404, 404, "Not Found"));
    assertThrows(IllegalArgumentException.class, () -> faults.next(1).serverError(600, 600, "odd"));
    assertThrows(IllegalArgumentException.class, () -> faults.next(1).serverError(500, 500, " "));
  }

  @Test
  void delay_withRetryAfterOrNegative_isRejected() {
    assertThrows(IllegalStateException.class,
        () -> faults.next(1).retryAfter(Duration.ofSeconds(1)).delay(Duration.ofMillis(10)));
    assertThrows(IllegalArgumentException.class, () -> faults.next(1).delay(Duration.ofMillis(-1)));
  }
}
