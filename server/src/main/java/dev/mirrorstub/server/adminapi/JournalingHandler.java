package dev.mirrorstub.server.adminapi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.mirrorstub.server.admin.RequestJournal;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BinaryOperator;

/**
 * The outermost handler of a server with the admin API: every request but the admin API's is written
 * to the {@link RequestJournal} with its answer, those that the rate limiter or the transport's guards
 * answer included. The bodies are read through as they pass ({@link HttpExchange#setStreams}), the
 * first {@code max_body_bytes} of each kept and every byte counted; a request body that was not read
 * (an early refusal) counts as its declared length. Installed only when the admin API is on: without
 * it the request path does not pay for a journal.
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
    String rawPath = exchange.getRequestURI().getRawPath();
    if (AdminPaths.isAdminRawPath(rawPath)) {
      next.handle(exchange);
      return;
    }
    long epoch = journal.epoch();
    Instant arrived = Instant.now();
    long start = System.nanoTime();
    Tee request = new Tee(journal.maxBodyBytes());
    Tee response = new Tee(journal.maxBodyBytes());
    TeeInput in = new TeeInput(exchange.getRequestBody(), request);
    exchange.setStreams(in, new TeeOutput(exchange.getResponseBody(), response));
    try {
      next.handle(exchange);
    } finally {
      String method = exchange.getRequestMethod();
      journal.record(epoch, new RequestJournal.Exchange(arrived, method, rawPath, exchange.getRequestURI().getRawQuery(),
          operationOf.apply(method, exchange.getRequestURI().getPath()), exchange.getRequestHeaders(), request.kept(),
          Math.max(request.count, declaredLength(exchange)), exchange.getResponseCode(), response.kept(), response.count,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)));
    }
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
  private static final class Tee {
    private final int max;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long count;

    Tee(int max) {
      this.max = max;
    }

    void saw(byte[] b, int off, int len) {
      int room = (int) Math.max(0, Math.min(len, max - kept.size()));
      kept.write(b, off, room);
      count += len;
    }

    byte[] kept() {
      return kept.toByteArray();
    }
  }

  private static final class TeeInput extends FilterInputStream {
    private final Tee tee;

    TeeInput(InputStream in, Tee tee) {
      super(in);
      this.tee = tee;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        tee.saw(new byte[] {(byte) b}, 0, 1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        tee.saw(b, off, n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] buffer = new byte[(int) Math.min(8192, Math.max(0, n))];
      int read = read(buffer, 0, buffer.length);
      return Math.max(0, read);
    }
  }

  private static final class TeeOutput extends FilterOutputStream {
    private final Tee tee;

    TeeOutput(OutputStream out, Tee tee) {
      super(out);
      this.tee = tee;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      tee.saw(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      tee.saw(b, off, len);
    }
  }
}
