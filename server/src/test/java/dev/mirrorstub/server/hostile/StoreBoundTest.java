package dev.mirrorstub.server.hostile;

import static dev.mirrorstub.server.hostile.Stub.assertErrorBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.server.StubServer;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A cluster holds at most {@code max_topics} topics, as a real one does: past it every create is
 * refused with a clear 4xx and the store stops growing, however many creates follow.
 */
@Timeout(60)
class StoreBoundTest {

  /** plain-topic and w.alpha exist from the start. */
  private static final int MAX_TOPICS = 20;

  @Test
  void createMirror_pastMaxTopics_returns40002AndTheStoreStopsGrowing() throws Exception {
    StubConfig config = Stub.config(Stub.limits(1_048_576, 0, 0), MAX_TOPICS);
    InMemoryMirrorService mirrors = new InMemoryMirrorService(config);
    try (StubServer server = Stub.start(config, mirrors)) {
      HttpClient http = HttpClient.newHttpClient();
      int room = MAX_TOPICS - 2;
      for (int i = 0; i < room; i++) {
        Reply created = Stub.create(http, server.baseUri(), Stub.basic(), "{\"source_topic_name\":\"s" + i + "\"}");
        assertEquals(204, created.status(), created::toString);
      }
      int full = mirrors.mirrors(Stub.CLUSTER).size();

      for (int i = room; i < Stub.SOURCES; i++) {
        Reply refused = Stub.create(http, server.baseUri(), Stub.basic(), "{\"source_topic_name\":\"s" + i + "\"}");
        assertErrorBody(refused, 400, 40002);
        assertTrue(Stub.errorBody(refused).get("message").textValue().contains("limit of " + MAX_TOPICS),
            refused::toString);
      }

      assertEquals(MAX_TOPICS - 1, full, "w.alpha and the mirrors created; plain-topic is not a mirror");
      assertEquals(full, mirrors.mirrors(Stub.CLUSTER).size());
    }
  }
}
