package dev.mirrorstub.server.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirrorstub.server.domain.ClusterLink;
import dev.mirrorstub.server.domain.InMemoryMirrorService.Snapshot;
import dev.mirrorstub.server.domain.MirrorTopic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Mutated requests of the lifecycle operations that take a body, on the cluster {@code life} of
 * {@link Stub}, and what each answer allows to have changed: nothing for a refusal or a
 * validate_only; the accepted items' topics for an alter 200; one link more for createKafkaLink's
 * 204; the target link's configs for a config write's 204.
 */
final class LifecycleMutations {

  enum Family { ALTER, CREATE_LINK, UPDATE_CONFIG, CONFIG_BATCH }

  record Request(Family family, String method, String path, byte[] body, String linkName, boolean validateOnly) {
  }

  private static final List<String> ALTER_SEEDS = List.of(
      "{\"mirror_topic_names\":[\"l.active\",\"l.paused\",\"no-such-topic\"]}",
      "{\"mirror_topic_name_pattern\":\"l\\\\..*\"}",
      "{\"mirror_topic_names\":[\"l.lagging\",\"l.failed\",\"l.stopped\"],\"mirror_topic_name_pattern\":null}",
      "{\"mirror_topic_names\":[\"bidi-active\",\"restore-me\"]}",
      "{}");
  private static final List<String> LINK_SEEDS = List.of(
      "{\"source_cluster_id\":\"src\",\"configs\":[{\"name\":\"acl.sync.enable\",\"value\":\"true\"},"
          + "{\"name\":\"cluster.link.prefix\",\"value\":\"m.\"}]}",
      "{\"remote_cluster_id\":\"remote\",\"configs\":[{\"name\":\"link.mode\",\"value\":\"BIDIRECTIONAL\"}]}",
      "{\"destination_cluster_id\":\"dr\",\"cluster_link_id\":\"eEBkTffYSESld6EO898x3w\","
          + "\"configs\":[{\"name\":\"link.mode\",\"value\":\"SOURCE\"},{\"name\":\"acl.sync.ms\",\"value\":\"100\"}]}");
  private static final List<String> CONFIG_SEEDS = List.of("{\"value\":\"true\"}", "{\"value\":\"5000\"}",
      "{\"value\":null}", "{\"value\":\"PLAINTEXT\"}");
  private static final List<String> CONFIG_NAMES = List.of("acl.sync.enable", "acl.sync.ms", "security.protocol",
      "consumer.offset.sync.enable", "retry.backoff.ms", "link.mode", "no.such.config");
  private static final List<String> BATCH_SEEDS = List.of(
      "{\"data\":[{\"name\":\"acl.sync.enable\",\"value\":\"true\"},{\"name\":\"acl.sync.ms\",\"value\":\"100\","
          + "\"operation\":\"SET\"},{\"name\":\"consumer.offset.sync.enable\",\"operation\":\"DELETE\"}],"
          + "\"validate_only\":false}",
      "{\"data\":[{\"name\":\"security.protocol\",\"value\":\"SSL\"},{\"name\":\"acl.sync.enable\",\"value\":null}]}");

  private LifecycleMutations() {
  }

  static Request next(Random random, int i) {
    Family family = Family.values()[random.nextInt(Family.values().length)];
    boolean validateOnly = random.nextInt(4) == 0;
    String query = validateOnly ? "?validate_only=true" : "";
    return switch (family) {
      case ALTER -> {
        String op = LifecycleCorpus.OPERATIONS.get(random.nextInt(LifecycleCorpus.OPERATIONS.size()));
        String link = random.nextBoolean() ? Stub.LIFE_LINK : Stub.BIDI_LINK;
        yield new Request(family, "POST", Stub.alterPath(Stub.LIFE, link, op) + query, mutated(random, ALTER_SEEDS),
            link, validateOnly);
      }
      case CREATE_LINK -> new Request(family, "POST", Stub.linksPath(Stub.LIFE) + "?link_name=m" + i
          + (validateOnly ? "&validate_only=true" : ""), mutated(random, LINK_SEEDS), "m" + i, validateOnly);
      case UPDATE_CONFIG -> new Request(family, "PUT", Stub.configsPath(Stub.LIFE, Stub.LIFE_LINK) + "/"
          + CONFIG_NAMES.get(random.nextInt(CONFIG_NAMES.size())), mutated(random, CONFIG_SEEDS), Stub.LIFE_LINK, false);
      case CONFIG_BATCH -> new Request(family, "PUT", Stub.configsPath(Stub.LIFE, Stub.LIFE_LINK) + ":alter" + query,
          mutated(random, BATCH_SEEDS), Stub.LIFE_LINK, validateOnly);
    };
  }

