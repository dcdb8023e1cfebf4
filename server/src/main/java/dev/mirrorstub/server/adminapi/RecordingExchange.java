package dev.mirrorstub.server.adminapi;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * An exchange that the handlers behind the journal see instead of the JDK's: its bodies are read
 * through as they pass (the first {@code maxBytes} of each kept, every byte counted), and {@code onAnswered}
 * runs once, just before the answer can be complete on the client's side: before a body-less answer's
 * head is sent, before the last byte of a body of declared length is written, before the body is closed
 * (which ends a chunked one). A client that has its answer therefore finds it in the journal.
 */
final class RecordingExchange extends HttpExchange {

  private final HttpExchange exchange;
  private final Runnable onAnswered;
  final JournalingHandler.Tee request;
  final JournalingHandler.Tee response;
  private InputStream in;
  private OutputStream out;
  private long declaredLength = -1;
  /** The status sent, once sendResponseHeaders is called (0 before). */
  int status;
  private boolean answered;

  RecordingExchange(HttpExchange exchange, int maxBytes, Runnable onAnswered) {
    this.exchange = exchange;
    this.onAnswered = onAnswered;
    this.request = new JournalingHandler.Tee(maxBytes);
    this.response = new JournalingHandler.Tee(maxBytes);
  }

  /** Runs {@code onAnswered} unless it ran; also what the journal does when a handler fails. */
  void answered() {
    if (!answered) {
      answered = true;
      onAnswered.run();
    }
  }

  @Override
  public void sendResponseHeaders(int status, long length) throws IOException {
    boolean bodyless = length == -1 || status == 204 || status == 304 || status < 200
        || "HEAD".equals(exchange.getRequestMethod());
    this.status = status;
    if (bodyless) {
      answered();
    }
    declaredLength = length;
    exchange.sendResponseHeaders(status, length);
  }

  @Override
  public InputStream getRequestBody() {
    if (in == null) {
      in = new FilterInputStream(exchange.getRequestBody()) {
        @Override
        public int read() throws IOException {
          int b = super.read();
          if (b >= 0) {
            request.saw(new byte[] {(byte) b}, 0, 1);
          }
          return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          int n = super.read(b, off, len);
          if (n > 0) {
            request.saw(b, off, n);
          }
          return n;
        }

        @Override
        public long skip(long n) throws IOException {
          return Math.max(0, read(new byte[(int) Math.min(8192, Math.max(0, n))]));
        }
      };
    }
    return in;
  }

  @Override
  public OutputStream getResponseBody() {
    if (out == null) {
      out = new FilterOutputStream(exchange.getResponseBody()) {
        @Override
        public void write(int b) throws IOException {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          response.saw(b, off, len);
          if (declaredLength > 0 && response.count >= declaredLength) {
            answered();
          }
          this.out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          answered();
          super.close();
        }
      };
    }
    return out;
  }

  @Override
  public void close() {
    answered();
    exchange.close();
  }

  @Override
  public Headers getRequestHeaders() {
    return exchange.getRequestHeaders();
  }

  @Override
  public Headers getResponseHeaders() {
    return exchange.getResponseHeaders();
  }

  @Override
  public URI getRequestURI() {
    return exchange.getRequestURI();
  }

  @Override
  public String getRequestMethod() {
    return exchange.getRequestMethod();
  }

  @Override
  public HttpContext getHttpContext() {
    return exchange.getHttpContext();
  }

  @Override
  public InetSocketAddress getRemoteAddress() {
    return exchange.getRemoteAddress();
  }

  @Override
  public int getResponseCode() {
    return exchange.getResponseCode();
  }

  @Override
  public InetSocketAddress getLocalAddress() {
    return exchange.getLocalAddress();
  }

  @Override
  public String getProtocol() {
    return exchange.getProtocol();
  }

  @Override
  public Object getAttribute(String name) {
    return exchange.getAttribute(name);
  }

  @Override
  public void setAttribute(String name, Object value) {
    exchange.setAttribute(name, value);
  }

  @Override
  public void setStreams(InputStream i, OutputStream o) {
    // The journal's streams stay in front: the handlers behind it never replace them.
    throw new UnsupportedOperationException("the journal reads the bodies as they pass");
  }

  @Override
  public HttpPrincipal getPrincipal() {
    return exchange.getPrincipal();
  }
}
