import dev.mirrorstub.client.MirrorApiClient;
import dev.mirrorstub.client.generated.api.ClusterLinkingV3Api;
import dev.mirrorstub.client.generated.model.ConfigData;
import dev.mirrorstub.client.generated.model.CreateMirrorTopicRequestData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Sequential creates, one call after the other on one thread, with the generated client and with a
 * bare {@code java.net.http} client sending the same JSON, in alternating rounds against the same
 * server. Every call creates a new mirror. {@code ClientBench BASE_URI RUN_ID WARMUP_CALLS CALLS ROUNDS}
 * prints {@code ROUND n generated_calls_per_s bare_calls_per_s} per round, then the TCP connections
 * to the server that this process holds open and the ones closed on this side meanwhile (TIME-WAIT):
 * with connection reuse both stay small, without it TIME-WAIT grows by one per call. Read them on a
 * server port that nothing else uses.
 */
public final class ClientBench {

  private static final String CLUSTER = "cluster-1";
  private static final String LINK = "link-bench";

  interface Call {
    void create(String sourceTopic) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[0]);
    String prefix = "bench-c" + args[1] + "-";
    int warmup = Integer.parseInt(args[2]);
    int calls = Integer.parseInt(args[3]);
    int rounds = Integer.parseInt(args[4]);
    Call generated = generated(base);
    Call bare = bare(base);
    int timeWaitBefore = sockets(base, "time-wait");
    round(generated, prefix + "gw-", warmup);
    round(bare, prefix + "bw-", warmup);
    for (int r = 1; r <= rounds; r++) {
      double g = round(generated, prefix + "g" + r + "-", calls);
      double b = round(bare, prefix + "b" + r + "-", calls);
      System.out.printf("ROUND %d %.1f %.1f%n", r, g, b);
    }
    System.out.printf("CONNECTIONS established=%d time_wait_added=%d calls=%d%n", sockets(base, "established"),
        sockets(base, "time-wait") - timeWaitBefore, 2 * (warmup + rounds * calls));
  }

  /** Calls per second. */
  private static double round(Call call, String prefix, int calls) throws Exception {
    long t0 = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      call.create(prefix + i);
    }
    return calls / ((System.nanoTime() - t0) / 1e9);
  }

  /** Sockets of this machine in that state towards the server's port, as {@code ss} lists them. */
  private static int sockets(URI base, String state) throws Exception {
    Process ss = new ProcessBuilder("ss", "-Htn", "state", state, "( dport = :" + base.getPort() + " )")
        .redirectErrorStream(true).start();
    int lines = ss.inputReader().lines().mapToInt(l -> 1).sum();
    ss.waitFor();
    return lines;
  }

  private static Call generated(URI base) {
    ClusterLinkingV3Api api = MirrorApiClient.basic(base, "stub-key", "stub-secret").clusterLinking();
    List<ConfigData> configs = List.of(new ConfigData().name("unclean.leader.election.enable").value("true"));
    return source -> api.createKafkaMirrorTopic(CLUSTER, LINK,
        new CreateMirrorTopicRequestData().sourceTopicName(source).configs(configs).replicationFactor(1));
  }

  private static Call bare(URI base) {
    // HTTP/1.1 as the generated client speaks: no h2c upgrade attempt on a cleartext connection.
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    URI uri = base.resolve("/kafka/v3/clusters/" + CLUSTER + "/links/" + LINK + "/mirrors");
    String auth = "Basic " + Base64.getEncoder().encodeToString("stub-key:stub-secret".getBytes(StandardCharsets.UTF_8));
    return source -> {
      String json = "{\"source_topic_name\":\"" + source + "\",\"configs\":[{\"name\":\"unclean.leader.election.enable\","
          + "\"value\":\"true\"}],\"replication_factor\":1}";
      HttpRequest request = HttpRequest.newBuilder(uri)
          .header("Content-Type", "application/json")
          .header("Accept", "application/json")
          .header("Authorization", auth)
          .POST(HttpRequest.BodyPublishers.ofString(json))
          .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 204) {
        throw new IllegalStateException("status " + response.statusCode() + ": " + response.body());
      }
    };
  }
}
