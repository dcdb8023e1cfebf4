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
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the stub pretends to be: clusters, their links and source topics, credentials, limits, the
 * timing of the mirror lifecycle and the admin API. Read from YAML (or JSON, a subset of YAML); the
 * embedded default is {@code default-config.yaml}. The nested records keep the names that callers
 * (the JUnit extension, the contract tests) use; their rules live in {@link ConfigChecks}.
 */
public record StubConfig(Limits limits, Lifecycle lifecycle, List<Credential> credentials, List<Cluster> clusters,
                         Admin admin) {

  public static final String DEFAULT_RESOURCE = "/default-config.yaml";

  static final ObjectMapper MAPPER = YAMLMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      // A typo in a configuration file must not be silently ignored.
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  public StubConfig {
    limits = limits == null ? Limits.DEFAULT : limits;
    lifecycle = lifecycle == null ? Lifecycle.DEFAULT : lifecycle;
    credentials = List.copyOf(Objects.requireNonNullElse(credentials, List.of()));
    clusters = List.copyOf(Objects.requireNonNullElse(clusters, List.of()));
    admin = admin == null ? Admin.DEFAULT : admin;
    if (credentials.isEmpty()) {
      throw new IllegalArgumentException("credentials: at least one credential is needed");
    }
    Set<String> ids = new HashSet<>();
    for (Cluster c : clusters) {
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException("clusters: duplicate id " + c.id());
      }
    }
    ConfigChecks.adminToken(admin.token(), credentials);
  }

  /** A configuration with the admin API's defaults (off). */
  public StubConfig(Limits limits, Lifecycle lifecycle, List<Credential> credentials, List<Cluster> clusters) {
    this(limits, lifecycle, credentials, clusters, null);
  }

  /** A configuration with the default lifecycle timing. */
  public StubConfig(Limits limits, List<Credential> credentials, List<Cluster> clusters) {
    this(limits, null, credentials, clusters);
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

  /** True when this configuration still holds a credential of the embedded default, or the admin API its token. */
  public boolean usesDefaultCredentials() {
    List<Credential> defaults = embeddedDefault().credentials();
    return credentials.stream().anyMatch(defaults::contains)
        || admin.enabled() && Admin.DEFAULT_TOKEN.equals(admin.token());
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
      ConfigChecks.credential(apiKey, apiSecret, bearerToken);
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
   * accepts one value; {@code max_topics} bounds the topics a cluster holds, as a real one does;
   * {@code topics} are its regular (writable) topics.
   */
  public record Cluster(String id, Integer brokers, Boolean clusterLinking,
                        Integer requiredReplicationFactor, Integer maxTopics,
                        List<String> topics, List<Link> links) {
    public Cluster {
      ConfigChecks.requireText(id, "clusters[].id");
      brokers = brokers == null ? 3 : brokers;
      clusterLinking = clusterLinking == null || clusterLinking;
      maxTopics = maxTopics == null ? 10_000 : maxTopics;
      topics = List.copyOf(Objects.requireNonNullElse(topics, List.of()));
      links = List.copyOf(Objects.requireNonNullElse(links, List.of()));
      ConfigChecks.cluster(id, brokers, maxTopics, topics, links);
    }
  }

  /**
   * A cluster link. {@code mode} (or the {@code link.mode} config) is DESTINATION (the default, which sets
   * no config), SOURCE or BIDIRECTIONAL; only the cluster id field of that mode may be given. {@code prefix}
   * is the link's {@code cluster.link.prefix}. {@code configs} are the configs set on the link, those that
   * {@code mode} and {@code prefix} set included (a key and its config may both be given when they agree).
   * {@code state}, {@code error}, {@code error_message}: what the link reports. {@code mirrors} exist from
   * the start; {@code remote_mirrors} are this cluster's topics that the remote cluster mirrors.
   */
  public record Link(String name, String prefix, String mode, String sourceClusterId, String destinationClusterId,
                     String remoteClusterId, String clusterLinkId, Map<String, String> configs, String state,
                     String error, String errorMessage, List<SourceTopic> sourceTopics, List<MirrorSpec> mirrors,
                     List<RemoteMirror> remoteMirrors) {
    public Link {
      ConfigChecks.requireText(name, "links[].name");
      configs = ConfigChecks.linkConfigs(name, mode, prefix, configs);
      mode = configs.getOrDefault(ConfigChecks.MODE_CONFIG, ConfigChecks.LINK_MODES.get(0));
      prefix = configs.getOrDefault(ConfigChecks.PREFIX_CONFIG, "");
      ConfigChecks.clusterIds(name, mode, sourceClusterId, destinationClusterId, remoteClusterId);
      state = state == null ? "ACTIVE" : state;
      error = error == null ? "NO_ERROR" : error;
      sourceTopics = List.copyOf(Objects.requireNonNullElse(sourceTopics, List.of()));
      mirrors = List.copyOf(Objects.requireNonNullElse(mirrors, List.of()));
      remoteMirrors = List.copyOf(Objects.requireNonNullElse(remoteMirrors, List.of()));
      ConfigChecks.mirrors(name, mode, prefix, sourceTopics, mirrors, remoteMirrors);
    }

    /** A DESTINATION link with a prefix, source topics and ACTIVE mirrors of the named source topics. */
    public Link(String name, String prefix, List<SourceTopic> sourceTopics, List<String> mirrorSources) {
      this(name, prefix, null, null, null, null, null, null, null, null, null, sourceTopics,
          mirrorSources.stream().map(MirrorSpec::of).toList(), null);
    }

    /** The other cluster: the id field of the link's mode, or null when the configuration leaves it out. */
    public String otherClusterId() {
      return switch (mode) {
        case "SOURCE" -> destinationClusterId;
        case "BIDIRECTIONAL" -> remoteClusterId;
        default -> sourceClusterId;
      };
    }
  }

  /**
   * A topic of the link's source cluster; {@code unreachable} makes fetching it time out. With
   * {@code name_pattern} instead of {@code name}, every topic whose whole name matches that regular
   * expression exists on the source cluster (a source with more topics than a file should list).
   */
  public record SourceTopic(String name, String namePattern, Integer partitions, Boolean unreachable) {
    public SourceTopic {
      partitions = partitions == null ? 1 : partitions;
      unreachable = unreachable != null && unreachable;
      ConfigChecks.sourceTopic(name, namePattern, partitions);
    }
  }
}
