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
import org.glassfish.jersey.client.ClientConfig;

/**
 * The generated client of the stub's own admin API ({@code admin.yaml}), pointed at one stub
 * started with {@code --admin} and holding its admin token: what a Java test uses to reset the
 * stub, read or replace its state, move a mirror, arm faults and read the request journal.
 * As for {@link MirrorApiClient}, every operation goes to the base path (no server index). One
 * generated method is overridden: the transport is {@link JdkHttpConnector}, because the default
 * one cannot send the PATCH of {@code updateStubMirror} on JDK 17.
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

  /** The generated configuration on a transport that can send PATCH; called once, by the generated constructor. */
  @Override
  public ClientConfig getDefaultClientConfig() {
    return super.getDefaultClientConfig().connectorProvider(JdkHttpConnector.PROVIDER);
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
