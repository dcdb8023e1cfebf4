package dev.mirrorstub.server.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mirrorstub.server.config.StubConfig;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading mirrors back: what a client sees right after creating one, and the 404s on the way there. */
class InMemoryMirrorServiceReadTest {

  private static final Instant START = Instant.parse("2026-01-02T03:04:05Z");

  private static final String CONFIG = """
      credentials:
        - {api_key: k, api_secret: s}
      clusters:
        - id: dest
          brokers: 3
          links:
            - name: with-prefix
              prefix: p_
              source_topics:
                - {name: clicks, partitions: 4}
                - {name: views, partitions: 2}
              mirrors: [clicks]
            - name: plain
              source_topics:
                - {name: logs, partitions: 1}
        - id: old
          cluster_linking: false
      """;

  private InMemoryMirrorService service;

  @BeforeEach
  void setUp() throws IOException {
    service = new InMemoryMirrorService(StubConfig.parse(CONFIG), Clock.fixed(START, ZoneOffset.UTC));
  }

  @Test
  void find_preconfiguredMirror_isActiveWithZeroLagAndNoFetchPerPartition() {
    MirrorTopic mirror = service.find("dest", "with-prefix", "p_clicks");

    assertEquals("clicks", mirror.sourceTopicName());
    assertEquals(MirrorStatus.ACTIVE, mirror.status());
    assertEquals(START.toEpochMilli(), mirror.stateTimeMs());
    assertEquals(List.of(new MirrorTopic.PartitionLag(0, 0, -1), new MirrorTopic.PartitionLag(1, 0, -1),
        new MirrorTopic.PartitionLag(2, 0, -1), new MirrorTopic.PartitionLag(3, 0, -1)), mirror.lags());
  }

  @Test
  void find_justCreatedMirror_returnsWhatWasCreated() {
    MirrorTopic created = service.createMirror("dest", "with-prefix", new CreateMirror("views", null, 2, List.of()));

    MirrorTopic found = service.find("dest", "with-prefix", "p_views");

    assertEquals(created, found);
    assertEquals(2, found.lags().size());
    assertEquals(2, found.replicationFactor());
  }

  @Test
  void find_unknownMirror_throwsNotFound40403() {
    MirrorException e = assertThrows(MirrorException.class, () -> service.find("dest", "with-prefix", "p_views"));

    assertEquals(MirrorException.Kind.NOT_FOUND, e.kind());
    assertEquals(40403, e.errorCode());
    assertEquals("Mirror topic 'p_views' does not exist under cluster link 'with-prefix'.", e.getMessage());
  }

  @Test
  void find_mirrorOfAnotherLink_throwsNotFound40403() {
    MirrorException e = assertThrows(MirrorException.class, () -> service.find("dest", "plain", "p_clicks"));

    assertEquals(40403, e.errorCode());
  }

  @Test
  void find_unknownCluster_throwsNotFound404() {
    MirrorException e = assertThrows(MirrorException.class, () -> service.find("nope", "with-prefix", "p_clicks"));

    assertEquals(MirrorException.Kind.NOT_FOUND, e.kind());
    assertEquals(404, e.errorCode());
    assertEquals("Cluster nope cannot be found.", e.getMessage());
  }

  @Test
  void list_unknownLink_throwsNotFound404() {
    MirrorException e = assertThrows(MirrorException.class, () -> service.list("dest", "nope", null));

    assertEquals(404, e.errorCode());
    assertEquals("The cluster link doesn't exist: Cluster link 'nope' does not exist.", e.getMessage());
  }

  @Test
  void list_clusterWithoutLinking_throwsBadRequest40035() {
    MirrorException e = assertThrows(MirrorException.class, () -> service.list("old", "plain", null));

    assertEquals(MirrorException.Kind.BAD_REQUEST, e.kind());
    assertEquals(40035, e.errorCode());
  }

  @Test
  void list_noStatus_returnsTheLinksMirrorsInCreationOrder() {
    service.createMirror("dest", "with-prefix", new CreateMirror("views", null, null, List.of()));
    service.createMirror("dest", "plain", new CreateMirror("logs", null, null, List.of()));

    List<String> names = service.list("dest", "with-prefix", null).stream().map(MirrorTopic::mirrorTopicName).toList();

    assertEquals(List.of("p_clicks", "p_views"), names);
  }

  @Test
  void list_byStatus_returnsOnlyMirrorsInThatStatus() {
    assertEquals(1, service.list("dest", "with-prefix", MirrorStatus.ACTIVE).size());
    assertEquals(List.of(), service.list("dest", "with-prefix", MirrorStatus.STOPPED));
  }

  @Test
  void list_linkWithoutMirrors_returnsEmpty() {
    assertEquals(List.of(), service.list("dest", "plain", null));
  }
}
