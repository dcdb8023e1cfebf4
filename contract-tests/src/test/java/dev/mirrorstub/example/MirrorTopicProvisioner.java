package dev.mirrorstub.example;

import dev.mirrorstub.client.MirrorApiClient;
import dev.mirrorstub.client.MirrorApiErrors;
import dev.mirrorstub.client.ResilientMirrorClient;
import dev.mirrorstub.client.generated.invoker.ApiException;
import dev.mirrorstub.client.generated.model.CreateMirrorTopicRequestData;
import java.net.URI;
import java.util.Objects;

/**
 * An example consumer: the part of a service that mirrors topics through Kafka REST. Everything
 * it needs is {@code dev.mirrorstub:mirror-client}; its test ({@link ExampleConsumerTest}) adds
 * {@code dev.mirrorstub:mirror-stub-junit} in test scope.
 */
public final class MirrorTopicProvisioner {

  /** A mirror could not be created; the message says why, in Kafka REST's words. */
  public static final class ProvisioningException extends RuntimeException {
    ProvisioningException(String message, ApiException cause) {
      super(message, cause);
    }
  }

  private final ResilientMirrorClient mirrors;
  private final String clusterId;
  private final String linkName;

  public MirrorTopicProvisioner(ResilientMirrorClient mirrors, String clusterId, String linkName) {
    this.mirrors = Objects.requireNonNull(mirrors);
    this.clusterId = Objects.requireNonNull(clusterId);
    this.linkName = Objects.requireNonNull(linkName);
  }

  /** Production wiring with a Kafka API key and secret (HTTP Basic) and the default retry policy. */
  public static MirrorTopicProvisioner withApiKey(URI restEndpoint, String apiKey, String apiSecret,
                                                  String clusterId, String linkName) {
    MirrorApiClient api = MirrorApiClient.basic(restEndpoint, apiKey, apiSecret);
    // Without a read timeout one hung call would outlast the retry policy's time budget.
    api.setReadTimeout(15_000);
    return new MirrorTopicProvisioner(ResilientMirrorClient.of(api), clusterId, linkName);
  }

  /** Production wiring with an OAuth token (HTTP Bearer). */
  public static MirrorTopicProvisioner withToken(URI restEndpoint, String token, String clusterId, String linkName) {
    MirrorApiClient api = MirrorApiClient.bearer(restEndpoint, token);
    api.setReadTimeout(15_000);
    return new MirrorTopicProvisioner(ResilientMirrorClient.of(api), clusterId, linkName);
  }

  /** Mirrors {@code sourceTopic} over the link; retries what is worth retrying, then gives up with a clear reason. */
  public void provision(String sourceTopic) {
    try {
      mirrors.createMirrorTopic(clusterId, linkName, new CreateMirrorTopicRequestData().sourceTopicName(sourceTopic));
    } catch (ApiException e) {
      String reason = MirrorApiErrors.error(e)
          .map(error -> error.getErrorCode() + " " + error.getMessage())
          .orElseGet(() -> e.getCode() == 0 ? "no answer (" + e.getCause().getMessage() + ")" : "HTTP " + e.getCode());
      throw new ProvisioningException("cannot mirror " + sourceTopic + " over " + linkName + ": " + reason, e);
    }
  }
}
