package dev.mirrorstub.server.admin;

import static dev.mirrorstub.server.domain.MirrorException.badRequest;

import dev.mirrorstub.server.config.Admin;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The last requests the stub received, each with its answer: a ring of at most {@code max_entries}
 * (the oldest dropped when full), ids counting up from 1 since the start or the last {@link #clear()}.
 * The server's outermost handler {@linkplain #record records} every request but the admin API's; no
 * credential is kept ({@link SecretMasks}). Thread-safe.
 */
public final class RequestJournal {

  /**
   * One exchange as the server saw it, before anything is masked: the bodies as far as they were kept
   * (at most {@link #maxBodyBytes()}), their whole sizes, the status (-1: no answer was sent).
   */
  public record Exchange(Instant time, String method, String path, String query, String operationId,
                         Map<String, List<String>> headers, byte[] body, long bodySize, int status,
                         byte[] responseBody, long responseBodySize, long durationMs) {
  }

  /** Filters that combine; null ones match everything; {@code limit}: only the last N that match. */
  public record Filter(String method, String path, String operationId, Integer status, Integer limit) {
    public static final Filter ALL = new Filter(null, null, null, null, null);

    public Filter {
      if (limit != null && limit < 1) {
        throw badRequest(400, "limit must be at least 1.");
      }
      if (status != null && (status < 100 || status > 599)) {
        throw badRequest(400, "Invalid status '" + status + "': must be an HTTP status code (100 to 599).");
      }
    }

    boolean matches(JournalEntry e) {
      return (method == null || method.equalsIgnoreCase(e.method())) && (path == null || path.equals(e.path()))
          && (operationId == null || operationId.equals(e.operationId()))
          && (status == null || status == e.status());
    }
  }

  private final int maxEntries;
  private final int maxBodyBytes;
  private final ArrayDeque<JournalEntry> entries = new ArrayDeque<>();
  private long lastId;
  private long epoch;

  public RequestJournal(Admin.Journal settings) {
    this.maxEntries = settings.maxEntries();
    this.maxBodyBytes = settings.maxBodyBytes();
  }

  /** How many bytes of each body are kept. */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /** Taken when a request arrives and handed to {@link #record}: a request that a clear overtook is dropped. */
  public synchronized long epoch() {
    return epoch;
  }

  /** Keeps the exchange (masked), unless the journal was cleared since {@code arrivedInEpoch}. */
  public void record(long arrivedInEpoch, Exchange e) {
    JournalEntry entry = new JournalEntry(0, e.time(), e.method(), e.path(), e.query(), e.operationId(),
        SecretMasks.headers(e.headers()), SecretMasks.principal(e.headers()), SecretMasks.body(e.path(), text(e.body())), e.bodySize(),
        kept(e.body()) < e.bodySize(), e.status(), text(e.responseBody()), e.responseBodySize(),
        kept(e.responseBody()) < e.responseBodySize(), e.durationMs());
    synchronized (this) {
      if (arrivedInEpoch != epoch) {
        return;
      }
      entries.addLast(entry.withId(++lastId));
      if (entries.size() > maxEntries) {
        entries.removeFirst();
      }
    }
  }

  /** The entries that match, oldest first. */
  public List<JournalEntry> list(Filter filter) {
    Objects.requireNonNull(filter);
    List<JournalEntry> matching = new ArrayList<>();
    synchronized (this) {
      for (JournalEntry e : entries) {
        if (filter.matches(e)) {
          matching.add(e);
        }
      }
    }
    int from = filter.limit() == null ? 0 : Math.max(0, matching.size() - filter.limit());
    return List.copyOf(matching.subList(from, matching.size()));
  }

  /** Empties the journal; the next request's id is 1. */
  public synchronized void clear() {
    entries.clear();
    lastId = 0;
    epoch++;
  }

  private int kept(byte[] body) {
    return body == null ? 0 : Math.min(body.length, maxBodyBytes);
  }

  private String text(byte[] body) {
    return body == null ? "" : new String(Arrays.copyOf(body, kept(body)), StandardCharsets.UTF_8);
  }
}
