package dev.mirrorstub.server.api;

import dev.mirrorstub.server.domain.CreateMirror;
import dev.mirrorstub.server.domain.MirrorService;
import dev.mirrorstub.server.generated.api.ClusterLinkingV3Api;
import dev.mirrorstub.server.generated.model.ConfigData;
import dev.mirrorstub.server.generated.model.CreateMirrorTopicRequestData;
import dev.mirrorstub.server.generated.model.MirrorTopicStatus;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Implements the generated interface: translates HTTP to a {@link MirrorService} call and back.
 * It decides nothing: a missing body or field goes to the domain as missing, and its rules answer.
 */
@Singleton
public final class MirrorsResource implements ClusterLinkingV3Api {

  private final MirrorService mirrors;
  /** A proxy to the current request's URI information (this resource is a singleton). */
  private final UriInfo uriInfo;

  @Inject
  public MirrorsResource(MirrorService mirrors, @Context UriInfo uriInfo) {
    this.mirrors = Objects.requireNonNull(mirrors, "mirrors");
    this.uriInfo = Objects.requireNonNull(uriInfo, "uriInfo");
  }

  @Override
  public Response createKafkaMirrorTopic(String clusterId, String linkName, CreateMirrorTopicRequestData body) {
    mirrors.createMirror(clusterId, linkName, body == null ? null : new CreateMirror(body.getSourceTopicName(),
        body.getMirrorTopicName(), body.getReplicationFactor(), configs(body.getConfigs())));
    return Response.noContent().build();
  }

  @Override
  public Response readKafkaMirrorTopic(String clusterId, String linkName, String mirrorTopicName) {
    return json(MirrorViews.mirror(uriInfo.getBaseUriBuilder(), mirrors.find(clusterId, linkName, mirrorTopicName)));
  }

  @Override
  public Response listKafkaMirrorTopicsUnderLink(String clusterId, String linkName, MirrorTopicStatus mirrorStatus) {
    return json(MirrorViews.list(uriInfo.getBaseUriBuilder(), clusterId, linkName,
        mirrors.list(clusterId, linkName, MirrorViews.status(mirrorStatus))));
  }

  /** JSON whatever the Accept header prefers: the operations also declare text/html, for their 429. */
  private static Response json(Object entity) {
    return Response.ok(entity, MediaType.APPLICATION_JSON_TYPE).build();
  }

  private static List<CreateMirror.Config> configs(List<ConfigData> configs) {
    if (configs == null || configs.isEmpty()) {
      return List.of();
    }
    List<CreateMirror.Config> result = new ArrayList<>(configs.size());
    for (ConfigData c : configs) {
      // A null entry of the list is a config without a name, which the domain refuses.
      result.add(c == null ? new CreateMirror.Config(null, null) : new CreateMirror.Config(c.getName(), c.getValue()));
    }
    return result;
  }
}
