package dev.mirrorstub.server.hostile;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what java.net.http will not send: broken framing, odd request
 * targets, oversized headers, half-sent bodies. Every read has a timeout, so nothing here can hang.
 */
final class Raw implements AutoCloseable {

  static final int READ_TIMEOUT_MS = 10_000;
  private static final int MAX_HEAD_BYTES = 64 * 1024;

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  /** The answer to HEAD has headers only, whatever its Content-Length says. */
  private boolean head;

  private Raw(Socket socket) throws IOException {
    this.socket = socket;
    socket.setSoTimeout(READ_TIMEOUT_MS);
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  static Raw connect(URI base) throws IOException {
    return connect(base, null);
  }

  /** Connects from {@code localAddress} (e.g. 127.0.0.2, to look like another client), or any. */
  static Raw connect(URI base, String localAddress) throws IOException {
    Socket socket = new Socket();
    if (localAddress != null) {
      socket.bind(new InetSocketAddress(localAddress, 0));
    }
    socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), READ_TIMEOUT_MS);
    return new Raw(socket);
  }

  /** One request on a fresh connection; a connection closed or reset without an answer gives {@link Reply#closed()}. */
  static Reply exchange(URI base, byte[] request) throws IOException {
    try (Raw raw = connect(base)) {
      return raw.send(request);
    }
  }

  static byte[] request(String method, String target, List<String> headers, byte[] body) {
    StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    if (headers.stream().noneMatch(h -> h.regionMatches(true, 0, "Host:", 0, 5))) {
      head.append("Host: 127.0.0.1\r\n");
    }
    for (String h : headers) {
      head.append(h).append("\r\n");
    }
    head.append("\r\n");
    byte[] h = head.toString().getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[h.length + body.length];
    System.arraycopy(h, 0, all, 0, h.length);
    System.arraycopy(body, 0, all, h.length, body.length);
    return all;
  }

  /** Writes, then reads one answer. A write cut short by the server still reads what it answered. */
  Reply send(byte[] request) throws IOException {
    head = new String(request, 0, Math.min(5, request.length), StandardCharsets.ISO_8859_1).equals("HEAD ");
    try {
      write(request);
    } catch (IOException e) {
      return readOrClosed();
    }
    return readOrClosed();
  }

  void write(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  void shutdownOutput() throws IOException {
    socket.shutdownOutput();
  }

  /** The next answer, or {@link Reply#closed()} if the server closes (or resets) first. */
  Reply readOrClosed() throws IOException {
    try {
      return read();
    } catch (EOFException | java.net.SocketException e) {
      return Reply.closed();
    }
  }

  /** True when the server has closed this connection (EOF or reset) within the read timeout. */
  boolean closedByServer() throws IOException {
    try {
      return in.read() == -1;
    } catch (java.net.SocketException e) {
      return true;
    }
  }

  /** The next response head as it comes, an interim {@code 100 Continue} included; no body. */
  Reply readInterim() throws IOException {
    return head(readHead());
  }

  Reply read() throws IOException {
    while (true) {
      Reply head = head(readHead());
      if (head.status() != 100) {
        return new Reply(head.status(), head.headers(), readBody(head));
      }
    }
  }

  private static Reply head(String text) {
    String[] lines = text.split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ", 3)[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).strip());
    }
    return new Reply(status, headers, new byte[0]);
  }

  private byte[] readBody(Reply head) throws IOException {
    if (this.head) {
      return new byte[0];
    }
    String length = head.header("content-length");
    if (length != null) {
      return in.readNBytes(Integer.parseInt(length));
    }
    if ("chunked".equalsIgnoreCase(head.header("transfer-encoding"))) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      while (true) {
        int size = Integer.parseInt(readLine().split(";")[0].strip(), 16);
        if (size == 0) {
          readLine();
          return body.toByteArray();
        }
        body.write(in.readNBytes(size));
        readLine();
      }
    }
    if (head.status() == 204 || head.status() == 304) {
      return new byte[0];
    }
    return in.readAllBytes();
  }

  private String readHead() throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("connection closed after " + head.size() + " bytes");
      }
      head.write(b);
      matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
      if (head.size() > MAX_HEAD_BYTES) {
        throw new IOException("response head too large");
      }
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    return text.substring(0, text.length() - 4);
  }

  private String readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != '\n') {
      if (b < 0) {
        throw new EOFException();
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
