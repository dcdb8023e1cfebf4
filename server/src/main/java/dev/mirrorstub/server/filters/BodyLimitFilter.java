package dev.mirrorstub.server.filters;

import dev.mirrorstub.server.errors.RestException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bodies over the limit get 413 with the error body. A declared Content-Length is refused before
 * a byte is read; a chunked body is cut off as soon as it passes the limit. A body that cannot be
 * read (broken chunked encoding, client gone mid-body) gets 400.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION + 10)
public final class BodyLimitFilter implements ContainerRequestFilter {

  private final int maxBytes;

  public BodyLimitFilter(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (declaredLength(request) > maxBytes) {
      throw RestException.bodyTooLarge(maxBytes);
    }
    request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxBytes));
  }

  /** Read as a long: Jersey's {@code getLength()} fails on a length past 2 GiB. */
  private static long declaredLength(ContainerRequestContext request) {
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    try {
      return length == null ? -1 : Long.parseLong(length.strip());
    } catch (NumberFormatException e) {
      // The JDK server refuses such a request before it gets here; unlimited reading still stops at the limit.
      return -1;
    }
  }

  /** Its refusals are IOExceptions (all a stream may throw) whose cause is the answer, a {@link RestException}. */
  private static final class LimitedInputStream extends FilterInputStream {
    private final int max;
    private long count;
    private boolean abandoned;

    LimitedInputStream(InputStream in, int max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = (int) guarded(() -> super.read());
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = (int) guarded(() -> super.read(buf, off, len));
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = guarded(() -> super.skip(n));
      count(skipped);
      return skipped;
    }

    /**
     * Closing the JDK's stream drains what is left of the body, which blocks on a broken or
     * oversized one before any answer is sent. Once the body is given up, the answer goes first;
     * the JDK drains (bounded) and closes the connection after it.
     */
    @Override
    public void close() throws IOException {
      if (!abandoned) {
        super.close();
      }
    }

    private long guarded(IoRead read) throws IOException {
      try {
        return read.run();
      } catch (IOException e) {
        if (e.getCause() instanceof RestException) {
          throw e;
        }
        abandoned = true;
        throw RestException.bodyUnreadable(e).asIOException();
      }
    }

    private void count(long n) throws IOException {
      count += n;
      if (count > max) {
        abandoned = true;
        throw RestException.bodyTooLarge(max).asIOException();
      }
    }
  }

  @FunctionalInterface
  private interface IoRead {
    long run() throws IOException;
  }
}
