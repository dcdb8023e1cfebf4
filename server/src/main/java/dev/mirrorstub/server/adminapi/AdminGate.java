package dev.mirrorstub.server.adminapi;

import dev.mirrorstub.server.errors.ErrorResponses;
import dev.mirrorstub.server.errors.RestException;
import dev.mirrorstub.server.faults.OperationRoutes;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The admin API's front door, for every request under {@code /__admin} (which the API's authentication
 * leaves alone): the admin token or 401, then a body in a media type that the operation takes, or 415
 * naming those it takes (Jersey's own 415 would not).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
final class AdminGate implements ContainerRequestFilter {

  private final AdminToken token;
  private final OperationRoutes routes;
  private final Map<String, List<String>> consumes;

  /** {@code consumes}: the media types each operation of {@code routes} takes, if it takes a body. */
  AdminGate(AdminToken token, OperationRoutes routes, Map<String, List<String>> consumes) {
    this.token = Objects.requireNonNull(token);
    this.routes = Objects.requireNonNull(routes);
    this.consumes = Map.copyOf(consumes);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!AdminPaths.isAdmin(request)) {
      return;
    }
    if (!token.accepts(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
      request.abortWith(AdminToken.refusal());
      return;
    }
    String operation = routes.operationOf(request.getMethod(), "/" + request.getUriInfo().getPath(true));
    List<String> takes = operation == null ? List.of() : consumes.getOrDefault(operation, List.of());
    String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
    if (!takes.isEmpty() && !takes.stream().anyMatch(t -> compatible(type, t))) {
      request.abortWith(ErrorResponses.response(new RestException(415, 415, "Unsupported media type "
          + (type == null ? "(none)" : type.strip()) + ": send " + String.join(" or ", takes) + ".")));
    }
  }

  private static boolean compatible(String type, String taken) {
    try {
      return type != null && MediaType.valueOf(type).isCompatible(MediaType.valueOf(taken))
          && !MediaType.valueOf(type).isWildcardType() && !MediaType.valueOf(type).isWildcardSubtype();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
