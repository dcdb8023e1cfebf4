package dev.mirrorstub.server.api;

import dev.mirrorstub.server.domain.AlterMirrors.Operation;
import dev.mirrorstub.server.domain.MirrorService;
import dev.mirrorstub.server.generated.api.ClusterLinkingV3Api;
import dev.mirrorstub.server.generated.model.AlterConfigBatchRequestData;
import dev.mirrorstub.server.generated.model.AlterMirrorsRequestData;
import dev.mirrorstub.server.generated.model.CreateLinkRequestData;
import dev.mirrorstub.server.generated.model.CreateMirrorTopicRequestData;
import dev.mirrorstub.server.generated.model.MirrorTopicStatus;
import dev.mirrorstub.server.generated.model.UpdateLinkConfigRequestData;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.Objects;

/**
 * Implements the generated interface of Cluster Linking: translates HTTP to a {@link MirrorService}
 * call and back. It decides nothing: a missing body or field goes to the domain as missing, and its
 * rules answer; bodies become domain requests in {@link Requests}, answers become models in the views.
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
    mirrors.createMirror(clusterId, linkName, Requests.createMirror(body));
    return Response.noContent().build();
  }

  @Override
  public Response readKafkaMirrorTopic(String clusterId, String linkName, String mirrorTopicName,
      Boolean includeStateTransitionErrors) {
    return json(MirrorViews.mirror(base(), mirrors.find(clusterId, linkName, mirrorTopicName),
        Boolean.TRUE.equals(includeStateTransitionErrors)));
  }

  @Override
  public Response listKafkaMirrorTopicsUnderLink(String clusterId, String linkName, MirrorTopicStatus mirrorStatus) {
    return json(MirrorViews.list(base(), clusterId, linkName,
        mirrors.list(clusterId, linkName, MirrorViews.status(mirrorStatus))));
  }

  @Override
  public Response listKafkaMirrorTopics(String clusterId, MirrorTopicStatus mirrorStatus) {
    return json(MirrorViews.list(base(), clusterId, "-", mirrors.listAll(clusterId, MirrorViews.status(mirrorStatus))));
  }

  @Override
  public Response listKafkaLinks(String clusterId) {
    return json(LinkViews.links(base(), clusterId, mirrors.links(clusterId)));
  }

  @Override
  public Response createKafkaLink(String clusterId, String linkName, Boolean validateOnly, Boolean validateLink,
      CreateLinkRequestData body) {
    mirrors.createLink(clusterId, Requests.createLink(linkName, validateOnly, body));
    return Response.noContent().build();
  }

  @Override
  public Response getKafkaLink(String clusterId, String linkName, Boolean includeTasks) {
    return json(LinkViews.link(base(), mirrors.link(clusterId, linkName), Boolean.TRUE.equals(includeTasks)));
  }

  @Override
  public Response deleteKafkaLink(String clusterId, String linkName, Boolean force, Boolean validateOnly) {
    mirrors.deleteLink(clusterId, linkName, force, validateOnly);
    return Response.ok().build();
  }

  @Override
  public Response listKafkaLinkConfigs(String clusterId, String linkName) {
    return json(LinkViews.configs(base(), clusterId, linkName, mirrors.linkConfigs(clusterId, linkName)));
  }

  @Override
  public Response getKafkaLinkConfigs(String clusterId, String linkName, String configName) {
    return json(LinkViews.config(base(), mirrors.linkConfig(clusterId, linkName, configName)));
  }

  @Override
  public Response updateKafkaLinkConfig(String clusterId, String linkName, String configName,
      UpdateLinkConfigRequestData body) {
    mirrors.updateLinkConfig(clusterId, linkName, configName, Requests.change(body));
    return Response.noContent().build();
  }

  @Override
  public Response deleteKafkaLinkConfig(String clusterId, String linkName, String configName) {
    mirrors.resetLinkConfig(clusterId, linkName, configName);
    return Response.noContent().build();
  }

  @Override
  public Response updateKafkaLinkConfigBatch(String clusterId, String linkName, Boolean validateOnly,
      AlterConfigBatchRequestData body) {
    mirrors.alterLinkConfigs(clusterId, linkName, Requests.batch(body), validateOnly);
    return Response.noContent().build();
  }

  @Override
  public Response updateKafkaMirrorTopicsPause(String clusterId, String linkName, Boolean validateOnly,
      AlterMirrorsRequestData body) {
    return alter(clusterId, linkName, Operation.PAUSE, validateOnly, null, body);
  }

  @Override
  public Response updateKafkaMirrorTopicsResume(String clusterId, String linkName, Boolean validateOnly,
      AlterMirrorsRequestData body) {
    return alter(clusterId, linkName, Operation.RESUME, validateOnly, null, body);
  }

  @Override
  public Response updateKafkaMirrorTopicsPromote(String clusterId, String linkName, Boolean validateOnly,
      AlterMirrorsRequestData body) {
    return alter(clusterId, linkName, Operation.PROMOTE, validateOnly, null, body);
  }

  @Override
  public Response updateKafkaMirrorTopicsFailover(String clusterId, String linkName, Boolean validateOnly,
      AlterMirrorsRequestData body) {
    return alter(clusterId, linkName, Operation.FAILOVER, validateOnly, null, body);
  }

  @Override
  public Response updateKafkaMirrorTopicsReverseAndStartMirror(String clusterId, String linkName, Boolean validateOnly,
      AlterMirrorsRequestData body) {
    return alter(clusterId, linkName, Operation.REVERSE_AND_START_MIRROR, validateOnly, null, body);
  }

  @Override
  public Response updateKafkaMirrorTopicsReverseAndPauseMirror(String clusterId, String linkName, Boolean validateOnly,
      AlterMirrorsRequestData body) {
    return alter(clusterId, linkName, Operation.REVERSE_AND_PAUSE_MIRROR, validateOnly, null, body);
  }

  @Override
  public Response updateKafkaMirrorTopicsTruncateAndRestoreMirror(String clusterId, String linkName,
      Boolean includePartitionLevelTruncationData, Boolean validateOnly, AlterMirrorsRequestData body) {
    return alter(clusterId, linkName, Operation.TRUNCATE_AND_RESTORE, validateOnly,
        includePartitionLevelTruncationData, body);
  }

  private Response alter(String clusterId, String linkName, Operation operation, Boolean validateOnly,
      Boolean truncationData, AlterMirrorsRequestData body) {
    return json(AlterViews.items(base(), clusterId, linkName, mirrors.alterMirrors(clusterId, linkName,
        Requests.alter(operation, validateOnly, truncationData, body))));
  }

  private UriBuilder base() {
    return uriInfo.getBaseUriBuilder();
  }

  /** JSON whatever the Accept header prefers: the operations also declare text/html, for their 429. */
  private static Response json(Object entity) {
    return Response.ok(entity, MediaType.APPLICATION_JSON_TYPE).build();
  }
}
