package dev.mirrorstub.server.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.AlterMirrors;
import dev.mirrorstub.server.domain.CreateLink;
import dev.mirrorstub.server.domain.CreateMirror;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
import dev.mirrorstub.server.domain.LinkConfig;
import dev.mirrorstub.server.domain.MirrorException;
import dev.mirrorstub.server.domain.MirrorService;
import dev.mirrorstub.server.domain.MirrorStatus;
import dev.mirrorstub.server.domain.MirrorTopic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin's Java face, without a server: what the JUnit extension and the HTTP resource call. */
class StubAdminTest {

  private final StubConfig config = StubConfig.embeddedDefault();
  private final StubAdmin admin = StubAdmin.create(config);

  @Test
  void replaceState_ofTheDefaultConfigurationsState_givesTheSameStateAndApiViews() {
    List<StubConfig.Cluster> before = admin.state(null);
    Map<String, Object> viewsBefore = views(admin.current());

    List<StubConfig.Cluster> after = admin.replaceState(before);

    assertEquals(before, after);
    assertEquals(before, admin.state(null));
    assertEquals(viewsBefore, views(admin.current()));
  }

  @Test
  void replaceState_afterLifecycleChanges_givesTheSameState() {
    MirrorService api = admin.mirrors();
    api.createMirror("cluster-1", "link-sb1", new CreateMirror("topic-1", null, null, null));
    api.alterMirrors("cluster-1", "link-dr", alter(AlterMirrors.Operation.PROMOTE, "promote-me"));
    api.alterMirrors("cluster-1", "link-dr", alter(AlterMirrors.Operation.PAUSE, "pause-me"));
    api.alterMirrors("cluster-1", "link-bidi", alter(AlterMirrors.Operation.REVERSE_AND_START_MIRROR,
        "bidi-reverse-start"));
    api.alterMirrors("cluster-1", "link-bidi", alter(AlterMirrors.Operation.TRUNCATE_AND_RESTORE, "restore-me"));
    api.deleteTopic("cluster-1", "restore-stable");
    api.deleteLink("cluster-1", "link-delete-force", true, null);
    api.createLink("cluster-1", new CreateLink("link-new", null, null, "cluster-west", null,
        List.of(new CreateMirror.Config("link.mode", "BIDIRECTIONAL"), new CreateMirror.Config("cluster.link.prefix",
            "new_")), null));
    api.createMirror("cluster-1", "link-new", new CreateMirror("anything", null, null, null));
    api.updateLinkConfig("cluster-1", "link-plain", "consumer.offset.sync.ms", new LinkConfig.Change(null, "5000",
        null));
    admin.changeMirror("cluster-2", "link-east", "clicks", new MirrorChange("FAILED", List.of(1L, 2L), null, null,
        "SOURCE_TOPIC_MAY_BE_DELETED", null));
    List<StubConfig.Cluster> before = admin.state(null);
    Map<String, Object> viewsBefore = views(admin.current());

    admin.replaceState(before);

    assertEquals(before, admin.state(null));
    assertEquals(viewsBefore, views(admin.current()));
  }

  @Test
  void replaceState_brokenState_isRefusedNamingTheRule_andChangesNothing() {
    List<StubConfig.Cluster> before = admin.state(null);
    StubConfig.Cluster twice = before.get(0);

    MirrorException e = assertThrows(MirrorException.class, () -> admin.replaceState(List.of(twice, twice)));

    assertEquals(MirrorException.Kind.BAD_REQUEST, e.kind());
    assertEquals("Invalid state: clusters: duplicate id cluster-1.", e.getMessage());
    assertEquals(before, admin.state(null));
  }

  @Test
  void reset_afterChangesFaultsAndJournal_bringsBackTheConfiguredStateAndEmptiesThem() {
    List<StubConfig.Cluster> configured = admin.state(null);
    admin.mirrors().createMirror("cluster-1", "link-sb1", new CreateMirror("topic-1", null, null, null));
    admin.replaceState(List.of());
    admin.faults().everyCall().serviceUnavailable();
    admin.journal().record(admin.journal().epoch(), exchange());

    admin.reset();

    assertEquals(configured, admin.state(null));
    assertEquals(List.of(), admin.faults().armed());
    assertEquals(List.of(), admin.journal().list(RequestJournal.Filter.ALL));
  }

  @Test
  void createdMirrors_listsThoseCreatedSinceTheLoadedState() {
    admin.mirrors().createMirror("cluster-1", "link-sb1", new CreateMirror("topic-1", null, null, null));

    assertEquals(List.of("link1_topic-1"), admin.createdMirrors().stream().map(MirrorTopic::mirrorTopicName).toList());

    admin.replaceState(admin.state(null));
    assertEquals(List.of(), admin.createdMirrors(), "a new state's mirrors count as configured");
  }

  @Test
  void state_unknownCluster_isNotFoundNamingTheClusters() {
    MirrorException e = assertThrows(MirrorException.class, () -> admin.state("nope"));

    assertEquals(MirrorException.Kind.NOT_FOUND, e.kind());
    assertTrue(e.getMessage().contains("cluster-1, cluster-2, cluster-no-linking, cluster-cloud"), e.getMessage());
  }

