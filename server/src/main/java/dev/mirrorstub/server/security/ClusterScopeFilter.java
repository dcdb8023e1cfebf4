package dev.mirrorstub.server.security;

import dev.mirrorstub.server.errors.RestException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

/** A credential limited to some clusters gets 403 / 40301 on the others (and learns nothing of them). */
@Priority(Priorities.AUTHORIZATION)
public final class ClusterScopeFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    // Most credentials are valid everywhere: only a restricted one needs the path parameters.
    if (request.getSecurityContext().getUserPrincipal() instanceof Credentials.Caller caller
        && caller.clusters() != null) {
      String clusterId = request.getUriInfo().getPathParameters().getFirst("cluster_id");
      if (clusterId != null && !caller.mayUse(clusterId)) {
        throw RestException.forbidden();
      }
    }
  }
}
