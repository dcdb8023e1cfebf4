package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a successful request that is not a read and not {@code validate_only} does to its cluster, as
 * docs/LIFECYCLE-DESIGN.md describes it, checked on two {@link ClusterSnapshot}s: exactly the
 * documented change, and nothing else. Where a transition is scheduled (promote, failover, reverse,
 * restore) every status the mirror may be in right after the answer is accepted.
 */
final class Effects {

  /** The operations that change a link's configs: only they take the configs into the snapshot. */
  static final Set<String> CONFIG_WRITES = Set.of("updateKafkaLinkConfig", "deleteKafkaLinkConfig",
      "updateKafkaLinkConfigBatch");

  /** What an accepted item of each alter operation moves its mirror to, the pending steps included. */
  private static final Map<String, Set<String>> ALTER_TARGETS = Map.of(
      "updateKafkaMirrorTopicsPause", Set.of("PAUSED"),
      "updateKafkaMirrorTopicsResume", Set.of("ACTIVE"),
      "updateKafkaMirrorTopicsPromote", Set.of("PENDING_STOPPED", "STOPPED"),
      "updateKafkaMirrorTopicsFailover", Set.of("PENDING_STOPPED", "STOPPED"),
      "updateKafkaMirrorTopicsReverseAndStartMirror", Set.of("PENDING_STOPPED", "STOPPED"),
      "updateKafkaMirrorTopicsReverseAndPauseMirror", Set.of("PENDING_STOPPED", "STOPPED"),
      "updateKafkaMirrorTopicsTruncateAndRestoreMirror", Set.of("PENDING_SETUP_FOR_RESTORE", "PENDING_RESTORE", "ACTIVE"));
  private static final String RESTORE = "updateKafkaMirrorTopicsTruncateAndRestoreMirror";
  /** What a transition changes on a mirror besides its status (restore also resets its lags). */
  private static final List<String> TRANSITION_FIELDS = List.of("mirror_status", "state_time_ms");

  private final Case c;
  private final ClusterSnapshot before;
  private final ClusterSnapshot after;

  private Effects(Case c, ClusterSnapshot before, ClusterSnapshot after) {
    this.c = c;
    this.before = before;
    this.after = after;
  }

  /** A request that must change nothing: a read, a {@code validate_only}, a refusal. */
  static boolean changesNothing(Case c) {
    if (!c.response().success() || c.method().equals("GET") || "true".equals(c.request().query().get("validate_only"))) {
      return true;
    }
    JsonNode body = c.request().value();
    return body != null && body.path("validate_only").asBoolean(false);
  }

  /** Asserts the documented change of the case's successful request, and that nothing else changed. */
  static void assertDocumentedChange(Case c, ClusterSnapshot before, ClusterSnapshot after) {
    assertTrue(before.readable() && after.readable(), () -> c + ": a successful request on a cluster that "
        + "cannot be listed (GET .../links answered " + before.refusal() + ", then " + after.refusal() + ")");
    Effects effects = new Effects(c, before, after);
    String op = c.operationId();
    if (ALTER_TARGETS.containsKey(op)) {
      effects.alter(ALTER_TARGETS.get(op));
    } else if (CONFIG_WRITES.contains(op)) {
      effects.configWrite();
    } else {
      switch (op) {
        case "createKafkaMirrorTopic" -> effects.createMirror();
        case "createKafkaLink" -> effects.createLink();
        case "deleteKafkaLink" -> effects.deleteLink();
        case "deleteKafkaTopic" -> effects.deleteTopic();
        default -> fail(c + ": the harness knows no effect of a successful " + op + "; add it to Effects");
      }
    }
  }

  /** Exactly the mirror the request asked for, under the link of the path, listed by that link. */
  private void createMirror() {
    String link = c.pathParam("link_name");
    List<String> added = added(before.mirrors(), after.mirrors());
    assertEquals(1, added.size(), c + ": exactly one mirror is created, got " + added);
    assertEquals(Set.of(), removed(before.mirrors(), after.mirrors()), c + ": mirrors removed");
    JsonNode created = after.mirrors().get(added.get(0));
    assertEquals(link, created.path("link_name").asText(), c + ": link of the new mirror");
    String name = created.path("mirror_topic_name").asText();
    JsonNode value = c.request().value();
    if (value != null) {
      String source = value.path("source_topic_name").asText();
      assertEquals(source, created.path("source_topic_name").asText(), c + ": source topic");
      if (value.hasNonNull("mirror_topic_name")) {
        assertEquals(value.get("mirror_topic_name").asText(), name, c + ": mirror topic");
      } else {
        assertTrue(name.endsWith(source), () -> c + ": mirror topic " + name + " is not the link's prefix + " + source);
      }
    }
    assertUnchanged("mirror", before.mirrors(), after.mirrors(), Set.of(added.get(0)));
    assertTopicNames(link, withAdded(topicNames(before, link), List.of(name)));
    assertUnchanged("link", before.links(), after.links(), Set.of(link));
  }

