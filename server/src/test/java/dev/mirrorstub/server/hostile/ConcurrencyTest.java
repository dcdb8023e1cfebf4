package dev.mirrorstub.server.hostile;

import static dev.mirrorstub.server.hostile.Stub.assertErrorBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.server.domain.MirrorTopic;
import dev.mirrorstub.server.StubServer;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** 64 clients at once, released together by a start gate: nothing lost, nothing created or moved twice. */
@Timeout(60)
class ConcurrencyTest {

  private static final int THREADS = 64;

  @Test
  void createMirror_sameMirrorFrom64Threads_exactlyOneWins() throws Exception {
    StubConfig config = Stub.config();
    InMemoryMirrorService mirrors = new InMemoryMirrorService(config);
    try (StubServer server = Stub.start(config, mirrors)) {
      List<Reply> replies = race(server, i -> "{\"source_topic_name\":\"gamma\"}");

      long created = replies.stream().filter(r -> r.status() == 204).count();
      assertEquals(1, created, () -> "204s: " + replies);
      for (Reply r : replies) {
        if (r.status() != 204) {
          assertErrorBody(r, 400, 40002);
        }
      }
      List<MirrorTopic> stored = mirrors.mirrors(Stub.CLUSTER);
      assertEquals(1, stored.stream().filter(m -> m.mirrorTopicName().equals(Stub.PREFIX + "gamma")).count());
      assertEquals(2, stored.size(), "the configured w.alpha and the new w.gamma");
    }
  }

  @Test
  void createMirror_64DistinctMirrorsFrom64Threads_allPresentOnce() throws Exception {
    StubConfig config = Stub.config();
    InMemoryMirrorService mirrors = new InMemoryMirrorService(config);
    try (StubServer server = Stub.start(config, mirrors)) {
      List<Reply> replies = race(server, i -> "{\"source_topic_name\":\"s" + i + "\"}");

      assertEquals(THREADS, replies.stream().filter(r -> r.status() == 204).count(), () -> "answers: " + replies);
      List<String> names = mirrors.mirrors(Stub.CLUSTER).stream()
          .map(MirrorTopic::mirrorTopicName).filter(n -> !n.equals(Stub.PREFIX + "alpha")).toList();
      Set<String> expected = IntStream.range(0, THREADS).mapToObj(i -> Stub.PREFIX + "s" + i)
          .collect(Collectors.toSet());
      assertEquals(THREADS, names.size(), "no mirror lost or duplicated");
      assertEquals(expected, Set.copyOf(names));
    }
  }

  @Test
  void promote_sameMirrorFrom64Threads_oneItemAccepted_theOthersAlreadyStopped() throws Exception {
    StubConfig config = Stub.config();
    InMemoryMirrorService mirrors = new InMemoryMirrorService(config);
    try (StubServer server = Stub.start(config, mirrors)) {
      String path = "/kafka/v3/clusters/" + Stub.CLUSTER + "/links/" + Stub.LINK + "/mirrors:promote";
      List<Reply> replies = race(server, path, i -> "{\"mirror_topic_names\":[\"w.alpha\"]}");

      List<String> messages = new ArrayList<>();
      for (Reply r : replies) {
        assertEquals(200, r.status(), r::toString);
        messages.add(Stub.JSON.readTree(r.body()).at("/data/0/error_message").asText(null));
      }
      assertEquals(1, messages.stream().filter(java.util.Objects::isNull).count(), messages::toString);
      assertEquals(THREADS - 1, messages.stream()
          .filter("Topic 'w.alpha' has already stopped its mirror from 'west-link'"::equals).count());
      assertTrue(mirrors.mirrors(Stub.CLUSTER).get(0).status().stopped());
    }
  }

  private static List<Reply> race(StubServer server, IntFunction<String> body) throws Exception {
    return race(server, Stub.mirrorsPath(), body);
  }

  /** Sends one request per thread, all released at the same moment; returns the answers. */
  private static List<Reply> race(StubServer server, String path, IntFunction<String> body) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    CountDownLatch ready = new CountDownLatch(THREADS);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Reply>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        String json = body.apply(i);
        Callable<Reply> call = () -> {
          ready.countDown();
          go.await();
          return Stub.send(http, Stub.post(server.baseUri(), path, Stub.basic(), json).build());
        };
        futures.add(pool.submit(call));
      }
      ready.await();
      go.countDown();
      List<Reply> replies = new ArrayList<>();
      for (Future<Reply> f : futures) {
        replies.add(f.get());
      }
      return replies;
    } finally {
      pool.shutdownNow();
    }
  }
}
