package dev.mirrorstub.server.admin;

import dev.mirrorstub.server.domain.rules.LinkConfigCatalogue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the journal keeps of a request: never a credential. {@code Authorization} keeps its scheme
 * (and a Basic credential its API key, which names the caller); the other headers that carry
 * credentials (proxy credentials, cookies, and any header named after a token, secret, password, API
 * key or session) keep none of their value. A body or path that names a sensitive link config (a
 * JAAS configuration holds a password) keeps none of its {@code "value"}s.
 */
final class SecretMasks {

  static final String MASK = "***";
  private static final List<String> RISKY_NAME_PARTS = List.of("token", "secret", "password", "passwd", "api-key",
      "apikey", "api_key", "auth", "cookie", "session", "credential", "signature");

  private static final List<String> SENSITIVE_CONFIGS = sensitiveConfigs();
  /** A JSON {@code "value"} string, or its start when the body was cut off inside it. */
  private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*\"(?:[^\"\\\\]|\\\\.)*(?:\"|\\\\?$)");

  private SecretMasks() {
  }

  /** The body as kept: every {@code "value"} masked when the request names a sensitive link config. */
  static String body(String path, String body) {
    String where = path + " " + body;
    if (SENSITIVE_CONFIGS.stream().noneMatch(where::contains)) {
      return body;
    }
    return VALUE.matcher(body).replaceAll(Matcher.quoteReplacement("\"value\":\"" + MASK + "\""));
  }

  private static List<String> sensitiveConfigs() {
    List<String> names = new ArrayList<>();
    for (LinkConfigCatalogue.Entry e : LinkConfigCatalogue.entries()) {
      if (e.sensitive()) {
        names.add(e.name());
      }
    }
    return List.copyOf(names);
  }

  /** By lower-case name, sorted; the values of credential-carrying headers masked. */
  static Map<String, List<String>> headers(Map<String, List<String>> raw) {
    Map<String, List<String>> kept = new TreeMap<>();
    raw.forEach((name, values) -> {
      String lower = name.toLowerCase(Locale.ROOT);
      List<String> masked = new ArrayList<>();
      for (String v : values) {
        masked.add(lower.equals("authorization") ? authorization(v) : risky(lower) ? MASK : v);
      }
      kept.computeIfAbsent(lower, n -> new ArrayList<>()).addAll(masked);
    });
    kept.replaceAll((name, values) -> List.copyOf(values));
    return kept;
  }

  /** The API key of the request's Basic credential, or null. */
  static String principal(Map<String, List<String>> raw) {
    for (Map.Entry<String, List<String>> h : raw.entrySet()) {
      if (h.getKey().equalsIgnoreCase("authorization") && !h.getValue().isEmpty()) {
        return basicApiKey(h.getValue().get(0));
      }
    }
    return null;
  }

  /** {@code Basic <api-key>:***}, {@code Bearer ***}, {@code <scheme> ***}, or {@code ***} without a scheme. */
  static String authorization(String value) {
    String v = value.strip();
    int space = v.indexOf(' ');
    if (space <= 0) {
      return MASK;
    }
    String scheme = v.substring(0, space);
    String key = basicApiKey(v);
    return key != null ? scheme + " " + key + ":" + MASK : scheme + " " + MASK;
  }

  private static boolean risky(String lowerName) {
    return RISKY_NAME_PARTS.stream().anyMatch(lowerName::contains);
  }

  private static String basicApiKey(String authorization) {
    String v = authorization.strip();
    int space = v.indexOf(' ');
    if (space <= 0 || !v.substring(0, space).equalsIgnoreCase("Basic")) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(v.substring(space + 1).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    return colon > 0 ? decoded.substring(0, colon) : null;
  }
}