  /** Exactly the link of the query, without mirrors; nothing else. */
  private void createLink() {
    String link = c.request().query().get("link_name");
    assertEquals(List.of(link), added(before.links(), after.links()), c + ": links created");
    assertEquals(Set.of(), removed(before.links(), after.links()), c + ": links removed");
    JsonNode created = after.links().get(link);
    assertEquals(link, created.path("link_name").asText(), c + ": link_name");
    assertEquals(List.of(), texts(created.path("topic_names")), c + ": topic_names of a new link");
    assertUnchanged("link", before.links(), after.links(), Set.of(link));
    assertEquals(before.mirrors(), after.mirrors(), c + ": creating a link changes no mirror");
  }

  /** The link and every mirror of it go (its mirrors stay as plain topics, which the API does not list). */
  private void deleteLink() {
    String link = c.pathParam("link_name");
    assertTrue(before.links().containsKey(link), () -> c + ": link " + link + " was not there to delete");
    Map<String, JsonNode> expectedLinks = new LinkedHashMap<>(before.links());
    expectedLinks.remove(link);
    assertEquals(expectedLinks, after.links(), c + ": exactly link " + link + " goes");
    Map<String, JsonNode> expectedMirrors = new LinkedHashMap<>(before.mirrors());
    expectedMirrors.values().removeIf(m -> m.path("link_name").asText().equals(link));
    assertEquals(expectedMirrors, after.mirrors(), c + ": exactly the mirrors of " + link + " go");
  }

  /** The mirror of that name goes (from its link's topic_names too); nothing else changes. */
  private void deleteTopic() {
    String topic = c.pathParam("topic_name");
    List<String> keys = before.mirrors().entrySet().stream()
        .filter(m -> m.getValue().path("mirror_topic_name").asText().equals(topic)).map(Map.Entry::getKey).toList();
    assertTrue(keys.size() <= 1, () -> c + ": topic " + topic + " is a mirror of several links: " + keys);
    Map<String, JsonNode> expectedMirrors = new LinkedHashMap<>(before.mirrors());
    keys.forEach(expectedMirrors::remove);
    assertEquals(expectedMirrors, after.mirrors(), c + ": exactly the mirror " + topic + " goes");
    Set<String> changedLinks = new HashSet<>();
    for (String key : keys) {
      String link = before.mirrors().get(key).path("link_name").asText();
      List<String> names = new ArrayList<>(topicNames(before, link));
      names.remove(topic);
      assertTopicNames(link, names);
      changedLinks.add(link);
    }
    assertUnchanged("link", before.links(), after.links(), changedLinks);
  }

  /**
   * Exactly the accepted items of the documented answer (both error fields null) move to one of
   * {@code targets}; refused items and every other mirror stay as they were. A restore makes a topic
   * a mirror of the link again (added to its topic_names); the other operations change no link.
   */
  private void alter(Set<String> targets) {
    String link = c.pathParam("link_name");
    Set<String> accepted = new LinkedHashSet<>();
    JsonNode documented = c.response().value();
    assertNotNull(documented, c + ": an alter operation's success documents its items");
    for (JsonNode item : documented.path("data")) {
      if (item.path("error_code").isNull() && item.path("error_message").isNull()) {
        accepted.add(ClusterSnapshot.key(link, item.path("mirror_topic_name").asText()));
      }
    }
    boolean restore = c.operationId().equals(RESTORE);
    for (String key : accepted) {
      JsonNode now = after.mirrors().get(key);
      assertNotNull(now, c + ": accepted mirror " + key + " is not listed after the answer");
      String status = now.path("mirror_status").asText();
      assertTrue(targets.contains(status), () -> c + ": accepted mirror " + key + " is " + status + ", not one of "
          + targets);
      JsonNode was = before.mirrors().get(key);
      if (!restore) {
        assertNotNull(was, c + ": accepted mirror " + key + " was not listed before");
        assertEquals(without(was, TRANSITION_FIELDS), without(now, TRANSITION_FIELDS),
            c + ": " + key + " changes only its status and state_time_ms");
      }
    }
    Set<String> unexpected = new LinkedHashSet<>(added(before.mirrors(), after.mirrors()));
    unexpected.removeAll(accepted);
    assertEquals(Set.of(), unexpected, c + ": mirrors that appeared without being accepted");
    assertEquals(Set.of(), removed(before.mirrors(), after.mirrors()), c + ": mirrors removed");
    assertUnchanged("mirror", before.mirrors(), after.mirrors(), accepted);
    if (restore) {
      List<String> restored = accepted.stream().map(k -> k.substring(link.length() + 1))
          .filter(name -> !topicNames(before, link).contains(name)).toList();
      assertEquals(new HashSet<>(withAdded(topicNames(before, link), restored)),
          new HashSet<>(topicNames(after, link)), c + ": topic_names of " + link + " after the restore");
      assertUnchanged("link", before.links(), after.links(), Set.of(link));
    } else {
      assertEquals(before.links(), after.links(), c + ": " + c.operationId() + " changes no link");
    }
  }

