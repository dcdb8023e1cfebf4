package com.example.orders;

import dev.mirrorstub.client.MirrorApiClient;
import dev.mirrorstub.client.MirrorApiErrors;
import dev.mirrorstub.client.generated.invoker.ApiException;
import dev.mirrorstub.client.generated.model.CreateMirrorTopicRequestData;
import java.net.URI;

public final class MirrorSetup {

  private final MirrorApiClient client;

  public MirrorSetup(URI baseUri, String apiKey, String apiSecret) {
    this.client = MirrorApiClient.basic(baseUri, apiKey, apiSecret);
  }

  /** "created", or the refusal's error_code and message. */
  public String mirror(String clusterId, String linkName, String sourceTopic) {
    try {
      client.clusterLinking().createKafkaMirrorTopic(clusterId, linkName,
          new CreateMirrorTopicRequestData().sourceTopicName(sourceTopic));
      return "created";
    } catch (ApiException e) {
      return MirrorApiErrors.error(e)
          .map(err -> err.getErrorCode() + " " + err.getMessage())
          .orElse("HTTP " + e.getCode());
    }
  }
}
