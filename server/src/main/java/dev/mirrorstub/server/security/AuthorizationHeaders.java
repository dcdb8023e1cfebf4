package dev.mirrorstub.server.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** {@code Authorization} header values of the two schemes the stub accepts, for its own clients (warm-up, tests). */
public final class AuthorizationHeaders {

  private AuthorizationHeaders() {
  }

  /** HTTP Basic: {@code resource-api-key}, a Kafka API key and secret. */
  public static String basic(String apiKey, String apiSecret) {
    return "Basic " + Base64.getEncoder().encodeToString((apiKey + ":" + apiSecret).getBytes(StandardCharsets.UTF_8));
  }

  /** HTTP Bearer: {@code external-access-token}. */
  public static String bearer(String token) {
    return "Bearer " + token;
  }
}
