package dev.mirrorstub.server.adminapi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.mirrorstub.server.admin.RequestJournal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BinaryOperator;

/**
 * The outermost handler of a server with the admin API: every request but the admin API's is written
 * to the {@link RequestJournal} with its answer, those that the rate limiter or the transport's guards
 * answer included. The handlers behind it see a {@link RecordingExchange}, which keeps the bodies as
 * they pass and writes the entry before the client can have its whole answer; a request body that
 * was not read (an early refusal) counts as its declared length. Installed only when the admin API is
 * on: without it the request path does not pay for a journal.
 */
public final class JournalingHandler implements HttpHandler {

  private final HttpHandler next;
  private final RequestJournal journal;
  private final BinaryOperator<String> operationOf;

  /** {@code operationOf}: given the method and the decoded path, the operation id of openapi.yaml, or null. */
  public JournalingHandler(HttpHandler next, RequestJournal journal, BinaryOperator<String> operationOf) {
    this.next = Objects.requireNonNull(next);
    this.journal = Objects.requireNonNull(journal);
    this.operationOf = Objects.requireNonNull(operationOf);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    if (AdminPaths.isAdminRawPath(exchange.getRequestURI().getRawPath())) {
      next.handle(exchange);
      return;
    }
    long epoch = journal.epoch();
    Instant arrived = Instant.now();
    long start = System.nanoTime();
    RecordingExchange[] recording = new RecordingExchange[1];
    recording[0] = new RecordingExchange(exchange, journal.maxBodyBytes(),
        () -> record(epoch, arrived, start, exchange, recording[0]));
    try {
      next.handle(recording[0]);
    } finally {
      recording[0].answered();
    }
  }

  private void record(long epoch, Instant arrived, long start, HttpExchange exchange, RecordingExchange r) {
    String method = exchange.getRequestMethod();
    journal.record(epoch, new RequestJournal.Exchange(arrived, method, exchange.getRequestURI().getRawPath(),
        exchange.getRequestURI().getRawQuery(), operationOf.apply(method, exchange.getRequestURI().getPath()),
        exchange.getRequestHeaders(), r.request.kept(), Math.max(r.request.count, declaredLength(exchange)),
        status(exchange, r), r.response.kept(), r.response.count,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)));
  }

  /** Before a body-less answer's head goes out, the JDK exchange does not know its status yet. */
  private static int status(HttpExchange exchange, RecordingExchange r) {
    return r.status != 0 ? r.status : exchange.getResponseCode();
  }

  private static long declaredLength(HttpExchange exchange) {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    try {
      return length == null ? 0 : Math.max(0, Long.parseLong(length.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The first bytes of a body, and how many passed. */
  static final class Tee {
    private final int max;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    long count;

    Tee(int max) {
      this.max = max;
    }

    void saw(byte[] b, int off, int len) {
      kept.write(b, off, (int) Math.max(0, Math.min(len, max - kept.size())));
      count += len;
    }

    byte[] kept() {
      return kept.toByteArray();
    }
  }
}
