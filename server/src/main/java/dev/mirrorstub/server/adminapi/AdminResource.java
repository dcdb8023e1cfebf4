package dev.mirrorstub.server.adminapi;

import dev.mirrorstub.server.admin.RequestJournal;
import dev.mirrorstub.server.admin.StubAdmin;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.MirrorException;
import dev.mirrorstub.server.errors.ErrorResponses;
import dev.mirrorstub.server.errors.RestException;
import dev.mirrorstub.server.generated.admin.api.StubAdminApi;
import dev.mirrorstub.server.generated.admin.model.CreatedMirrorList;
import dev.mirrorstub.server.generated.admin.model.StubFaultList;
import dev.mirrorstub.server.generated.admin.model.StubFaultRequest;
import dev.mirrorstub.server.generated.admin.model.StubMirrorChange;
import dev.mirrorstub.server.generated.admin.model.StubRequestList;
import dev.mirrorstub.server.generated.admin.model.StubState;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;

/**
 * The admin API (openapi/admin.yaml): each operation translated to one call of {@link StubAdmin}
 * and back. Registered only when the admin API is on; {@link AdminGate} and {@link AdminGuard} have
 * checked the admin token before any method runs.
 */
@Singleton
public final class AdminResource implements StubAdminApi {

  private final StubAdmin admin;

  @Inject
  public AdminResource(StubAdmin admin) {
    this.admin = Objects.requireNonNull(admin);
  }

  @Override
  public Response resetStub() {
    admin.reset();
    return Response.noContent().build();
  }

  @Override
  public Response getStubState(String clusterId) {
    List<StubConfig.Cluster> state;
    try {
      state = admin.state(clusterId);
    } catch (IllegalStateException e) {
      return ErrorResponses.response(new RestException(409, 409, e.getMessage()));
    }
    return ok(AdminViews.state(state));
  }

  @Override
  public Response replaceStubState(StubState document) {
    if (!(document instanceof AdminBodies.ParsedState parsed)) {
      throw StubAdmin.invalidState("clusters is required (a list, maybe empty)");
    }
    return ok(AdminViews.state(admin.replaceState(parsed.parsed())));
  }

  @Override
  public Response listCreatedStubMirrors() {
    return ok(new CreatedMirrorList().mirrors(admin.createdMirrors().stream().map(AdminViews::created)
        .toList()));
  }

  @Override
  public Response updateStubMirror(String clusterId, String linkName, String mirrorTopicName,
      StubMirrorChange change) {
    return ok(AdminViews.mirror(admin.changeMirror(clusterId, linkName, mirrorTopicName,
        AdminViews.change(Objects.requireNonNull(change, "body")))));
  }

  @Override
  public Response completeStubTransitions() {
    admin.completePendingTransitions();
    return Response.noContent().build();
  }

  @Override
  public Response listStubFaults() {
    return ok(new StubFaultList().calls(admin.faults().calls())
        .faults(admin.faults().armed().stream().map(AdminViews::fault).toList()));
  }

  @Override
  public Response createStubFault(StubFaultRequest request) {
    if (request == null) {
      throw MirrorException.badRequest(400, "The request needs a body: a JSON object.");
    }
    return Response.status(201).entity(AdminBodies.json(AdminViews.fault(admin.armFault(
        AdminViews.faultRequest(request))))).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  @Override
  public Response deleteStubFaults() {
    admin.faults().clear();
    return Response.noContent().build();
  }

  @Override
  public Response listStubRequests(String method, String path, String operationId, Integer status, Integer limit) {
    RequestJournal.Filter filter = new RequestJournal.Filter(method, path, operationId, status, limit);
    return ok(new StubRequestList().requests(admin.journal().list(filter).stream()
        .map(AdminViews::request).toList()));
  }

  @Override
  public Response deleteStubRequests() {
    admin.journal().clear();
    return Response.noContent().build();
  }

  private static Response ok(Object model) {
    return Response.ok(AdminBodies.json(model), MediaType.APPLICATION_JSON_TYPE).build();
  }
}
