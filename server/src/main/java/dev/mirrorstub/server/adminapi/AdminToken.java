package dev.mirrorstub.server.adminapi;

import dev.mirrorstub.server.errors.ErrorResponses;
import dev.mirrorstub.server.errors.RestException;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The admin API's one credential, {@code Authorization: Bearer <admin.token>}, kept as a SHA-256 digest
 * and compared in constant time. The API's credentials are not accepted here (the configuration makes
 * sure none of them equals the token), nor this token by the API.
 */
final class AdminToken {

  static final String REFUSAL = "The admin API needs the admin token: Authorization: Bearer <admin.token>.";
  private static final String CHALLENGE = "Bearer realm=\"mirror-stub-admin\"";

  private final byte[] digest;

  AdminToken(String token) {
    this.digest = digest(token);
  }

  boolean accepts(String authorization) {
    if (authorization == null) {
      return false;
    }
    String value = authorization.strip();
    int space = value.indexOf(' ');
    if (space <= 0 || !value.substring(0, space).equalsIgnoreCase("Bearer")) {
      return false;
    }
    return MessageDigest.isEqual(digest(value.substring(space + 1).strip()), digest);
  }

  /** 401 with the error body and the Bearer challenge. */
  static Response refusal() {
    return Response.fromResponse(ErrorResponses.response(new RestException(401, 401, REFUSAL)))
        .header("WWW-Authenticate", CHALLENGE).build();
  }

  private static byte[] digest(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
