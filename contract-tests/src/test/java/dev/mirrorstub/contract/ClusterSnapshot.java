package dev.mirrorstub.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a client can see of one cluster, read through the API itself (not the server's internals,
 * which change with the domain): its links ({@code GET .../links}), the mirrors of every link
 * ({@code GET .../links/-/mirrors}) and, when asked for, each link's configs
 * ({@code GET .../links/<l>/configs}). A cluster that cannot be read (unknown, without cluster
 * linking) is a snapshot of its refusal, equal before and after when nothing changed.
 *
 * @param refusal the status of a refused {@code GET .../links}, 0 when the cluster could be read
 * @param links by {@code link_name}, in the order listed
 * @param mirrors by {@code <link_name>/<mirror_topic_name>}, in the order listed
 * @param configs by link name, then config name; empty when not asked for
 */
record ClusterSnapshot(int refusal, Map<String, JsonNode> links, Map<String, JsonNode> mirrors,
                       Map<String, Map<String, JsonNode>> configs) implements Snapshot {

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** Reads the cluster with HTTP Basic {@code apiKey:apiSecret}. */
  static ClusterSnapshot read(URI baseUri, String cluster, String apiKey, String apiSecret, boolean withConfigs)
      throws IOException, InterruptedException {
    String authorization = "Basic " + Base64.getEncoder()
        .encodeToString((apiKey + ":" + apiSecret).getBytes(StandardCharsets.UTF_8));
    String clusterPath = "/kafka/v3/clusters/" + encode(cluster);
    Read links = get(baseUri, clusterPath + "/links", authorization);
    if (links.status != 200) {
      return new ClusterSnapshot(links.status, Map.of(), Map.of(), Map.of());
    }
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    links.body.path("data").forEach(l -> byName.put(l.path("link_name").asText(), l));
    Read mirrors = get(baseUri, clusterPath + "/links/-/mirrors", authorization);
    if (mirrors.status != 200) {
      throw new AssertionError("the links of " + cluster + " could be read, its mirrors not: " + mirrors.status);
    }
    Map<String, JsonNode> mirrorsByKey = new LinkedHashMap<>();
    mirrors.body.path("data").forEach(m -> mirrorsByKey.put(key(m.path("link_name").asText(),
        m.path("mirror_topic_name").asText()), m));
    Map<String, Map<String, JsonNode>> configs = new LinkedHashMap<>();
    if (withConfigs) {
      for (String link : byName.keySet()) {
        Read read = get(baseUri, clusterPath + "/links/" + encode(link) + "/configs", authorization);
        if (read.status != 200) {
          throw new AssertionError("link " + link + " of " + cluster + " is listed, its configs not: " + read.status);
        }
        Map<String, JsonNode> byConfig = new LinkedHashMap<>();
        read.body.path("data").forEach(cfg -> byConfig.put(cfg.path("name").asText(), cfg));
        configs.put(link, byConfig);
      }
    }
    return new ClusterSnapshot(0, byName, mirrorsByKey, configs);
  }

  static String key(String link, String mirror) {
    return link + "/" + mirror;
  }

  boolean readable() {
    return refusal == 0;
  }

  private record Read(int status, JsonNode body) {
  }

  private static Read get(URI baseUri, String path, String authorization) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(baseUri.resolve(path)).timeout(TIMEOUT)
        .header("Authorization", authorization).header("Accept", "application/json").GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    return new Read(response.statusCode(), response.statusCode() == 200 ? Bodies.tree(response.body()) : null);
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
