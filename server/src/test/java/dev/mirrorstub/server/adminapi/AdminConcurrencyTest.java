package dev.mirrorstub.server.adminapi;

import static dev.mirrorstub.server.HttpTestSupport.json;
import static dev.mirrorstub.server.HttpTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mirrorstub.server.StubServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * API calls during state replacements and resets see one whole state: 4 threads create mirrors while
 * another swaps between two states and resets, and every state read in between is one of the swapped
 * states, give or take the mirrors created on it. No answer is a 5xx.
 */
@Timeout(120)
class AdminConcurrencyTest {

  private static final int CREATORS = 4;
  private static final int ROUNDS = 40;

  @Test
  void createsDuringReplaceAndReset_everyStateReadIsOneWholeState() throws Exception {
    try (StubServer server = StubServer.start("127.0.0.1", 0, AdminTestSupport.defaultWithAdmin())) {
      JsonNode configured = AdminTestSupport.state(server);
      // As the server writes it back, defaults filled in.
      JsonNode other = json(AdminTestSupport.admin(server, "PUT", "/__admin/state", variant(configured).toString()));
      AdminTestSupport.admin(server, "POST", "/__admin/reset", null);
      Set<JsonNode> wholeStates = Set.of(withoutCreated(configured), withoutCreated(other));
      AtomicBoolean running = new AtomicBoolean(true);
      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      java.util.concurrent.atomic.AtomicInteger created = new java.util.concurrent.atomic.AtomicInteger();
      int readsWithCreatedMirrors = 0;
      ExecutorService pool = Executors.newFixedThreadPool(CREATORS);
      List<Future<?>> creators = new ArrayList<>();
      for (int t = 0; t < CREATORS; t++) {
        int thread = t;
        creators.add(pool.submit(() -> {
          for (int i = 0; running.get(); i++) {
            HttpResponse<byte[]> r = AdminTestSupport.api(server, "POST",
                "/kafka/v3/clusters/cluster-cloud/links/link-cloud/mirrors",
                "{\"source_topic_name\": \"t" + thread + "-" + i + "\"}");
            if (r.statusCode() == 204) {
              created.incrementAndGet();
            }
            if (r.statusCode() >= 500) {
              failures.add("create answered " + r.statusCode() + ": " + text(r));
            }
          }
        }));
      }
      try {
        for (int round = 0; round < ROUNDS; round++) {
          HttpResponse<byte[]> r = round % 3 == 2 ? AdminTestSupport.admin(server, "POST", "/__admin/reset", null)
              : AdminTestSupport.admin(server, "PUT", "/__admin/state", (round % 2 == 0 ? other : configured)
                  .toString());
          assertTrue(r.statusCode() == 200 || r.statusCode() == 204, text(r));
          JsonNode read = AdminTestSupport.state(server);
          assertTrue(wholeStates.contains(withoutCreated(read)), "round " + round + ": not one whole state");
          readsWithCreatedMirrors += read.findValues("mirrors").stream().anyMatch(m -> m.size() > 0
              && m.get(0).get("source").asText().matches("t\\d+-\\d+")) ? 1 : 0;
        }
      } finally {
        running.set(false);
        pool.shutdown();
        assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
      }
      for (Future<?> f : creators) {
        f.get();
      }
      assertEquals(List.of(), List.copyOf(failures));
      assertTrue(created.get() > 0 && readsWithCreatedMirrors > 0, "creates ran meanwhile: " + created + " created, "
          + readsWithCreatedMirrors + " reads saw some");
    }
  }

  /**
   * The configured state with every cluster but cluster-cloud gone, and cluster-cloud's link source
   * topics given by a pattern, so that every create succeeds on it too.
   */
  private static JsonNode variant(JsonNode configured) {
    ObjectNode copy = configured.deepCopy();
    ArrayNode clusters = (ArrayNode) copy.get("clusters");
    for (int i = clusters.size() - 1; i >= 0; i--) {
      if (!clusters.get(i).get("id").asText().equals("cluster-cloud")) {
        clusters.remove(i);
      }
    }
    ObjectNode link = (ObjectNode) clusters.get(0).at("/links/0");
    link.putArray("source_topics").addObject().put("name_pattern", "t.*").put("partitions", 1);
    return copy;
  }

  /** The state without the mirrors created under link-cloud (the configuration has none there). */
  private static JsonNode withoutCreated(JsonNode state) {
    ObjectNode copy = state.deepCopy();
    for (JsonNode cluster : copy.get("clusters")) {
      for (JsonNode link : cluster.get("links")) {
        if (link.get("name").asText().equals("link-cloud")) {
          ((ObjectNode) link).putArray("mirrors");
        }
      }
    }
    return copy;
  }
}