  /** No link and no mirror changes; only the configs of the path's link, as the request says. */
  private void configWrite() {
    String link = c.pathParam("link_name");
    assertEquals(before.links(), after.links(), c + ": a config write changes no link");
    assertEquals(before.mirrors(), after.mirrors(), c + ": a config write changes no mirror");
    Map<String, Map<String, JsonNode>> others = new LinkedHashMap<>(before.configs());
    others.remove(link);
    Map<String, Map<String, JsonNode>> othersAfter = new LinkedHashMap<>(after.configs());
    othersAfter.remove(link);
    assertEquals(others, othersAfter, c + ": the configs of the other links");
    Map<String, String> set = new LinkedHashMap<>();
    Set<String> reset = new LinkedHashSet<>();
    JsonNode body = c.request().value();
    switch (c.operationId()) {
      case "updateKafkaLinkConfig" -> set.put(c.pathParam("config_name"), body.path("value").asText());
      case "deleteKafkaLinkConfig" -> reset.add(c.pathParam("config_name"));
      default -> body.path("data").forEach(entry -> {
        String operation = entry.path("operation").asText("SET");
        if (operation.equals("DELETE") || entry.path("value").isNull() || entry.path("value").isMissingNode()) {
          reset.add(entry.path("name").asText());
        } else {
          set.put(entry.path("name").asText(), entry.path("value").asText());
        }
      });
    }
    Map<String, JsonNode> was = before.configs().get(link);
    Map<String, JsonNode> now = after.configs().get(link);
    assertNotNull(now, c + ": the link's configs after the write");
    set.forEach((name, value) -> {
      JsonNode config = now.get(name);
      assertNotNull(config, c + ": config " + name + " after the write");
      if (!config.path("is_sensitive").asBoolean(false)) {
        assertEquals(value, config.path("value").asText(), c + ": value of " + name);
      }
    });
    reset.forEach(name -> {
      JsonNode config = now.get(name);
      assertNotNull(config, c + ": config " + name + " after the reset");
      assertTrue(config.path("is_default").asBoolean(false), () -> c + ": " + name + " is back to its default: "
          + config);
    });
    Set<String> written = new HashSet<>(set.keySet());
    written.addAll(reset);
    Set<String> names = new LinkedHashSet<>(was.keySet());
    names.addAll(now.keySet());
    names.removeAll(written);
    for (String name : names) {
      assertEquals(was.get(name), now.get(name), c + ": config " + name + " was not written");
    }
  }

  /** Outside {@code changed}, the same keys with the same values. */
  private void assertUnchanged(String what, Map<String, JsonNode> was, Map<String, JsonNode> now, Set<String> changed) {
    Map<String, JsonNode> expected = new LinkedHashMap<>(was);
    Map<String, JsonNode> actual = new LinkedHashMap<>(now);
    expected.keySet().removeAll(changed);
    actual.keySet().removeAll(changed);
    assertEquals(expected, actual, c + ": every " + what + " but " + changed + " stays as it was");
  }

  private void assertTopicNames(String link, List<String> expected) {
    JsonNode now = after.links().get(link);
    assertNotNull(now, c + ": link " + link + " after the request");
    assertEquals(expected, texts(now.path("topic_names")), c + ": topic_names of " + link);
    assertEquals(without(before.links().get(link), List.of("topic_names")), without(now, List.of("topic_names")),
        c + ": link " + link + " changes only its topic_names");
  }

  private static List<String> topicNames(ClusterSnapshot snapshot, String link) {
    JsonNode l = snapshot.links().get(link);
    return l == null ? List.of() : texts(l.path("topic_names"));
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(t -> texts.add(t.asText()));
    return texts;
  }

  private static List<String> withAdded(List<String> names, List<String> more) {
    List<String> all = new ArrayList<>(names);
    all.addAll(more);
    return all;
  }

  private static List<String> added(Map<String, JsonNode> was, Map<String, JsonNode> now) {
    return now.keySet().stream().filter(k -> !was.containsKey(k)).toList();
  }

  private static Set<String> removed(Map<String, JsonNode> was, Map<String, JsonNode> now) {
    Set<String> removed = new LinkedHashSet<>(was.keySet());
    removed.removeAll(now.keySet());
    return removed;
  }

  private static JsonNode without(JsonNode node, List<String> fields) {
    if (node == null) {
      return null;
    }
    ObjectNode copy = node.deepCopy();
    copy.remove(fields);
    return copy;
  }
}
