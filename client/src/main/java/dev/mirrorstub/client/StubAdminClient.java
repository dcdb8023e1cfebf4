package dev.mirrorstub.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mirrorstub.client.generated.admin.api.StubAdminApi;
import dev.mirrorstub.client.generated.admin.invoker.ApiClient;
import dev.mirrorstub.client.generated.admin.invoker.ApiException;
import dev.mirrorstub.client.generated.admin.invoker.JSON;
import dev.mirrorstub.client.generated.admin.model.AdminError;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.core5.util.TimeValue;
import org.glassfish.jersey.apache5.connector.Apache5ClientProperties;
import org.glassfish.jersey.apache5.connector.Apache5ConnectorProvider;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.RequestEntityProcessing;

/**
 * The generated client of the stub's own admin API ({@code admin.yaml}), pointed at one stub
 * started with {@code --admin} and holding its admin token: what a Java test uses to reset the
 * stub, read or replace its state, move a mirror, arm faults and read the request journal.
 * As for {@link MirrorApiClient}, every operation goes to the base path (no server index). One
 * generated method is overridden: the transport is Jersey's Apache HttpClient 5 connector, because
 * the default one cannot send the PATCH of {@code updateStubMirror} on JDK 17.
 *
 * <pre>{@code
 * StubAdminApi admin = StubAdminClient.connect(URI.create("http://localhost:8082"), "stub-admin-token").api();
 * admin.resetStub();
 * admin.createStubFault(new StubFaultRequest().kind(StubFaultKind.SERVICE_UNAVAILABLE).times(1));
 * }</pre>
 */
public class StubAdminClient extends ApiClient {

  private static final ObjectMapper MAPPER = new JSON().getMapper();

  /** A client that sends no credential (every operation then answers 401); {@link #connect} adds the token. */
  public StubAdminClient(URI baseUri) {
    setServerIndex(null);
    setBasePath(Objects.requireNonNull(baseUri, "baseUri").toString());
  }

  /** A client that authenticates with the stub's admin token ({@code admin.token}; HTTP Bearer, {@code admin-token}). */
  public static StubAdminClient connect(URI baseUri, String adminToken) {
    StubAdminClient client = new StubAdminClient(baseUri);
    client.setBearerToken(Objects.requireNonNull(adminToken, "adminToken"));
    return client;
  }

  /**
   * The generated configuration on Jersey's Apache HttpClient 5 connector, which can send PATCH (the
   * default {@code HttpURLConnection} one cannot on JDK 17); called once, by the generated constructor.
   * The connector is set to send what the client is asked to and nothing more: a body with its
   * Content-Length (not chunked), no cookie kept, no redirect followed (the admin token stays with the
   * stub it was given for), and no request sent again on a 503, 429 or I/O error, which is the caller's
   * to decide.
   */
  @Override
  public ClientConfig getDefaultClientConfig() {
    return super.getDefaultClientConfig().connectorProvider(new Apache5ConnectorProvider())
        .property(ClientProperties.REQUEST_ENTITY_PROCESSING, RequestEntityProcessing.BUFFERED)
        .property(ClientProperties.FOLLOW_REDIRECTS, false)
        .property(Apache5ClientProperties.DISABLE_COOKIES, true)
        .property(Apache5ClientProperties.RETRY_STRATEGY, new DefaultHttpRequestRetryStrategy(0, TimeValue.ZERO_MILLISECONDS));
  }

  /** The admin operations (the document's one tag, {@code Stub Admin}), bound to this client. */
  public StubAdminApi api() {
    return new StubAdminApi(this);
  }

  /**
   * The {@code AdminError} body ({@code error_code}, {@code message}) of a refusal. The generated
   * client types only the statuses that admin.yaml lists for the operation; a stub started without
   * {@code --admin} answers an admin path as an unknown path (404, or 401 to the admin token) with the
   * API's error body, which has the same shape and is read here too.
   */
  public static Optional<AdminError> error(ApiException e) {
    if (e.getErrorEntity() instanceof AdminError error) {
      return Optional.of(error);
    }
    if (e.getErrorEntity() != null || e.getCode() < 400 || e.getResponseBody() == null || !isJson(e)) {
      return Optional.empty();
    }
    try {
      return Optional.of(MAPPER.readValue(e.getResponseBody(), AdminError.class));
    } catch (Exception notTheErrorSchema) {
      return Optional.empty();
    }
  }

  private static boolean isJson(ApiException e) {
    return e.getResponseHeaders() != null && e.getResponseHeaders().entrySet().stream()
        .filter(h -> h.getKey() != null && h.getKey().equalsIgnoreCase("Content-Type"))
        .flatMap(h -> h.getValue().stream())
        .anyMatch(type -> type.toLowerCase(Locale.ROOT).contains("json"));
  }
}
