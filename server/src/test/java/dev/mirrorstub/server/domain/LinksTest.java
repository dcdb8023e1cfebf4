package dev.mirrorstub.server.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.MirrorException.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cluster links: list, read, create (rules in order) and delete (live mirrors, force, validate_only). */
class LinksTest {

  private final Lifecycle lc = new Lifecycle();

  private static CreateLink destination(String name, CreateMirror.Config... configs) {
    return new CreateLink(name, "src", null, null, null, List.of(configs), null);
  }

  private static CreateMirror.Config config(String name, String value) {
    return new CreateMirror.Config(name, value);
  }

  @Test
  void links_inConfigurationOrder_withTheirMirrorsAndDerivedIds() {
    List<ClusterLink> links = lc.service.links("c");

    assertEquals(List.of("dr", "bidi", "spent"), links.stream().map(ClusterLink::name).toList());
    ClusterLink dr = links.get(0);
    assertEquals(List.of("active", "paused", "stopped", "lagging", "failed"), dr.topicNames());
    assertEquals(ClusterLink.Mode.DESTINATION, dr.mode());
    assertEquals("src", dr.otherClusterId());
    assertEquals("ACTIVE", dr.state());
    assertEquals("NO_ERROR", dr.error());
    assertNull(dr.errorMessage());
    assertEquals(ClusterLink.Mode.BIDIRECTIONAL, links.get(1).mode());
  }

  @Test
  void ids_areDerivedFromClusterAndLinkName_asTheDesignNoteLists() {
    InMemoryMirrorService defaults = new InMemoryMirrorService(StubConfig.embeddedDefault());
    ClusterLink plain = defaults.link("cluster-1", "link-plain");
    assertEquals("dM1dJF5dOYWW3QvPGMGnhQ", plain.clusterLinkId());
    assertEquals("74cd5d24-5e5d-3985-96dd-0bcf18c1a785", plain.linkId());
    assertEquals("L_Am-jKAPXSmizvkp1ieeA", defaults.link("cluster-2", "link-east").clusterLinkId());
    assertEquals("8GBzuXWEOj6wDx6UIxjGdg", defaults.link("cluster-2", "link-west").clusterLinkId());
    assertEquals("9SZnoF4wOESSEGKezNQ_uQ", defaults.link("cluster-2", "link-out").clusterLinkId());
  }

  @Test
  void link_tasks_followTheSyncConfigs() {
    List<ClusterLink.Task> tasks = lc.service.link("c", "dr").tasks();
    assertEquals(List.of(new ClusterLink.Task("AclSync", "ACTIVE"), new ClusterLink.Task("AutoCreateMirror",
        "NOT_CONFIGURED"), new ClusterLink.Task("ConsumerOffsetSync", "NOT_CONFIGURED"),
        new ClusterLink.Task("TopicConfigsSync", "ACTIVE")), tasks);
  }

  @Test
  void createLink_isListedWithoutMirrors_andTakesMirrorsOfAnySourceTopic() {
    lc.service.createLink("c", new CreateLink("fresh", "east", "ignored", null, "eEBkTffYSESld6EO898x3w",
        List.of(config("cluster.link.prefix", "e.")), null));

    ClusterLink fresh = lc.service.link("c", "fresh");
    assertEquals("east", fresh.otherClusterId());
    assertEquals("7840644d-f7d8-4844-a577-a10ef3df31df", fresh.linkId());
    assertEquals(List.of(), fresh.topicNames());
    MirrorTopic m = lc.service.createMirror("c", "fresh", new CreateMirror("anything", null, null, null));
    assertEquals("e.anything", m.mirrorTopicName());
    assertEquals(1, m.partitions());
    assertEquals("fresh", lc.service.links("c").get(3).name());
  }

  @Test
  void createLink_bidirectional_usesRemoteClusterId() {
    lc.service.createLink("c", new CreateLink("b2", "ignored", null, "west2",
        null, List.of(config("link.mode", "BIDIRECTIONAL")), null));
    assertEquals(ClusterLink.Mode.BIDIRECTIONAL, lc.service.link("c", "b2").mode());
    assertEquals("west2", lc.service.link("c", "b2").otherClusterId());
  }

