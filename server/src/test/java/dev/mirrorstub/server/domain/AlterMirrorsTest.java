package dev.mirrorstub.server.domain;

import static dev.mirrorstub.server.domain.AlterMirrors.Operation.FAILOVER;
import static dev.mirrorstub.server.domain.AlterMirrors.Operation.PAUSE;
import static dev.mirrorstub.server.domain.AlterMirrors.Operation.PROMOTE;
import static dev.mirrorstub.server.domain.AlterMirrors.Operation.RESUME;
import static dev.mirrorstub.server.domain.AlterMirrors.Operation.REVERSE_AND_PAUSE_MIRROR;
import static dev.mirrorstub.server.domain.AlterMirrors.Operation.REVERSE_AND_START_MIRROR;
import static dev.mirrorstub.server.domain.AlterMirrors.Operation.TRUNCATE_AND_RESTORE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.server.domain.MirrorException.Kind;
import dev.mirrorstub.server.domain.MirrorTopic.PartitionLag;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seven mirrors:&lt;op&gt; operations: the state machine, per-item answers, timing, validate_only. */
class AlterMirrorsTest {

  private final Lifecycle lc = new Lifecycle();

  @Test
  void pause_activeMirror_isPausedAtOnceWithItsLags() {
    AlterMirrors.Item item = lc.alterOne("dr", PAUSE, "active");

    assertTrue(item.accepted());
    assertNull(item.errorMessage());
    assertEquals(List.of(new PartitionLag(0, 0, 10), new PartitionLag(1, 0, 20)), item.lags());
    assertNull(item.messagesTruncated());
    assertEquals(MirrorStatus.PAUSED, lc.status("dr", "active"));
  }

  @Test
  void pause_refusalsPerItem_carryTheMirrorsLagsAndChangeNothing() {
    List<AlterMirrors.Item> items = lc.alter("dr", PAUSE, "paused", "stopped", "failed");

    assertEquals("Topic 'paused' is already paused", items.get(0).errorMessage());
    assertEquals("Topic 'stopped' has already stopped its mirror from 'dr'", items.get(1).errorMessage());
    assertEquals("Topic 'failed' cannot be paused in state FAILED", items.get(2).errorMessage());
    assertTrue(items.stream().allMatch(i -> i.errorCode() == 400));
    assertEquals(List.of(new PartitionLag(0, 0, 5)), items.get(0).lags());
    assertEquals(MirrorStatus.PAUSED, lc.status("dr", "paused"));
    assertEquals(MirrorStatus.FAILED, lc.status("dr", "failed"));
  }

  @Test
  void resume_pausedMirror_isActiveAtOnce_othersAreNotPaused() {
    assertTrue(lc.alterOne("dr", RESUME, "paused").accepted());
    assertEquals(MirrorStatus.ACTIVE, lc.status("dr", "paused"));
    assertEquals("Topic 'active' is not paused", lc.alterOne("dr", RESUME, "active").errorMessage());
    assertEquals("Topic 'stopped' has already stopped its mirror from 'dr'",
        lc.alterOne("dr", RESUME, "stopped").errorMessage());
  }

  @Test
  void promote_caughtUpMirror_passesThroughPendingStoppedToStoppedAfterTheDelay() {
    assertTrue(lc.alterOne("dr", PROMOTE, "active").accepted());
    MirrorTopic pending = lc.mirror("dr", "active");
    assertEquals(MirrorStatus.PENDING_STOPPED, pending.status());
    assertEquals(Lifecycle.START_MS, pending.stateTimeMs());

    lc.advance(Lifecycle.DELAY_MS - 1);
    assertEquals(MirrorStatus.PENDING_STOPPED, lc.status("dr", "active"));
    lc.advance(1000);
    MirrorTopic stopped = lc.mirror("dr", "active");
    assertEquals(MirrorStatus.STOPPED, stopped.status());
    assertEquals(Lifecycle.START_MS + Lifecycle.DELAY_MS, stopped.stateTimeMs(), "stamped when it was due");
    assertEquals(pending.lags(), stopped.lags(), "a stopped mirror keeps its lags");
  }

  @Test
  void promote_refusals_lagFailedAndStopped() {
    assertEquals("Topic 'lagging' cannot be promoted while its mirror lags behind the source (total lag 42); wait"
        + " until the lag is 0, or use failover", lc.alterOne("dr", PROMOTE, "lagging").errorMessage());
    assertEquals("Topic 'failed' cannot be promoted in state FAILED; use failover",
        lc.alterOne("dr", PROMOTE, "failed").errorMessage());
    assertEquals("Topic 'stopped' has already stopped its mirror from 'dr'",
        lc.alterOne("dr", PROMOTE, "stopped").errorMessage());
  }

