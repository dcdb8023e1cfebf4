package dev.mirrorstub.contract;

import dev.mirrorstub.client.MirrorApiClient;
import dev.mirrorstub.client.StubAdminClient;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.security.AuthorizationHeaders;
import java.net.URI;

/**
 * The credentials a request example asks for, taken from the server's configuration (the embedded
 * default) rather than written here. For the API: valid ones allowed on the target cluster, the same
 * key with a wrong secret, or a credential whose cluster scope excludes the target cluster. For the
 * admin API: the admin token, a wrong token, none, or the API's own Basic credential.
 */
record Auth(String apiKey, String apiSecret, String bearerToken) {

  private static final Auth NONE = new Auth(null, null, null);

  static Auth of(Case c, StubConfig config) {
    if (c.document() == Document.ADMIN) {
      return admin(c, config);
    }
    String cluster = c.request().pathParams().get("cluster_id");
    StubConfig.Credential allowed = config.credentials().stream()
        .filter(k -> k.apiKey() != null && (k.clusters() == null || k.clusters().contains(cluster)))
        .findFirst()
        .orElseThrow(() -> new AssertionError(c + ": the configuration has no API key allowed on " + cluster));
    return switch (c.request().credentials()) {
      case VALID -> of(allowed);
      case INVALID -> new Auth(allowed.apiKey(), "not-" + allowed.apiSecret(), null);
      case OUT_OF_SCOPE -> of(config.credentials().stream()
          .filter(k -> k.clusters() != null && !k.clusters().contains(cluster))
          .findFirst()
          .orElseThrow(() -> new AssertionError(c + ": the configuration has no credential scoped away from "
              + cluster)));
      case NONE, API -> throw new AssertionError(c + ": no such credentials in openapi.yaml");
    };
  }

  private static Auth admin(Case c, StubConfig config) {
    String token = adminToken(config);
    return switch (c.request().credentials()) {
      case VALID -> new Auth(null, null, token);
      case INVALID -> new Auth(null, null, "not-" + token);
      case NONE -> NONE;
      case API -> of(config.credentials().stream().filter(k -> k.apiKey() != null).findFirst()
          .orElseThrow(() -> new AssertionError(c + ": the configuration has no API key")));
      case OUT_OF_SCOPE -> throw new AssertionError(c + ": no such credentials in admin.yaml");
    };
  }

  /** The admin API's token ({@code admin.token}) of the configuration. */
  static String adminToken(StubConfig config) {
    return config.admin().token();
  }

  /** The configuration's first credential, which {@code before} requests to the API use. */
  static Auth first(StubConfig config) {
    return of(config.credentials().get(0));
  }

  private static Auth of(StubConfig.Credential k) {
    return new Auth(k.apiKey(), k.apiSecret(), k.bearerToken());
  }

  /** The Authorization header, null for none. */
  String header() {
    if (bearerToken != null) {
      return AuthorizationHeaders.bearer(bearerToken);
    }
    return apiKey == null ? null : AuthorizationHeaders.basic(apiKey, apiSecret);
  }

  MirrorApiClient client(URI baseUri) {
    return bearerToken != null ? MirrorApiClient.bearer(baseUri, bearerToken)
        : MirrorApiClient.basic(baseUri, apiKey, apiSecret);
  }

  /**
   * The admin client with these credentials. It knows only its Bearer token: the API's Basic
   * credential is put on the wire by a filter, as a user who tries one would.
   */
  StubAdminClient adminClient(URI baseUri) {
    if (bearerToken != null) {
      return StubAdminClient.connect(baseUri, bearerToken);
    }
    StubAdminClient client = new StubAdminClient(baseUri);
    if (apiKey != null) {
      client.getHttpClient().register(new WireFilters.Authorization(header()));
    }
    return client;
  }

  @Override
  public String toString() {
    return bearerToken != null ? "Auth[bearer]" : apiKey != null ? "Auth[" + apiKey + "]" : "Auth[none]";
  }
}
