package dev.mirrorstub.server.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mirrorstub.server.config.StubConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.function.Executable;

/** A small lifecycle configuration, a clock that tests move by hand, and assertions on refusals. */
final class Lifecycle {

  static final long START_MS = 1_764_028_800_000L;
  static final long DELAY_MS = 200;

  /**
   * cluster c: link dr (DESTINATION, source src) with mirrors in every interesting state, link bidi
   * (BIDIRECTIONAL) with mirrors and remote mirrors of regular topics, link gone (stopped mirror only).
   */
  static final String CONFIG = """
      lifecycle: {transition_delay_ms: %d}
      credentials: [{bearer_token: t}]
      clusters:
        - id: c
          topics: [plain, restore-me, restore-wide]
          links:
            - name: dr
              source_cluster_id: src
              configs: {acl.sync.enable: "true", sasl.jaas.config: "secret"}
              source_topics:
                - {name: active, partitions: 2}
                - {name: paused, partitions: 1}
                - {name: stopped, partitions: 1}
                - {name: lagging, partitions: 2}
                - {name: failed, partitions: 1}
                - {name: other, partitions: 1}
                - {name_pattern: "new-.*", partitions: 3}
              mirrors:
                - source: active
                  lags: [{lag: 0, last_source_fetch_offset: 10}, {lag: 0, last_source_fetch_offset: 20}]
                - {source: paused, status: PAUSED, lags: [{lag: 0, last_source_fetch_offset: 5}]}
                - {source: stopped, status: STOPPED}
                - source: lagging
                  lags: [{lag: 1, last_source_fetch_offset: 10}, {lag: 41, last_source_fetch_offset: 20}]
                - source: failed
                  status: FAILED
                  mirror_topic_error: SOURCE_TOPIC_MAY_BE_DELETED
                  state_transition_errors: [{error_code: UNKNOWN_TOPIC_OR_PARTITION_ERROR, error_message: gone}]
            - name: bidi
              mode: BIDIRECTIONAL
              remote_cluster_id: west
              prefix: w.
              source_topics: [{name: b1, partitions: 1}, {name: b2, partitions: 1}]
              mirrors: [b1, {source: b2, status: PAUSED}]
              remote_mirrors:
                - topic: restore-me
                  status: STOPPED
                  truncation: [{offset_truncated_to: 100, messages_truncated: 7}, {offset_truncated_to: 50, messages_truncated: 3}]
                - {topic: restore-wide, status: ACTIVE, truncation: [{offset_truncated_to: 1, messages_truncated: 1}]}
            - name: spent
              source_cluster_id: src
              source_topics: [{name: old, partitions: 1}]
              mirrors: [{source: old, status: STOPPED}]
        - id: nolink
          cluster_linking: false
      """;

  final AtomicLong now = new AtomicLong(START_MS);
  final InMemoryMirrorService service;

  Lifecycle() {
    this(DELAY_MS);
  }

  Lifecycle(long delayMs) {
    this(CONFIG.formatted(delayMs));
  }

  Lifecycle(String yaml) {
    try {
      service = new InMemoryMirrorService(StubConfig.parse(yaml), clock());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A clock that reads {@link #now}. */
  private Clock clock() {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return Instant.ofEpochMilli(now.get());
      }
    };
  }

  void advance(long ms) {
    now.addAndGet(ms);
  }

  MirrorTopic mirror(String link, String name) {
    return service.find("c", link, name);
  }

  MirrorStatus status(String link, String name) {
    return mirror(link, name).status();
  }

  List<AlterMirrors.Item> alter(String link, AlterMirrors.Operation op, String... names) {
    return service.alterMirrors("c", link, new AlterMirrors(op, List.of(names), null, null, null));
  }

  AlterMirrors.Item alterOne(String link, AlterMirrors.Operation op, String name) {
    List<AlterMirrors.Item> items = alter(link, op, name);
    assertEquals(1, items.size());
    return items.get(0);
  }

  /** Asserts the call is refused with this kind, error code and message, and that it changed nothing. */
  void assertRefused(MirrorException.Kind kind, int errorCode, String message, Executable call) {
    InMemoryMirrorService.Snapshot before = service.snapshot("c");
    MirrorException e = assertThrows(MirrorException.class, call);
    assertEquals(message, e.getMessage());
    assertEquals(kind, e.kind());
    assertEquals(errorCode, e.errorCode());
    assertEquals(before, service.snapshot("c"), "a refused request changes nothing");
  }
}
