package dev.mirrorstub.server.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bodies over the limit get 413 with the error body. A declared Content-Length is refused before
 * a byte is read; a chunked body is cut off as soon as it passes the limit.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION + 10)
final class BodyLimitFilter implements ContainerRequestFilter {

  private final int maxBytes;

  BodyLimitFilter(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > maxBytes) {
      request.abortWith(tooLarge(maxBytes));
      return;
    }
    request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxBytes));
  }

  static jakarta.ws.rs.core.Response tooLarge(int maxBytes) {
    return Errors.response(413, 413, "Request body is larger than " + maxBytes + " bytes.");
  }

  /** Thrown while reading a body that turns out larger than the limit. */
  static final class BodyTooLargeException extends IOException {
    final int maxBytes;

    BodyTooLargeException(int maxBytes) {
      super("Request body is larger than " + maxBytes + " bytes.", null);
      this.maxBytes = maxBytes;
    }
  }

  private static final class LimitedInputStream extends FilterInputStream {
    private final int max;
    private long count;

    LimitedInputStream(InputStream in, int max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count(skipped);
      return skipped;
    }

    private void count(long n) throws BodyTooLargeException {
      count += n;
      if (count > max) {
        throw new BodyTooLargeException(max);
      }
    }
  }
}
