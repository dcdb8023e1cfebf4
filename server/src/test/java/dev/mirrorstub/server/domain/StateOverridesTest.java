package dev.mirrorstub.server.domain;

import static dev.mirrorstub.server.domain.AlterMirrors.Operation.PROMOTE;
import static dev.mirrorstub.server.domain.AlterMirrors.Operation.TRUNCATE_AND_RESTORE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.server.domain.MirrorTopic.PartitionLag;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** What tests change beyond the API: a mirror's lags, status and error, and pending steps completed now. */
class StateOverridesTest {

  private final Lifecycle lc = new Lifecycle();

  private MirrorTopic change(String link, String name, UnaryOperator<MirrorTopic> change) {
    return lc.service.changeMirror("c", link, name, change);
  }

  /** Asserts the change is refused with IllegalArgumentException, mentioning {@code text}, and changes nothing. */
  private void assertRefused(String text, String link, String name, UnaryOperator<MirrorTopic> change) {
    InMemoryMirrorService.Snapshot before = lc.service.snapshot("c");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> change(link, name, change));
    assertTrue(e.getMessage().contains(text), e.getMessage());
    assertEquals(before, lc.service.snapshot("c"), "a refused change changes nothing");
  }

  @Test
  void changeMirror_lagsToZero_letsTheLaggingMirrorBePromoted() {
    assertEquals("Topic 'lagging' cannot be promoted while its mirror lags behind the source (total lag 42); wait"
        + " until the lag is 0, or use failover", lc.alterOne("dr", PROMOTE, "lagging").errorMessage());

    MirrorTopic changed = change("dr", "lagging",
        m -> m.withLags(List.of(new PartitionLag(0, 0, 11), new PartitionLag(1, 0, 61))));

    assertEquals(0, changed.totalLag());
    assertEquals(changed, lc.mirror("dr", "lagging"));
    AlterMirrors.Item promoted = lc.alterOne("dr", PROMOTE, "lagging");
    assertTrue(promoted.accepted());
    assertEquals(List.of(new PartitionLag(0, 0, 11), new PartitionLag(1, 0, 61)), promoted.lags());
  }

  @Test
  void changeMirror_lagsOnly_keepTheStatusAndItsTime() {
    long before = lc.mirror("dr", "active").stateTimeMs();
    lc.advance(5_000);

    MirrorTopic changed = change("dr", "active",
        m -> m.withLags(List.of(new PartitionLag(0, 3, 7), new PartitionLag(1, 0, 20))));

    assertEquals(MirrorStatus.ACTIVE, changed.status());
    assertEquals(before, changed.stateTimeMs());
    assertEquals(3, lc.mirror("dr", "active").totalLag());
  }

  @Test
  void changeMirror_toFailedWithAnError_isStampedWithTheClock() {
    lc.advance(1_000);

    change("dr", "active", m -> m.withStatus(MirrorStatus.FAILED, m.stateTimeMs())
        .withMirrorTopicError("SOURCE_TOPIC_MAY_BE_DELETED"));

    MirrorTopic failed = lc.mirror("dr", "active");
    assertEquals(MirrorStatus.FAILED, failed.status());
    assertEquals(Lifecycle.START_MS + 1_000, failed.stateTimeMs());
    assertEquals("SOURCE_TOPIC_MAY_BE_DELETED", failed.mirrorTopicError());
    assertNull(change("dr", "failed", m -> m.withMirrorTopicError(null)).mirrorTopicError());
  }

  @Test
  void changeMirror_newStatusOfAPendingMirror_dropsItsPendingSteps() {
    lc.alterOne("dr", PROMOTE, "active");
    assertEquals(MirrorStatus.PENDING_STOPPED, lc.status("dr", "active"));

    change("dr", "active", m -> m.withStatus(MirrorStatus.ACTIVE, m.stateTimeMs()));
    lc.advance(10 * Lifecycle.DELAY_MS);

    assertEquals(MirrorStatus.ACTIVE, lc.status("dr", "active"));
  }

  @Test
  void changeMirror_lagsOfAPendingMirror_keepItsPendingSteps() {
    lc.alterOne("dr", PROMOTE, "active");

    change("dr", "active", m -> m.withLags(List.of(new PartitionLag(0, 0, 99), new PartitionLag(1, 0, 98))));
    lc.advance(Lifecycle.DELAY_MS);

    MirrorTopic stopped = lc.mirror("dr", "active");
    assertEquals(MirrorStatus.STOPPED, stopped.status());
    assertEquals(99, stopped.lags().get(0).lastSourceFetchOffset());
  }

  @Test
  void changeMirror_lagsThatBreakARule_areRefusedAndChangeNothing() {
    assertRefused("2 partitions: 1 lag entries given", "dr", "active",
        m -> m.withLags(List.of(new PartitionLag(0, 0, 1))));
    assertRefused("lags are not negative", "dr", "active",
        m -> m.withLags(List.of(new PartitionLag(0, -1, 1), new PartitionLag(1, 0, 1))));
    assertRefused("offsets are -1", "dr", "active",
        m -> m.withLags(List.of(new PartitionLag(0, 0, -2), new PartitionLag(1, 0, 1))));
    assertRefused("partition order", "dr", "active",
        m -> m.withLags(List.of(new PartitionLag(1, 0, 1), new PartitionLag(0, 0, 1))));
  }

  @Test
  void changeMirror_ofWhatTheTopicMirrors_isRefused() {
    assertRefused("not what it mirrors", "dr", "active", m -> new MirrorTopic(m.clusterId(), m.linkName(),
        m.mirrorTopicName(), m.sourceTopicName(), 3, m.replicationFactor(), m.status(), m.stateTimeMs(),
        MirrorTopic.nothingFetched(3), null, List.of()));
  }

  @Test
  void changeMirror_unknownClusterLinkOrMirror_isRefusedNamingTheLinksMirrors() {
    assertRefused("no mirror topic nope under link dr of cluster c; its mirrors: [active, paused, stopped,"
        + " lagging, failed]", "dr", "nope", m -> m);
    assertRefused("no mirror topic active under link bidi", "bidi", "active", m -> m);
    assertRefused("no mirror topic plain", "dr", "plain", m -> m);
    assertThrows(IllegalArgumentException.class, () -> lc.service.changeMirror("nowhere", "dr", "active", m -> m));
  }

  @Test
  void changeMirror_concurrentLagChanges_eachAppliesWhole() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<MirrorTopic>> done = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        long lag = i;
        done.add(pool.submit(() -> change("dr", "active",
            m -> m.withLags(List.of(new PartitionLag(0, lag, 1), new PartitionLag(1, lag, 1))))));
      }
      for (Future<MirrorTopic> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    List<PartitionLag> lags = lc.mirror("dr", "active").lags();
    assertEquals(lags.get(0).lag(), lags.get(1).lag(), "both partitions come from the same change");
  }

  @Test
  void completePendingTransitions_promotedMirror_isStoppedNowAndStampedNow() {
    lc.alterOne("dr", PROMOTE, "active");
    lc.advance(50);

    lc.service.completePendingTransitions();

    MirrorTopic stopped = lc.mirror("dr", "active");
    assertEquals(MirrorStatus.STOPPED, stopped.status());
    assertEquals(Lifecycle.START_MS + 50, stopped.stateTimeMs());
    lc.advance(10 * Lifecycle.DELAY_MS);
    assertEquals(stopped, lc.mirror("dr", "active"));
  }

  @Test
  void completePendingTransitions_restore_endsActive() {
    assertTrue(lc.alterOne("bidi", TRUNCATE_AND_RESTORE, "restore-me").accepted());

    lc.service.completePendingTransitions();

    assertEquals(MirrorStatus.ACTIVE, lc.status("bidi", "restore-me"));
  }

  @Test
  void completePendingTransitions_nothingPending_changesNothing() {
    InMemoryMirrorService.Snapshot before = lc.service.snapshot("c");

    lc.service.completePendingTransitions();

    assertEquals(before, lc.service.snapshot("c"));
  }
}
