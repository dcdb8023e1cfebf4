package dev.mirrorstub.server.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the stub pretends to be: clusters, their links and source topics, credentials and limits.
 * Read from YAML (or JSON, a subset of YAML); the embedded default is {@code default-config.yaml}.
 */
public record StubConfig(Limits limits, List<Credential> credentials, List<Cluster> clusters) {

  public static final String DEFAULT_RESOURCE = "/default-config.yaml";

  private static final ObjectMapper MAPPER = YAMLMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      // A typo in a configuration file must not be silently ignored.
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  public StubConfig {
    limits = limits == null ? Limits.DEFAULT : limits;
    credentials = List.copyOf(Objects.requireNonNullElse(credentials, List.of()));
    clusters = List.copyOf(Objects.requireNonNullElse(clusters, List.of()));
    if (credentials.isEmpty()) {
      throw new IllegalArgumentException("credentials: at least one credential is needed");
    }
    Set<String> ids = new HashSet<>();
    for (Cluster c : clusters) {
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException("clusters: duplicate id " + c.id());
      }
    }
  }

  public static StubConfig embeddedDefault() {
    try (InputStream in = StubConfig.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      return read(Objects.requireNonNull(in, DEFAULT_RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static StubConfig read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  public static StubConfig read(InputStream in) throws IOException {
    return MAPPER.readValue(in, StubConfig.class);
  }

  public static StubConfig parse(String yaml) throws IOException {
    return MAPPER.readValue(yaml, StubConfig.class);
  }

  /** True when this configuration still holds a credential of the embedded default. */
  public boolean usesDefaultCredentials() {
    List<Credential> defaults = embeddedDefault().credentials();
    return credentials.stream().anyMatch(defaults::contains);
  }

  /** Limits of the server. {@code 0} switches a rate limit off. */
  public record Limits(Integer maxBodyBytes, Integer perClientRequestsPerSecond, Integer globalRequestsPerSecond) {
    public static final Limits DEFAULT = new Limits(null, null, null);

    public Limits {
      maxBodyBytes = maxBodyBytes == null ? 1_048_576 : maxBodyBytes;
      perClientRequestsPerSecond = perClientRequestsPerSecond == null ? 0 : perClientRequestsPerSecond;
      globalRequestsPerSecond = globalRequestsPerSecond == null ? 0 : globalRequestsPerSecond;
      if (maxBodyBytes <= 0) {
        throw new IllegalArgumentException("limits.max_body_bytes must be positive");
      }
      if (perClientRequestsPerSecond < 0 || globalRequestsPerSecond < 0) {
        throw new IllegalArgumentException("limits: rates must be 0 (off) or positive");
      }
    }
  }

  /**
   * Either an API key and secret (HTTP Basic) or a bearer token. {@code clusters}, when given,
   * restricts the credential to those cluster ids (403 elsewhere).
   */
  public record Credential(String apiKey, String apiSecret, String bearerToken, List<String> clusters) {
    public Credential {
      boolean basic = apiKey != null || apiSecret != null;
      if (basic == (bearerToken != null)) {
        throw new IllegalArgumentException(
            "credentials: each entry needs either api_key and api_secret, or bearer_token");
      }
      if (basic && (isBlank(apiKey) || isBlank(apiSecret))) {
        throw new IllegalArgumentException("credentials: api_key and api_secret must both be non-empty");
      }
      if (!basic && isBlank(bearerToken)) {
        throw new IllegalArgumentException("credentials: bearer_token must be non-empty");
      }
      clusters = clusters == null ? null : List.copyOf(clusters);
    }

    @Override
    public String toString() {
      // Never print a secret, even by accident in a log line.
      return apiKey != null ? "Credential[api_key=" + apiKey + "]" : "Credential[bearer_token=***]";
    }
  }

  /**
   * A destination cluster. {@code required_replication_factor} mimics Confluent Cloud, which only
   * accepts one value; {@code max_topics} bounds the topics a cluster holds, as a real one does.
   */
  public record Cluster(String id, Integer brokers, Boolean clusterLinking,
                        Integer requiredReplicationFactor, Integer maxTopics,
                        List<String> topics, List<Link> links) {
    public Cluster {
      requireText(id, "clusters[].id");
      brokers = brokers == null ? 3 : brokers;
      clusterLinking = clusterLinking == null || clusterLinking;
      maxTopics = maxTopics == null ? 10_000 : maxTopics;
      topics = List.copyOf(Objects.requireNonNullElse(topics, List.of()));
      links = List.copyOf(Objects.requireNonNullElse(links, List.of()));
      if (brokers < 1) {
        throw new IllegalArgumentException("clusters[" + id + "].brokers must be at least 1");
      }
      if (maxTopics < 0) {
        throw new IllegalArgumentException("clusters[" + id + "].max_topics must not be negative");
      }
      Set<String> names = new HashSet<>();
      for (Link l : links) {
        if (!names.add(l.name())) {
          throw new IllegalArgumentException("clusters[" + id + "]: duplicate link " + l.name());
        }
      }
    }
  }

  /**
   * A cluster link. {@code prefix} is the link's {@code cluster.link.prefix}; {@code mirrors}
   * names source topics that the link already mirrors when the server starts.
   */
  public record Link(String name, String prefix, List<SourceTopic> sourceTopics, List<String> mirrors) {
    public Link {
      requireText(name, "links[].name");
      prefix = prefix == null ? "" : prefix;
      sourceTopics = List.copyOf(Objects.requireNonNullElse(sourceTopics, List.of()));
      mirrors = List.copyOf(Objects.requireNonNullElse(mirrors, List.of()));
    }
  }

  /**
   * A topic of the link's source cluster; {@code unreachable} makes fetching it time out. With
   * {@code name_pattern} instead of {@code name}, every topic whose whole name matches that regular
   * expression exists on the source cluster (a source with more topics than a file should list).
   */
  public record SourceTopic(String name, String namePattern, Integer partitions, Boolean unreachable) {
    public SourceTopic {
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
      partitions = partitions == null ? 1 : partitions;
      unreachable = unreachable != null && unreachable;
      if (partitions < 1) {
        throw new IllegalArgumentException("source topic " + (name != null ? name : namePattern)
            + ": partitions must be at least 1");
      }
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static void requireText(String value, String what) {
    if (isBlank(value)) {
      throw new IllegalArgumentException(what + " is required");
    }
  }
}
