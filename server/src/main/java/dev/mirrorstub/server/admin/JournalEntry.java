package dev.mirrorstub.server.admin;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request the stub received and its answer, as the journal keeps it: no credential (see
 * {@link SecretMasks}), bodies as UTF-8 text up to the journal's byte limit, their whole sizes counted.
 * {@code operationId} is the operation of openapi.yaml that the method and path name, or null;
 * {@code principal} the API key of a Basic credential, or null; {@code status} -1 when the connection
 * ended before an answer was sent.
 */
public record JournalEntry(long id, Instant time, String method, String path, String query, String operationId,
                           Map<String, List<String>> headers, String principal, String body, long bodySize,
                           boolean bodyTruncated, int status, String responseBody, long responseBodySize,
                           boolean responseBodyTruncated, long durationMs) {

  public JournalEntry {
    headers = Collections.unmodifiableMap(new TreeMap<>(headers));
  }

  JournalEntry withId(long newId) {
    return new JournalEntry(newId, time, method, path, query, operationId, headers, principal, body, bodySize,
        bodyTruncated, status, responseBody, responseBodySize, responseBodyTruncated, durationMs);
  }
}