  @Test
  void changeMirror_unknownLinkOrMirror_isNotFound_andBadValues_areRefusedWithoutChange() {
    MirrorTopic before = admin.current().find("cluster-1", "link-sb1", "link1_orders");

    assertEquals(MirrorException.Kind.NOT_FOUND, assertThrows(MirrorException.class, () -> admin.changeMirror(
        "cluster-1", "no-link", "link1_orders", change(List.of(0L, 0L, 0L)))).kind());
    assertEquals(MirrorException.Kind.NOT_FOUND, assertThrows(MirrorException.class, () -> admin.changeMirror(
        "cluster-1", "link-sb1", "link1_nothing", change(List.of(0L)))).kind());
    MirrorException wrong = assertThrows(MirrorException.class, () -> admin.changeMirror("cluster-1", "link-sb1",
        "link1_orders", change(List.of(0L, 0L))));

    assertEquals("Mirror link1_orders has 3 partitions; got 2 lags.", wrong.getMessage());
    assertEquals(before, admin.current().find("cluster-1", "link-sb1", "link1_orders"));
  }

  @Test
  void changeMirror_newStatus_isStampedAndCancelsThePendingTransition() {
    admin.mirrors().alterMirrors("cluster-1", "link-dr", alter(AlterMirrors.Operation.PROMOTE, "promote-me"));

    MirrorTopic changed = admin.changeMirror("cluster-1", "link-dr", "promote-me", new MirrorChange("FAILED", null,
        null, null, null, null));
    admin.completePendingTransitions();

    assertEquals(MirrorStatus.FAILED, changed.status());
    assertEquals(MirrorStatus.FAILED, admin.current().find("cluster-1", "link-dr", "promote-me").status());
  }

  @Test
  void faults_getIdsFromOneSinceTheLastClear() {
    long first = admin.faults().next(1).serviceUnavailable().id();
    long second = admin.faults().everyCall().tooManyRequests().id();
    admin.faults().clear();
    long afterClear = admin.faults().next(2).internalError().id();

    assertEquals(List.of(1L, 2L, 1L), List.of(first, second, afterClear));
  }

  @Test
  void journal_boundedToMaxEntries_keepsTheLastWithContinuingIds() {
    StubConfig small = new StubConfig(config.limits(), config.lifecycle(), config.credentials(), config.clusters(),
        new dev.mirrorstub.server.config.Admin(true, "t", false, new dev.mirrorstub.server.config.Admin.Journal(3, 4)));
    RequestJournal journal = StubAdmin.create(small).journal();
    for (int i = 0; i < 5; i++) {
      journal.record(journal.epoch(), exchange());
    }

    List<JournalEntry> kept = journal.list(RequestJournal.Filter.ALL);

    assertEquals(List.of(3L, 4L, 5L), kept.stream().map(JournalEntry::id).toList());
    assertEquals("{\"so", kept.get(0).body());
    assertTrue(kept.get(0).bodyTruncated());
    assertEquals(List.of("Basic stub-key:***"), kept.get(0).headers().get("authorization"));
    assertEquals("stub-key", kept.get(0).principal());
  }

  @Test
  void journal_requestThatArrivedBeforeAClear_isNotKept() {
    long epoch = admin.journal().epoch();
    admin.journal().clear();

    admin.journal().record(epoch, exchange());

    assertEquals(List.of(), admin.journal().list(RequestJournal.Filter.ALL));
    assertNotEquals(epoch, admin.journal().epoch());
  }

  @Test
  void secretMasks_bodyNamingASensitiveConfig_keepsNoValue_evenCutOffInsideOne() {
    String body = "{\"configs\": [{\"name\": \"local.sasl.jaas.config\", \"value\": \"a \\\" b\"},"
        + " {\"name\": \"x\", \"value\": \"pass";

    String kept = SecretMasks.body("/kafka/v3/clusters/c/links", body);

    assertEquals("{\"configs\": [{\"name\": \"local.sasl.jaas.config\", \"value\":\"***\"}, {\"name\": \"x\","
        + " \"value\":\"***\"", kept);
    assertEquals("{\"value\": \"v\"}", SecretMasks.body("/kafka/v3/clusters/c/links/l/configs/acl.sync.ms",
        "{\"value\": \"v\"}"), "other configs keep their values");
    assertEquals("{\"value\":\"***\"}", SecretMasks.body("/kafka/v3/clusters/c/links/l/configs/sasl.jaas.config",
        "{\"value\": \"v\"}"));
  }

  private static RequestJournal.Exchange exchange() {
    byte[] body = "{\"source_topic_name\":\"topic-1\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return new RequestJournal.Exchange(java.time.Instant.now(), "POST", "/kafka/v3/clusters/cluster-1/links/link-sb1/mirrors",
        null, "createKafkaMirrorTopic", Map.of("Authorization",
        List.of(dev.mirrorstub.server.security.AuthorizationHeaders.basic("stub-key", "stub-secret"))), body,
        body.length, 204, new byte[0], 0, 1);
  }

  private static MirrorChange change(List<Long> lags) {
    return new MirrorChange(null, lags, null, null, null, null);
  }

  private static AlterMirrors alter(AlterMirrors.Operation op, String topic) {
    return new AlterMirrors(op, List.of(topic), null, null, null);
  }

  /** What a client observes of each cluster, state times left out (a loaded mirror's status begins now). */
  private static Map<String, Object> views(InMemoryMirrorService service) {
    Map<String, Object> views = new java.util.TreeMap<>();
    for (StubConfig.Cluster c : service.state(null)) {
      InMemoryMirrorService.Snapshot s = service.snapshot(c.id());
      views.put(c.id(), List.of(s.links(), s.linkConfigs(), s.topics(), s.mirrors().stream()
          .map(m -> m.withStatus(m.status(), 0)).sorted(java.util.Comparator.comparing(MirrorTopic::mirrorTopicName))
          .toList()));
    }
    return views;
  }
}
