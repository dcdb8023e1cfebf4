package dev.mirrorstub.contract;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The two documents whose examples are replayed: Confluent's API ({@code openapi.yaml}) and the
 * stub's own admin API ({@code admin.yaml}). Both follow the pairing rules of openapi/README.md; each
 * has its own {@code x-contract} vocabulary, so that a key or a value meant for the other document
 * fails the build instead of being ignored.
 */
enum Document {

  API(Map.of("invalid", Case.Credentials.INVALID, "out-of-scope", Case.Credentials.OUT_OF_SCOPE),
      Set.of("path", "query", "raw-body", "content-type", "body-bytes", "credentials", "condition"),
      Set.of("request-path"),
      Set.of("path", "query", "credentials", "condition", "volatile")),

  /**
   * No {@code condition} (the admin API is never rate-limited or failing) and no {@code body-bytes};
   * {@code before} sends API or admin requests first; the credentials are the admin token by
   * default, none, a wrong token, or the API's own credential.
   */
  ADMIN(Map.of("none", Case.Credentials.NONE, "invalid", Case.Credentials.INVALID, "api", Case.Credentials.API),
      Set.of("path", "query", "raw-body", "content-type", "credentials", "before"),
      Set.of("credentials"),
      Set.of("path", "query", "credentials", "volatile", "before"));

  /** The values of {@code credentials}, besides the default (valid). */
  final Map<String, Case.Credentials> credentials;
  /** On a request example. */
  final Set<String> requestKeys;
  /**
   * On a response example of an operation with a request body. admin.yaml's shared 401 response
   * gives the credentials it was asked with, for operations with and without a body alike.
   */
  final Set<String> responseKeys;
  /** On a response example of an operation without a request body: the request, and what varies. */
  final Set<String> bodilessKeys;

  Document(Map<String, Case.Credentials> credentials, Set<String> requestKeys, Set<String> responseKeys,
      Set<String> bodilessKeys) {
    this.credentials = credentials;
    this.requestKeys = requestKeys;
    this.responseKeys = responseKeys;
    this.bodilessKeys = bodilessKeys;
  }

  /**
   * On a named entry of the map form of {@code x-request-examples} (a response without a body of an
   * operation without one): the request; nothing in an absent body can vary.
   */
  Set<String> noBodyAtAllKeys() {
    return bodilessKeys.stream().filter(k -> !k.equals("volatile")).collect(Collectors.toSet());
  }

  Spec spec() {
    return this == API ? Spec.API : Spec.ADMIN;
  }

  SpecValidator validator() {
    return this == API ? SpecValidator.API : SpecValidator.ADMIN;
  }

  /** The document a request path belongs to: the admin API lives under {@code /__admin/}. */
  static Document of(String path) {
    return path.startsWith("/__admin/") ? ADMIN : API;
  }
}
