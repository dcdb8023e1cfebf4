package dev.mirrorstub.server.api;

import dev.mirrorstub.server.domain.AlterMirrors;
import dev.mirrorstub.server.domain.CreateLink;
import dev.mirrorstub.server.domain.CreateMirror;
import dev.mirrorstub.server.domain.LinkConfig;
import dev.mirrorstub.server.generated.model.AlterConfigBatchRequestData;
import dev.mirrorstub.server.generated.model.AlterConfigBatchRequestDataData;
import dev.mirrorstub.server.generated.model.AlterMirrorsRequestData;
import dev.mirrorstub.server.generated.model.ConfigData;
import dev.mirrorstub.server.generated.model.CreateLinkRequestData;
import dev.mirrorstub.server.generated.model.CreateMirrorTopicRequestData;
import dev.mirrorstub.server.generated.model.UpdateLinkConfigRequestData;
import java.util.ArrayList;
import java.util.List;

/**
 * Request bodies (generated models) as domain requests. Nothing is decided here: what is missing
 * stays missing (null), and the domain's rules answer it.
 */
final class Requests {

  private Requests() {
  }

  static CreateMirror createMirror(CreateMirrorTopicRequestData body) {
    return body == null ? null : new CreateMirror(body.getSourceTopicName(), body.getMirrorTopicName(),
        body.getReplicationFactor(), configs(body.getConfigs()));
  }

  /** An absent body is read as an empty one (the body is optional in Confluent's document). */
  static CreateLink createLink(String linkName, Boolean validateOnly, CreateLinkRequestData body) {
    CreateLinkRequestData b = body == null ? new CreateLinkRequestData() : body;
    return new CreateLink(linkName, b.getSourceClusterId(), b.getDestinationClusterId(), b.getRemoteClusterId(),
        b.getClusterLinkId(), configs(b.getConfigs()), validateOnly);
  }

  static LinkConfig.Change change(UpdateLinkConfigRequestData body) {
    return body == null ? null : new LinkConfig.Change(null, body.getValue(), null);
  }

  static LinkConfig.Batch batch(AlterConfigBatchRequestData body) {
    if (body == null) {
      return null;
    }
    List<LinkConfig.Change> data = null;
    if (body.getData() != null) {
      data = new ArrayList<>(body.getData().size());
      for (AlterConfigBatchRequestDataData d : body.getData()) {
        data.add(d == null ? null : new LinkConfig.Change(d.getName(), d.getValue(), d.getOperation()));
      }
    }
    return new LinkConfig.Batch(data, body.getValidateOnly());
  }

  static AlterMirrors alter(AlterMirrors.Operation operation, Boolean validateOnly, Boolean truncationData,
      AlterMirrorsRequestData body) {
    return new AlterMirrors(operation, body == null ? null : body.getMirrorTopicNames(),
        body == null ? null : body.getMirrorTopicNamePattern(), validateOnly, truncationData);
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
