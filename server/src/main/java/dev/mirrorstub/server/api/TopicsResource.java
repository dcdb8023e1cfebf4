package dev.mirrorstub.server.api;

import dev.mirrorstub.server.domain.MirrorService;
import dev.mirrorstub.server.generated.api.TopicV3Api;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.util.Objects;

/** Implements the generated interface of topics (tag {@code Topic (v3)}): deleting a topic, mirror or not. */
@Singleton
public final class TopicsResource implements TopicV3Api {

  private final MirrorService mirrors;

  @Inject
  public TopicsResource(MirrorService mirrors) {
    this.mirrors = Objects.requireNonNull(mirrors, "mirrors");
  }

  @Override
  public Response deleteKafkaTopic(String clusterId, String topicName) {
    mirrors.deleteTopic(clusterId, topicName);
    return Response.noContent().build();
  }
}