  @Test
  void createLink_rulesInOrder() {
    lc.assertRefused(Kind.BAD_REQUEST, 40002, "Cluster link name is empty",
        () -> lc.service.createLink("c", destination(null)));
    lc.assertRefused(Kind.BAD_REQUEST, 40002, "Link name cannot be \".\" or \"..\"",
        () -> lc.service.createLink("c", destination(".")));
    lc.assertRefused(Kind.BAD_REQUEST, 40002, "Link name exceeds maximum size of '200' characters",
        () -> lc.service.createLink("c", destination("l".repeat(201))));
    lc.assertRefused(Kind.BAD_REQUEST, 40002, "Link name 'a b' is illegal, valid characters: [a-zA-Z0-9._-]",
        () -> lc.service.createLink("c", destination("a b")));
    lc.assertRefused(Kind.BAD_REQUEST, 40002, "Cluster link 'dr' already exists.",
        () -> lc.service.createLink("c", destination("dr", config("acl.sync.enable", "maybe"))));
    lc.assertRefused(Kind.BAD_REQUEST, 40002, "Invalid value maybe for configuration acl.sync.enable: Expected value"
        + " to be either true or false", () -> lc.service.createLink("c", destination("n",
        config("acl.sync.ms", "1"), config("acl.sync.enable", "maybe"), config("link.mode", "X"))));
    lc.assertRefused(Kind.BAD_REQUEST, 40002, "Null value not supported for cluster link configs : bootstrap.servers",
        () -> lc.service.createLink("c", destination("n", config("bootstrap.servers", null))));
    lc.assertRefused(Kind.BAD_REQUEST, 40002, "Config 'retry.backoff.ms' of cluster link 'n' is read-only.",
        () -> lc.service.createLink("c", destination("n", config("retry.backoff.ms", "1"))));
    lc.assertRefused(Kind.BAD_REQUEST, 40002, "remote_cluster_id is required for a cluster link in BIDIRECTIONAL mode.",
        () -> lc.service.createLink("c", destination("n", config("link.mode", "BIDIRECTIONAL"))));
    lc.assertRefused(Kind.BAD_REQUEST, 40002, "Destination cluster ID matches local cluster ID c. Cannot create"
        + " cluster link to self.", () -> lc.service.createLink("c", new CreateLink("n", null, "c", null, null,
        List.of(config("link.mode", "SOURCE")), null)));
    lc.assertRefused(Kind.BAD_REQUEST, 40002, "Cluster link prefix already exists: 'w.' is the prefix of cluster link"
        + " 'bidi'.", () -> lc.service.createLink("c", destination("n", config("cluster.link.prefix", "w."))));
    lc.assertRefused(Kind.BAD_REQUEST, 400, "Payload error. configs[].name is required.",
        () -> lc.service.createLink("c", destination("n", config(null, "x"))));
  }

  @Test
  void createLink_validateOnly_createsNothing() {
    lc.service.createLink("c", new CreateLink("dry", "src", null, null, null, List.of(), true));
    lc.assertRefused(Kind.NOT_FOUND, 404, "The cluster link doesn't exist: Cluster link 'dry' does not exist.",
        () -> lc.service.link("c", "dry"));
  }

  @Test
  void deleteLink_liveMirrors_forbidIt_unlessForced_thenMirrorsBecomeTopics() {
    lc.assertRefused(Kind.FORBIDDEN, 403, "Cluster link 'dr' with ID '" + lc.service.link("c", "dr").clusterLinkId()
        + "' is in use by mirror topics: active, paused, lagging, failed. Promote or fail over those mirror topics"
        + " first, or delete the link with force=true.", () -> lc.service.deleteLink("c", "dr", null, null));
    InMemoryMirrorService.Snapshot before = lc.service.snapshot("c");
    lc.service.deleteLink("c", "dr", true, true);
    assertEquals(before, lc.service.snapshot("c"), "validate_only");

    lc.service.deleteLink("c", "dr", true, null);

    InMemoryMirrorService.Snapshot after = lc.service.snapshot("c");
    assertFalse(after.links().stream().anyMatch(l -> l.name().equals("dr")));
    assertTrue(after.topics().containsAll(List.of("active", "stopped", "failed")));
    assertFalse(after.mirrors().stream().anyMatch(m -> m.linkName().equals("dr")));
    lc.service.deleteTopic("c", "active");
  }

  @Test
  void deleteLink_onlyStoppedMirrors_isAllowed_pendingStoppedIsNot() {
    lc.service.deleteLink("c", "spent", null, null);
    assertTrue(lc.service.snapshot("c").topics().contains("old"));

    lc.service.alterMirrors("c", "bidi", new AlterMirrors(AlterMirrors.Operation.FAILOVER, List.of("w.b1", "w.b2"),
        null, null, null));
    lc.assertRefused(Kind.FORBIDDEN, 403, "Cluster link 'bidi' with ID '" + lc.service.link("c", "bidi")
        .clusterLinkId() + "' is in use by mirror topics: w.b1, w.b2. Promote or fail over those mirror topics first,"
        + " or delete the link with force=true.", () -> lc.service.deleteLink("c", "bidi", false, null));
    lc.advance(Lifecycle.DELAY_MS);
    lc.service.deleteLink("c", "bidi", false, null);
  }
}
