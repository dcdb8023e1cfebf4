package dev.mirrorstub.server.http;

import dev.mirrorstub.server.domain.CreateMirror;
import dev.mirrorstub.server.domain.MirrorException;
import dev.mirrorstub.server.domain.MirrorService;
import dev.mirrorstub.server.generated.api.ClusterLinkingV3Api;
import dev.mirrorstub.server.generated.model.ConfigData;
import dev.mirrorstub.server.generated.model.CreateMirrorTopicRequestData;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Implements the generated interface: translates HTTP to a {@link MirrorService} call and back. */
@Singleton
public final class MirrorsResource implements ClusterLinkingV3Api {

  private final MirrorService mirrors;

  @Inject
  public MirrorsResource(MirrorService mirrors) {
    this.mirrors = Objects.requireNonNull(mirrors, "mirrors");
  }

  @Override
  public Response createKafkaMirrorTopic(String clusterId, String linkName, CreateMirrorTopicRequestData body) {
    if (body == null) {
      throw new MirrorException(MirrorException.Kind.BAD_REQUEST, 400,
          ErrorMappers.EMPTY_BODY);
    }
    mirrors.createMirror(clusterId, linkName, new CreateMirror(body.getSourceTopicName(),
        body.getMirrorTopicName(), body.getReplicationFactor(), configs(body.getConfigs())));
    return Response.noContent().build();
  }

  private static List<CreateMirror.Config> configs(List<ConfigData> configs) {
    if (configs == null || configs.isEmpty()) {
      return List.of();
    }
    List<CreateMirror.Config> result = new ArrayList<>(configs.size());
    for (ConfigData c : configs) {
      result.add(config(c));
    }
    return result;
  }

  private static CreateMirror.Config config(ConfigData c) {
    if (c == null || c.getName() == null) {
      throw new MirrorException(MirrorException.Kind.BAD_REQUEST, 400,
          "Payload error. configs[].name is required.");
    }
    return new CreateMirror.Config(c.getName(), c.getValue());
  }
}
