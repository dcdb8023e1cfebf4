package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The effect rules on the spec's own cases and snapshots written here (no server): each documented
 * change passes, and a change that the design note does not document fails.
 */
class EffectsTest {

  private static Case spec(String operation, String example) {
    return Contract.spec().stream()
        .filter(c -> c.operationId().equals(operation) && c.example().equals(example) && c.response().success())
        .findFirst()
        .orElseThrow(() -> new AssertionError("the spec has no successful " + operation + " " + example));
  }

  private static JsonNode json(String text) {
    return Bodies.tree(text.replace('\'', '"').getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static JsonNode link(String name, String... topics) {
    return json("{'link_name':'" + name + "','cluster_link_id':'x-" + name + "','topic_names':"
        + Bodies.JSON.valueToTree(List.of(topics)) + "}");
  }

  private static JsonNode mirror(String link, String name, String status, long stateTime) {
    return json("{'link_name':'" + link + "','mirror_topic_name':'" + name + "','source_topic_name':'" + name
        + "','mirror_lags':[{'partition':0,'lag':0,'last_source_fetch_offset':7}],'mirror_status':'" + status
        + "','state_time_ms':" + stateTime + "}");
  }

  /** A builder of one cluster's snapshot: links, then mirrors, then configs, in the order given. */
  private static final class State {
    final Map<String, JsonNode> links = new LinkedHashMap<>();
    final Map<String, JsonNode> mirrors = new LinkedHashMap<>();
    final Map<String, Map<String, JsonNode>> configs = new LinkedHashMap<>();

    State link(String name, String... topics) {
      links.put(name, EffectsTest.link(name, topics));
      return this;
    }

    State mirror(String link, String name, String status, long stateTime) {
      mirrors.put(ClusterSnapshot.key(link, name), EffectsTest.mirror(link, name, status, stateTime));
      return this;
    }

    State config(String link, String name, String value, boolean isDefault) {
      configs.computeIfAbsent(link, l -> new LinkedHashMap<>()).put(name, json("{'name':'" + name + "','value':'"
          + value + "','is_default':" + isDefault + ",'is_sensitive':false}"));
      return this;
    }

    State without(String link, String mirror) {
      mirrors.remove(ClusterSnapshot.key(link, mirror));
      return this;
    }

    State withoutLink(String link) {
      links.remove(link);
      return this;
    }

    ClusterSnapshot snapshot() {
      return new ClusterSnapshot(0, new LinkedHashMap<>(links), new LinkedHashMap<>(mirrors), new LinkedHashMap<>(configs));
    }
  }

  private static State linkDr() {
    return new State()
        .link("link-sb1", "link1_orders")
        .link("link-dr", "pause-mixed", "paused-stable", "stopped-stable", "promote-me", "delete-me")
        .link("link-delete-force", "force-orphan")
        .mirror("link-sb1", "link1_orders", "ACTIVE", 1)
        .mirror("link-dr", "pause-mixed", "ACTIVE", 1)
        .mirror("link-dr", "paused-stable", "PAUSED", 1)
        .mirror("link-dr", "stopped-stable", "STOPPED", 1)
        .mirror("link-dr", "promote-me", "ACTIVE", 1)
        .mirror("link-dr", "delete-me", "ACTIVE", 1)
        .mirror("link-delete-force", "force-orphan", "ACTIVE", 1);
  }

  @Test
  void alter_exactlyTheAcceptedItemsMove_passes() {
    Case pause = spec("updateKafkaMirrorTopicsPause", "some_mirrors_cannot_pause");
    ClusterSnapshot after = linkDr().mirror("link-dr", "pause-mixed", "PAUSED", 2).snapshot();

    assertDoesNotThrow(() -> Effects.assertDocumentedChange(pause, linkDr().snapshot(), after));
  }

  @Test
  void alter_acceptedItemDidNotMove_fails() {
    Case pause = spec("updateKafkaMirrorTopicsPause", "some_mirrors_cannot_pause");

    assertThrows(AssertionError.class,
        () -> Effects.assertDocumentedChange(pause, linkDr().snapshot(), linkDr().snapshot()));
  }

  @Test
  void alter_refusedItemMoved_fails() {
    Case pause = spec("updateKafkaMirrorTopicsPause", "some_mirrors_cannot_pause");
    ClusterSnapshot after = linkDr().mirror("link-dr", "pause-mixed", "PAUSED", 2)
        .mirror("link-dr", "paused-stable", "ACTIVE", 2).snapshot();

    assertThrows(AssertionError.class, () -> Effects.assertDocumentedChange(pause, linkDr().snapshot(), after));
  }

  @Test
  void promote_pendingStoppedOrStopped_bothPass() {
    Case promote = spec("updateKafkaMirrorTopicsPromote", "mirror_topic_names");
    for (String status : List.of("PENDING_STOPPED", "STOPPED")) {
      ClusterSnapshot after = linkDr().mirror("link-dr", "promote-me", status, 2).snapshot();
      assertDoesNotThrow(() -> Effects.assertDocumentedChange(promote, linkDr().snapshot(), after), status);
    }
    ClusterSnapshot failed = linkDr().mirror("link-dr", "promote-me", "FAILED", 2).snapshot();
    assertThrows(AssertionError.class, () -> Effects.assertDocumentedChange(promote, linkDr().snapshot(), failed));
  }

  @Test
  void deleteLink_linkAndItsMirrorsGo_passes() {
    Case delete = spec("deleteKafkaLink", "link_deleted_with_force");
    ClusterSnapshot after = linkDr().withoutLink("link-delete-force").without("link-delete-force", "force-orphan")
        .snapshot();

    assertDoesNotThrow(() -> Effects.assertDocumentedChange(delete, linkDr().snapshot(), after));
  }

  @Test
  void deleteLink_itsMirrorStaysListed_fails() {
    Case delete = spec("deleteKafkaLink", "link_deleted_with_force");
    ClusterSnapshot after = linkDr().withoutLink("link-delete-force").snapshot();

    assertThrows(AssertionError.class, () -> Effects.assertDocumentedChange(delete, linkDr().snapshot(), after));
  }

  @Test
  void createLink_exactlyTheLinkWithoutMirrors_passes() {
    Case create = spec("createKafkaLink", "destination_initiated_link");
    ClusterSnapshot after = linkDr().link("link-new-dst").snapshot();

    assertDoesNotThrow(() -> Effects.assertDocumentedChange(create, linkDr().snapshot(), after));
    ClusterSnapshot withMirror = linkDr().link("link-new-dst", "x").mirror("link-new-dst", "x", "ACTIVE", 2).snapshot();
    assertThrows(AssertionError.class, () -> Effects.assertDocumentedChange(create, linkDr().snapshot(), withMirror));
  }

  @Test
  void deleteTopic_theMirrorGoesFromTheListAndItsLink_passes() {
    Case delete = spec("deleteKafkaTopic", "mirror_topic_deleted");
    ClusterSnapshot after = linkDr().without("link-dr", "delete-me")
        .link("link-dr", "pause-mixed", "paused-stable", "stopped-stable", "promote-me").snapshot();

    assertDoesNotThrow(() -> Effects.assertDocumentedChange(delete, linkDr().snapshot(), after));
    ClusterSnapshot stillListed = linkDr().without("link-dr", "delete-me").snapshot();
    assertThrows(AssertionError.class, () -> Effects.assertDocumentedChange(delete, linkDr().snapshot(), stillListed));
  }

  @Test
  void batchAlter_setAndResetAsAsked_passesAndAnotherConfigChanged_fails() {
    Case batch = spec("updateKafkaLinkConfigBatch", "batch_alter");
    State before = linkDr().config("link-sb1", "consumer.offset.sync.ms", "30000", true)
        .config("link-sb1", "topic.config.sync.ms", "5000", true)
        .config("link-sb1", "auto.create.mirror.topics.enable", "true", false)
        .config("link-sb1", "acl.sync.enable", "true", false)
        .config("link-dr", "acl.sync.enable", "false", true);
    State after = linkDr().config("link-sb1", "consumer.offset.sync.ms", "60000", false)
        .config("link-sb1", "topic.config.sync.ms", "10000", false)
        .config("link-sb1", "auto.create.mirror.topics.enable", "false", true)
        .config("link-sb1", "acl.sync.enable", "true", false)
        .config("link-dr", "acl.sync.enable", "false", true);

    assertDoesNotThrow(() -> Effects.assertDocumentedChange(batch, before.snapshot(), after.snapshot()));
    after.config("link-dr", "acl.sync.enable", "true", false);
    assertThrows(AssertionError.class, () -> Effects.assertDocumentedChange(batch, before.snapshot(), after.snapshot()));
  }

  @Test
  void changesNothing_readsValidateOnlyAndRefusals() {
    assertTrue(Effects.changesNothing(spec("getKafkaLink", "link")));
    assertTrue(Effects.changesNothing(spec("updateKafkaMirrorTopicsPromote", "validate_only")));
    assertTrue(Effects.changesNothing(spec("updateKafkaLinkConfigBatch", "validate_only_in_body")));
    assertTrue(Effects.changesNothing(spec("deleteKafkaLink", "validate_only")));
    assertTrue(Effects.changesNothing(Contract.spec().stream().filter(c -> !c.response().success()).findFirst()
        .orElseThrow()));
    assertFalse(Effects.changesNothing(spec("updateKafkaMirrorTopicsPromote", "mirror_topic_names")));
    assertFalse(Effects.changesNothing(spec("createKafkaLink", "destination_initiated_link")));
  }

  @Test
  void everySuccessThatChangesSomething_hasAKnownEffect() {
    List<String> unknown = Contract.spec().stream().filter(c -> !Effects.changesNothing(c))
        .map(Case::operationId).distinct()
        .filter(op -> !List.of("createKafkaMirrorTopic", "createKafkaLink", "deleteKafkaLink", "deleteKafkaTopic",
            "updateKafkaLinkConfig", "deleteKafkaLinkConfig", "updateKafkaLinkConfigBatch").contains(op)
            && !op.startsWith("updateKafkaMirrorTopics"))
        .toList();
    assertTrue(unknown.isEmpty(), () -> "successes without a known effect: " + unknown);
  }
}
