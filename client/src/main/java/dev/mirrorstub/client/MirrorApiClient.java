package dev.mirrorstub.client;

import dev.mirrorstub.client.generated.api.ClusterLinkingV3Api;
import dev.mirrorstub.client.generated.invoker.ApiClient;
import dev.mirrorstub.client.generated.invoker.ApiException;
import dev.mirrorstub.client.generated.invoker.ApiResponse;
import dev.mirrorstub.client.generated.invoker.Pair;
import jakarta.ws.rs.core.GenericType;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The generated {@link ApiClient}, with two gaps closed and nothing generated edited:
 * <ul>
 *   <li>The spec names an operation-level server (Confluent Cloud's placeholder host), which the
 *       generated client prefers over {@link #setBasePath}. Here the base path wins.</li>
 *   <li>The generated client finds the typed error model by exact status only, so a 503 does not
 *       find the spec's {@code 5XX} entry. Here a range ({@code 4XX}, {@code 5XX}) and then
 *       {@code default} are looked up too, so {@link ApiException#getErrorEntity()} is typed for
 *       every documented error status.</li>
 * </ul>
 *
 * <pre>{@code
 * var api = new ClusterLinkingV3Api(MirrorApiClient.basic(URI.create("http://localhost:8082"), key, secret));
 * api.createKafkaMirrorTopic("cluster-1", "link-sb1", new CreateMirrorTopicRequestData().sourceTopicName("topic-1"));
 * }</pre>
 */
public class MirrorApiClient extends ApiClient {

  public MirrorApiClient(URI baseUri) {
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

  /** The API of the spec's one tag, bound to this client. */
  public ClusterLinkingV3Api clusterLinking() {
    return new ClusterLinkingV3Api(this);
  }

  @Override
  public ApiClient setBasePath(String basePath) {
    super.setBasePath(basePath);
    // serverIndex null makes invokeAPI use basePath instead of the operation's own servers.
    serverIndex = null;
    return this;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public <T> ApiResponse<T> invokeAPI(String operation, String path, String method, List<Pair> queryParams,
      Object body, Map<String, String> headerParams, Map<String, String> cookieParams,
      Map<String, Object> formParams, String accept, String contentType, String[] authNames,
      GenericType<T> returnType, boolean isBodyNullable, Map<String, GenericType> errorTypes)
      throws ApiException {
    try {
      return super.invokeAPI(operation, path, method, queryParams, body, headerParams, cookieParams,
          formParams, accept, contentType, authNames, returnType, isBodyNullable, errorTypes);
    } catch (ApiException e) {
      throw withTypedError(e, errorTypes);
    }
  }

  @SuppressWarnings("rawtypes")
  private ApiException withTypedError(ApiException e, Map<String, GenericType> errorTypes) {
    if (e.getErrorEntity() != null || e.getCode() < 100 || errorTypes == null || e.getResponseBody() == null) {
      return e;
    }
    GenericType type = errorTypes.get(e.getCode() / 100 + "XX");
    if (type == null) {
      type = errorTypes.get("0");
    }
    if (type == null) {
      return e;
    }
    Object entity;
    try {
      entity = type.getRawType() == String.class ? e.getResponseBody()
          : getJSON().getMapper().readValue(e.getResponseBody(), getJSON().getMapper().constructType(type.getType()));
    } catch (Exception notThatType) {
      return e;
    }
    ApiException typed = new ApiException(e.getCode(), e.getMessage(), e.getResponseHeaders(), e.getResponseBody(), entity);
    typed.setStackTrace(e.getStackTrace());
    return typed;
  }
}
