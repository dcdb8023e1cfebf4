package dev.mirrorstub.client;

import dev.mirrorstub.client.generated.api.ClusterLinkingV3Api;
import dev.mirrorstub.client.generated.api.TopicV3Api;
import dev.mirrorstub.client.generated.invoker.ApiClient;
import java.net.URI;
import java.util.Objects;

/**
 * The generated {@link ApiClient}, pointed at one server. The spec names an operation-level server
 * (Confluent Cloud's placeholder host), which the generated client prefers over
 * {@link #setBasePath} while it has a server index; without one ({@code setServerIndex(null)}, the
 * generator's documented way back to the base path) every operation goes to the base path. Nothing
 * generated is overridden. Typed errors for every documented status, the {@code 5XX} range included,
 * are {@link MirrorApiErrors}'s.
 *
 * <pre>{@code
 * var api = MirrorApiClient.basic(URI.create("http://localhost:8082"), key, secret).clusterLinking();
 * api.createKafkaMirrorTopic("cluster-1", "link-sb1", new CreateMirrorTopicRequestData().sourceTopicName("topic-1"));
 * }</pre>
 */
public class MirrorApiClient extends ApiClient {

  public MirrorApiClient(URI baseUri) {
    setServerIndex(null);
    setBasePath(Objects.requireNonNull(baseUri, "baseUri").toString());
  }

  /** A client that authenticates with a Kafka API key and secret (HTTP Basic, {@code resource-api-key}). */
  public static MirrorApiClient basic(URI baseUri, String apiKey, String apiSecret) {
    MirrorApiClient client = new MirrorApiClient(baseUri);
    client.setUsername(apiKey);
    client.setPassword(apiSecret);
    return client;
  }

  /** A client that authenticates with an OAuth token (HTTP Bearer, {@code external-access-token}). */
  public static MirrorApiClient bearer(URI baseUri, String token) {
    MirrorApiClient client = new MirrorApiClient(baseUri);
    client.setBearerToken(token);
    return client;
  }

  /** The operations of the spec's {@code Cluster Linking (v3)} tag, bound to this client. */
  public ClusterLinkingV3Api clusterLinking() {
    return new ClusterLinkingV3Api(this);
  }

  /**
   * The operations of the spec's {@code Topic (v3)} tag ({@code deleteKafkaTopic}, which removes a
   * mirror topic), bound to this client: the generator puts each tag in a class of its own.
   */
  public TopicV3Api topics() {
    return new TopicV3Api(this);
  }
}
