package dev.mirrorstub.server.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real threads released together by a start gate: a transition happens once, and a create racing a
 * link delete neither gets lost nor leaves a mirror without its link.
 */
@Timeout(60)
class LifecycleConcurrencyTest {

  private static final int THREADS = 64;
  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 200})
  void promote_sameMirrorFrom64Threads_movesItOnce(long delayMs) throws Exception {
    Lifecycle lc = new Lifecycle(delayMs);
    List<Callable<AlterMirrors.Item>> calls = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      calls.add(() -> lc.alterOne("dr", AlterMirrors.Operation.PROMOTE, "active"));
    }

    List<AlterMirrors.Item> items = race(calls);

    assertEquals(1, items.stream().filter(AlterMirrors.Item::accepted).count(), items::toString);
    for (AlterMirrors.Item item : items) {
      if (!item.accepted()) {
        assertEquals(400, item.errorCode());
        assertEquals("Topic 'active' has already stopped its mirror from 'dr'", item.errorMessage());
      }
    }
    lc.advance(delayMs);
    assertEquals(MirrorStatus.STOPPED, lc.status("dr", "active"));
    assertEquals(Lifecycle.START_MS + delayMs, lc.mirror("dr", "active").stateTimeMs(), "one transition, one time");
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void createMirrors_racingALinkDelete_loseNothingAndLeaveNoMirrorWithoutItsLink(boolean force) throws Exception {
    // Without force one created mirror blocks the delete: a single creator lets either one win.
    int creators = force ? THREADS : 1;
    for (int round = 0; round < 50; round++) {
      Lifecycle lc = new Lifecycle();
      lc.service.createLink("c", new CreateLink("race", "src", null, null, null, List.of(), null));
      List<Callable<String>> calls = new ArrayList<>();
      for (int i = 0; i < creators; i++) {
        String source = "t" + i;
        calls.add(() -> outcome(() -> lc.service.createMirror("c", "race", new CreateMirror(source, null, null, null))));
      }
      calls.add(() -> "delete:" + outcome(() -> lc.service.deleteLink("c", "race", force, null)));

      List<String> outcomes = race(calls);

      InMemoryMirrorService.Snapshot after = lc.service.snapshot("c");
      Set<String> links = new HashSet<>();
      after.links().forEach(l -> links.add(l.name()));
      after.mirrors().forEach(m -> assertTrue(links.contains(m.linkName()), () -> "orphan mirror " + m));
      boolean deleted = outcomes.get(creators).equals("delete:ok");
      assertEquals(!deleted, links.contains("race"));
      for (int i = 0; i < creators; i++) {
        String name = "t" + i;
        String outcome = outcomes.get(i);
        boolean stored = after.mirrors().stream().anyMatch(m -> m.mirrorTopicName().equals(name))
            || after.topics().contains(name);
        if (outcome.equals("ok")) {
          assertTrue(stored, () -> name + " was created and is gone");
          assertEquals(deleted, after.topics().contains(name), () -> name + ": a forced delete makes it a topic");
        } else {
          assertEquals("404 The cluster link doesn't exist: Cluster link 'race' does not exist.", outcome);
          assertTrue(deleted && !stored, () -> name + ": refused only because the link was gone");
        }
      }
      if (!force && deleted) {
        assertTrue(outcomes.subList(0, creators).stream().noneMatch("ok"::equals), "a live mirror blocks the delete");
      }
    }
  }

  private static String outcome(Runnable call) {
    try {
      call.run();
      return "ok";
    } catch (MirrorException e) {
      return (e.kind() == MirrorException.Kind.NOT_FOUND ? "404 " : e.kind() + " ") + e.getMessage();
    }
  }

  /** Runs every call at once, each on its own thread, released by one gate; the results in order. */
  private <T> List<T> race(List<Callable<T>> calls) throws Exception {
    CountDownLatch ready = new CountDownLatch(calls.size());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> call : calls) {
      futures.add(pool.submit(() -> {
        ready.countDown();
        go.await();
        return call.call();
      }));
    }
    ready.await();
    go.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> f : futures) {
      results.add(f.get());
    }
    return results;
  }
}
