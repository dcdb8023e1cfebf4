package dev.mirrorstub.server.hostile;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What came back for one request: a status, headers (names in lower case) and a body, or
 * nothing at all when the server closed the connection without answering ({@link #CLOSED}).
 */
record Reply(int status, Map<String, List<String>> headers, byte[] body) {

  static final int CLOSED = -1;

  static Reply closed() {
    return new Reply(CLOSED, Map.of(), new byte[0]);
  }

  String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  String contentType() {
    String type = header("content-type");
    return type == null ? "" : type.toLowerCase(Locale.ROOT);
  }

  String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    String text = text();
    return status + " " + contentType() + " " + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
  }
}