  @Test
  void promote_twice_theSecondSeesPendingStoppedAsStopped() {
    lc.alterOne("dr", PROMOTE, "active");
    assertEquals("Topic 'active' has already stopped its mirror from 'dr'",
        lc.alterOne("dr", PROMOTE, "active").errorMessage());
  }

  @Test
  void failover_ignoresLagAndTakesFailedMirrors() {
    List<AlterMirrors.Item> items = lc.alter("dr", FAILOVER, "lagging", "failed", "paused");

    assertTrue(items.stream().allMatch(AlterMirrors.Item::accepted), items::toString);
    lc.advance(Lifecycle.DELAY_MS);
    for (String name : List.of("lagging", "failed", "paused")) {
      assertEquals(MirrorStatus.STOPPED, lc.status("dr", name));
    }
  }

  @Test
  void zeroDelay_stopsInTheSameCall() {
    Lifecycle now = new Lifecycle(0);
    now.alterOne("dr", PROMOTE, "active");
    assertEquals(MirrorStatus.STOPPED, now.status("dr", "active"));
  }

  @Test
  void unknownTopic_is404_regularTopicAndOtherLinksMirror_areNotMirrored() {
    List<AlterMirrors.Item> items = lc.alter("dr", PAUSE, "nope", "plain", "w.b1");

    assertEquals(new AlterMirrors.Item("nope", 404, "Topic nope not found", List.of(), null, List.of()), items.get(0));
    assertEquals(new AlterMirrors.Item("plain", 400, "Topic 'plain' is not mirrored", List.of(), null, List.of()),
        items.get(1));
    assertEquals("Topic 'w.b1' is not mirrored", items.get(2).errorMessage());
  }

  @Test
  void validateOnly_answersAsTheRequestWouldButChangesNothing() {
    InMemoryMirrorService.Snapshot before = lc.service.snapshot("c");
    List<AlterMirrors.Item> items = lc.service.alterMirrors("c", "dr",
        new AlterMirrors(PROMOTE, List.of("active", "lagging"), null, true, null));

    assertTrue(items.get(0).accepted());
    assertEquals(400, items.get(1).errorCode());
    lc.advance(10 * Lifecycle.DELAY_MS);
    assertEquals(before, lc.service.snapshot("c"));
  }

  @Test
  void names_duplicatesAnsweredOnceInTheOrderGiven() {
    List<AlterMirrors.Item> items = lc.alter("dr", PAUSE, "other-missing", "active", "other-missing");
    assertEquals(List.of("other-missing", "active"), items.stream().map(AlterMirrors.Item::mirrorTopicName).toList());
  }

  @Test
  void pattern_matchesWholeNamesOfTheLinksMirrorsInCreationOrder() {
    List<AlterMirrors.Item> items = lc.service.alterMirrors("c", "dr",
        new AlterMirrors(PAUSE, null, "(act|pau).*", null, null));

    assertEquals(List.of("active", "paused"), items.stream().map(AlterMirrors.Item::mirrorTopicName).toList());
    assertEquals(List.of(), lc.service.alterMirrors("c", "dr", new AlterMirrors(PAUSE, null, "ctive", null, null)));
  }

  @Test
  void neitherNamesNorPattern_noItems() {
    assertEquals(List.of(), lc.service.alterMirrors("c", "dr", new AlterMirrors(PAUSE, null, null, null, null)));
    assertEquals(List.of(), lc.service.alterMirrors("c", "dr", new AlterMirrors(PAUSE, List.of(), "", null, null)));
  }

  @Test
  void badRequests_areRefusedWhole() {
    lc.assertRefused(Kind.BAD_REQUEST, 400,
        "Payload error. Give either mirror_topic_names or mirror_topic_name_pattern, not both.",
        () -> lc.service.alterMirrors("c", "dr", new AlterMirrors(PAUSE, List.of("active"), ".*", null, null)));
    lc.assertRefused(Kind.BAD_REQUEST, 400, "Payload error. Invalid mirror_topic_name_pattern '(': Unclosed group"
        + " near index 1", () -> lc.service.alterMirrors("c", "dr", new AlterMirrors(PAUSE, null, "(", null, null)));
    lc.assertRefused(Kind.NOT_FOUND, 404, "The cluster link doesn't exist: Cluster link 'x' does not exist.",
        () -> lc.alter("x", PAUSE, "active"));
    lc.assertRefused(Kind.BAD_REQUEST, 40035,
        "The version of this API is not supported in the underlying Kafka cluster.",
        () -> lc.service.alterMirrors("nolink", "dr", new AlterMirrors(PAUSE, List.of(), null, null, null)));
  }

