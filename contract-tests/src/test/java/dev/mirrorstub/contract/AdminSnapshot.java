package dev.mirrorstub.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * What the admin API shows of a stub: its whole state ({@code GET /__admin/state}), the armed faults
 * with the call count ({@code GET /__admin/faults}) and the request journal
 * ({@code GET /__admin/requests}). Admin requests are neither counted nor journaled, so reading one
 * changes none of the three. A state that no configuration file can say is read as its 409 refusal
 * ({@code stateStatus} 409, {@code state} the error body), equal before and after when nothing changed.
 */
record AdminSnapshot(int stateStatus, JsonNode state, JsonNode faults, JsonNode requests) implements Snapshot {

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  static AdminSnapshot read(URI baseUri, String adminToken) throws IOException, InterruptedException {
    String authorization = "Bearer " + adminToken;
    HttpResponse<byte[]> state = get(baseUri, "/__admin/state", authorization, 409);
    return new AdminSnapshot(state.statusCode(), Bodies.tree(state.body()),
        Bodies.tree(get(baseUri, "/__admin/faults", authorization, 200).body()),
        Bodies.tree(get(baseUri, "/__admin/requests", authorization, 200).body()));
  }

  /** The answer, which must be 200 or {@code alsoAccepted}. */
  private static HttpResponse<byte[]> get(URI baseUri, String path, String authorization, int alsoAccepted)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(baseUri.resolve(path)).timeout(TIMEOUT)
        .header("Authorization", authorization).header("Accept", "application/json").GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200 && response.statusCode() != alsoAccepted) {
      throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": "
          + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
    }
    return response;
  }
}