  private static byte[] mutated(Random random, List<String> seeds) {
    return RandomMutationTest.mutate(random, seeds.get(random.nextInt(seeds.size())).getBytes(StandardCharsets.UTF_8));
  }

  static void assertChangedOnlyWhatItAccepted(Request request, Reply reply, Map<String, Snapshot> before,
      Map<String, Snapshot> after) throws IOException {
    boolean done = reply.status() == 200 || reply.status() == 204;
    if (!done) {
      Stub.errorBody(reply);
    }
    for (String cluster : Stub.CLUSTERS) {
      if (!cluster.equals(Stub.LIFE)) {
        assertEquals(before.get(cluster), after.get(cluster), "another cluster changed");
      }
    }
    Snapshot was = before.get(Stub.LIFE);
    Snapshot is = after.get(Stub.LIFE);
    boolean validBody = done && !(request.validateOnly() && request.family() != Family.ALTER);
    if (!validBody || (request.validateOnly() && request.family() == Family.ALTER)) {
      if (done && request.family() == Family.ALTER) {
        assertTrue(Stub.JSON.readTree(reply.body()).get("data").isArray(), "no data array");
      }
      assertEquals(was, is, "a request that changed nothing (refused, or validate_only) changed the state");
      return;
    }
    switch (request.family()) {
      case ALTER -> {
        Set<String> accepted = new HashSet<>();
        for (JsonNode item : Stub.JSON.readTree(reply.body()).get("data")) {
          if (item.get("error_code").isNull()) {
            accepted.add(item.get("mirror_topic_name").textValue());
          }
        }
        assertEquals(withoutTopics(was, accepted), withoutTopics(is, accepted), "an item that was not accepted moved");
        assertEquals(was.linkConfigs(), is.linkConfigs(), "an alter changed link configs");
      }
      case CREATE_LINK -> {
        List<String> links = new ArrayList<>(names(was.links()));
        links.add(request.linkName());
        assertEquals(links, names(is.links()), "createKafkaLink's 204 did not add exactly its link");
        assertEquals(was.mirrors(), is.mirrors(), "createKafkaLink changed mirrors");
        assertEquals(was.topics(), is.topics(), "createKafkaLink changed topics");
      }
      case UPDATE_CONFIG, CONFIG_BATCH -> {
        assertEquals(names(was.links()), names(is.links()), "a config write changed links");
        assertEquals(was.mirrors(), is.mirrors(), "a config write changed mirrors");
        assertEquals(was.topics(), is.topics(), "a config write changed topics");
        Map<String, Map<String, String>> others = new LinkedHashMap<>(was.linkConfigs());
        Map<String, Map<String, String>> othersAfter = new LinkedHashMap<>(is.linkConfigs());
        others.remove(request.linkName());
        othersAfter.remove(request.linkName());
        assertEquals(others, othersAfter, "a config write changed another link's configs");
      }
    }
  }

  /** Link names, configs, and every mirror and topic but {@code accepted} ones. */
  private static List<Object> withoutTopics(Snapshot s, Set<String> accepted) {
    Map<String, MirrorTopic> mirrors = new LinkedHashMap<>();
    s.mirrors().stream().filter(m -> !accepted.contains(m.mirrorTopicName()))
        .forEach(m -> mirrors.put(m.mirrorTopicName(), m));
    List<String> topics = s.topics().stream().filter(t -> !accepted.contains(t)).toList();
    return List.of(names(s.links()), mirrors, topics);
  }

  private static List<String> names(List<ClusterLink> links) {
    return links.stream().map(ClusterLink::name).toList();
  }
}
