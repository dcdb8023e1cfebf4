package dev.mirrorstub.contract;

import dev.mirrorstub.client.MirrorApiClient;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.security.AuthorizationHeaders;
import java.net.URI;

/**
 * The credentials a request example asks for, taken from the server's configuration (the embedded
 * default) rather than written here: valid ones allowed on the target cluster, the same key with a
 * wrong secret, or a credential whose cluster scope excludes the target cluster.
 */
record Auth(String apiKey, String apiSecret, String bearerToken) {

  static Auth of(Case c, StubConfig config) {
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
    };
  }

  private static Auth of(StubConfig.Credential k) {
    return new Auth(k.apiKey(), k.apiSecret(), k.bearerToken());
  }

  String header() {
    return bearerToken != null ? AuthorizationHeaders.bearer(bearerToken) : AuthorizationHeaders.basic(apiKey, apiSecret);
  }

  MirrorApiClient client(URI baseUri) {
    return bearerToken != null ? MirrorApiClient.bearer(baseUri, bearerToken)
        : MirrorApiClient.basic(baseUri, apiKey, apiSecret);
  }

  @Override
  public String toString() {
    return bearerToken != null ? "Auth[bearer]" : "Auth[" + apiKey + "]";
  }
}
