package dev.mirrorstub.server.config;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The rules a configuration file must follow, each refusal naming the key and what is wrong. */
final class ConfigChecks {

  static final List<String> LINK_MODES = List.of("DESTINATION", "SOURCE", "BIDIRECTIONAL");
  static final String MODE_CONFIG = "link.mode";
  static final String PREFIX_CONFIG = "cluster.link.prefix";

  private ConfigChecks() {
  }

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  static void requireText(String value, String what) {
    if (isBlank(value)) {
      throw new IllegalArgumentException(what + " is required");
    }
  }

  static void requireOneOf(String value, List<String> allowed, String what) {
    if (!allowed.contains(value)) {
      throw new IllegalArgumentException(what + ": " + value + " is not one of " + String.join(", ", allowed));
    }
  }

  static void credential(String apiKey, String apiSecret, String bearerToken) {
    boolean basic = apiKey != null || apiSecret != null;
    if (basic == (bearerToken != null)) {
      throw new IllegalArgumentException("credentials: each entry needs either api_key and api_secret, or bearer_token");
    }
    if (basic && (isBlank(apiKey) || isBlank(apiSecret))) {
      throw new IllegalArgumentException("credentials: api_key and api_secret must both be non-empty");
    }
    if (!basic && isBlank(bearerToken)) {
      throw new IllegalArgumentException("credentials: bearer_token must be non-empty");
    }
  }

  /** The admin API's token is a credential of its own: one of the API's would open the admin API to every client. */
  static void adminToken(String token, List<StubConfig.Credential> credentials) {
    for (StubConfig.Credential c : credentials) {
      if (token.equals(c.apiSecret()) || token.equals(c.bearerToken())) {
        throw new IllegalArgumentException("admin.token must differ from every credential's api_secret and"
            + " bearer_token");
      }
    }
  }

  static void sourceTopic(String name, String namePattern, int partitions) {
    if (isBlank(name) == isBlank(namePattern)) {
      throw new IllegalArgumentException("source_topics[]: each entry needs either name or name_pattern");
    }
    if (namePattern != null) {
      try {
        Pattern.compile(namePattern);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("source_topics[].name_pattern " + namePattern
            + " is not a regular expression: " + e.getDescription());
      }
    }
    if (partitions < 1) {
      throw new IllegalArgumentException("source topic " + (name != null ? name : namePattern)
          + ": partitions must be at least 1");
    }
  }

  static void cluster(String id, int brokers, int maxTopics, List<String> topics, List<StubConfig.Link> links) {
    if (brokers < 1) {
      throw new IllegalArgumentException("clusters[" + id + "].brokers must be at least 1");
    }
    if (maxTopics < 0) {
      throw new IllegalArgumentException("clusters[" + id + "].max_topics must not be negative");
    }
    Set<String> names = new HashSet<>();
    Set<String> local = new HashSet<>(topics);
    for (StubConfig.Link l : links) {
      l.mirrors().forEach(m -> local.add(l.prefix() + m.source()));
    }
    for (StubConfig.Link l : links) {
      if (!names.add(l.name())) {
        throw new IllegalArgumentException("clusters[" + id + "]: duplicate link " + l.name());
      }
      for (RemoteMirror r : l.remoteMirrors()) {
        if (!local.contains(r.topic())) {
          throw new IllegalArgumentException("clusters[" + id + "].links[" + l.name() + "].remote_mirrors: "
              + r.topic() + " is not one of the cluster's topics");
        }
      }
    }
  }

  /**
   * The configs set on a link: {@code configs} plus {@code link.mode} and {@code cluster.link.prefix}
   * when the {@code mode} and {@code prefix} keys set them. A key and its config may both be given when
   * they agree (the state the admin API exports shows both); DESTINATION, the default mode, and an empty
   * prefix set nothing.
   */
  static Map<String, String> linkConfigs(String name, String mode, String prefix, Map<String, String> configs) {
    Map<String, String> given = new LinkedHashMap<>(Objects.requireNonNullElse(configs, Map.of()));
    if (given.containsValue(null)) {
      throw new IllegalArgumentException("links[" + name + "].configs: every config needs a value");
    }
    setByKey(given, name, "mode", MODE_CONFIG, LINK_MODES.get(0).equals(mode) ? null : mode);
    setByKey(given, name, "prefix", PREFIX_CONFIG, prefix == null || prefix.isEmpty() ? null : prefix);
    if (mode != null && !mode.equals(given.getOrDefault(MODE_CONFIG, LINK_MODES.get(0)))) {
      throw new IllegalArgumentException("links[" + name + "]: give mode or configs." + MODE_CONFIG
          + ", not both with different values");
    }
    requireOneOf(given.getOrDefault(MODE_CONFIG, LINK_MODES.get(0)), LINK_MODES, "links[" + name + "].mode");
    return Collections.unmodifiableMap(given);
  }

  private static void setByKey(Map<String, String> configs, String link, String key, String config, String value) {
    String given = value == null ? null : configs.putIfAbsent(config, value);
    if (given != null && !given.equals(value)) {
      throw new IllegalArgumentException("links[" + link + "]: give " + key + " or configs." + config
          + ", not both with different values");
    }
  }

  /** Only the id field of the link's mode may be given: the others name no cluster of this link. */
  static void clusterIds(String name, String mode, String source, String destination, String remote) {
    String[][] fields = {{"source_cluster_id", source, "DESTINATION"}, {"destination_cluster_id", destination, "SOURCE"},
        {"remote_cluster_id", remote, "BIDIRECTIONAL"}};
    for (String[] f : fields) {
      if (f[1] != null && !f[2].equals(mode)) {
        throw new IllegalArgumentException("links[" + name + "]." + f[0] + " is for " + f[2] + " links; this link is "
            + mode);
      }
    }
  }

  static void mirrors(String name, String mode, String prefix, List<StubConfig.SourceTopic> sources,
      List<MirrorSpec> mirrors, List<RemoteMirror> remoteMirrors) {
    for (MirrorSpec m : mirrors) {
      StubConfig.SourceTopic source = sources.stream().filter(t -> m.source().equals(t.name())).findFirst()
          .or(() -> sources.stream().filter(t -> t.namePattern() != null
              && Pattern.matches(t.namePattern(), m.source())).findFirst())
          .orElseThrow(() -> new IllegalArgumentException("links[" + name + "].mirrors: " + m.source()
              + " is not a source topic of the link"));
      if (m.lags() != null && m.lags().size() != source.partitions()) {
        throw new IllegalArgumentException("links[" + name + "].mirrors[" + m.source() + "].lags: " + m.lags().size()
            + " entries for " + source.partitions() + " partitions (one entry per partition)");
      }
      if (m.mirrorTopicName() != null && !m.mirrorTopicName().equals(prefix + m.source())) {
        throw new IllegalArgumentException("links[" + name + "].mirrors[" + m.source() + "].mirror_topic_name is "
            + prefix + m.source() + " (the link's prefix and the source topic's name), not " + m.mirrorTopicName());
      }
    }
    if (!remoteMirrors.isEmpty() && !"BIDIRECTIONAL".equals(mode)) {
      throw new IllegalArgumentException("links[" + name + "].remote_mirrors: only a BIDIRECTIONAL link has them");
    }
  }
}