  @Test
  void reverse_onBidirectionalLink_stopsTheLocalMirrorAndRecordsTheRemoteOne() {
    assertTrue(lc.alterOne("bidi", REVERSE_AND_START_MIRROR, "w.b1").accepted());
    assertTrue(lc.alterOne("bidi", REVERSE_AND_PAUSE_MIRROR, "w.b2").accepted());
    lc.advance(Lifecycle.DELAY_MS);
    assertEquals(MirrorStatus.STOPPED, lc.status("bidi", "w.b1"));
    assertEquals(MirrorStatus.STOPPED, lc.status("bidi", "w.b2"));
    // The remote cluster now mirrors them, ACTIVE or PAUSED: not STOPPED, so no restore yet.
    assertEquals("Topic 'w.b1' cannot be restored: the remote cluster of cluster link 'bidi' has no STOPPED mirror"
        + " of it", lc.alterOne("bidi", TRUNCATE_AND_RESTORE, "w.b1").errorMessage());
  }

  @Test
  void reverse_onDestinationLink_isRefusedPerItem() {
    assertEquals("Topic 'active' cannot be reversed: cluster link 'dr' is not BIDIRECTIONAL",
        lc.alterOne("dr", REVERSE_AND_START_MIRROR, "active").errorMessage());
  }

  @Test
  void restore_regularTopicWithStoppedRemoteMirror_becomesAMirrorThroughThePendingSteps() {
    AlterMirrors.Item item = lc.service.alterMirrors("c", "bidi",
        new AlterMirrors(TRUNCATE_AND_RESTORE, List.of("restore-me"), null, null, true)).get(0);

    assertTrue(item.accepted());
    assertEquals(10L, item.messagesTruncated());
    assertEquals(List.of(new PartitionLag(0, 0, 100), new PartitionLag(1, 0, 50)), item.lags());
    assertEquals(List.of(new AlterMirrors.Truncation(0, 100, 7), new AlterMirrors.Truncation(1, 50, 3)),
        item.truncation());
    assertEquals(MirrorStatus.PENDING_SETUP_FOR_RESTORE, lc.status("bidi", "restore-me"));
    lc.advance(Lifecycle.DELAY_MS);
    assertEquals(MirrorStatus.PENDING_RESTORE, lc.status("bidi", "restore-me"));
    lc.advance(Lifecycle.DELAY_MS);
    assertEquals(MirrorStatus.ACTIVE, lc.status("bidi", "restore-me"));
    assertTrue(lc.service.link("c", "bidi").topicNames().contains("restore-me"));
    assertEquals("Topic 'restore-me' cannot be restored in state ACTIVE",
        lc.alterOne("bidi", TRUNCATE_AND_RESTORE, "restore-me").errorMessage());
  }

  @Test
  void restore_withoutStoppedRemoteMirror_orOnADestinationLink_isRefused() {
    assertEquals("Topic 'restore-wide' cannot be restored: the remote cluster of cluster link 'bidi' has no"
        + " STOPPED mirror of it", lc.alterOne("bidi", TRUNCATE_AND_RESTORE, "restore-wide").errorMessage());
    assertEquals("Topic 'plain' cannot be restored: cluster link 'dr' is not BIDIRECTIONAL",
        lc.alterOne("dr", TRUNCATE_AND_RESTORE, "plain").errorMessage());
    assertEquals(404, lc.alterOne("bidi", TRUNCATE_AND_RESTORE, "nope").errorCode());
  }

  @Test
  void restore_pattern_coversTopicsWithAStoppedRemoteMirror() {
    List<AlterMirrors.Item> items = lc.service.alterMirrors("c", "bidi",
        new AlterMirrors(TRUNCATE_AND_RESTORE, null, "restore-.*", true, null));
    assertEquals(List.of("restore-me"), items.stream().map(AlterMirrors.Item::mirrorTopicName).toList());
  }

  @Test
  void deleteTopic_dropsAPendingTransition_andFreesTheName() {
    lc.alterOne("dr", PROMOTE, "active");
    lc.service.deleteTopic("c", "active");
    lc.advance(Lifecycle.DELAY_MS);

    lc.assertRefused(Kind.NOT_FOUND, 40403, "Mirror topic 'active' does not exist under cluster link 'dr'.",
        () -> lc.mirror("dr", "active"));
    assertEquals("active", lc.service.createMirror("c", "dr", new CreateMirror("active", null, null, null))
        .mirrorTopicName());
    assertEquals(MirrorStatus.ACTIVE, lc.status("dr", "active"));
  }
}
