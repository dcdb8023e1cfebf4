package dev.mirrorstub.server.faults;

import dev.mirrorstub.server.errors.ErrorResponses;
import dev.mirrorstub.server.errors.RestException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Applies the {@link FaultInjector}'s faults. Registered only when a test hands the server an
 * injector. A fault fires at the front door, before authentication, as a proxy's or Jetty's
 * rejection would; an {@link Fault#afterProcessing() after-processing} fault lets the call run and
 * then replaces or delays its answer. Every faulted answer has the spec's shape: 429 as Jetty's
 * HTML page, 5xx as the Error JSON. A fault armed for one operation tells the request's operation
 * from its method and path ({@link OperationRoutes}), since Jersey has not matched it yet.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 500)
public final class FaultFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String PENDING = FaultFilter.class.getName() + ".pending";
  private static final String LINK = FaultFilter.class.getName() + ".link";

  private final FaultInjector faults;

  private final OperationRoutes routes;

  private final Predicate<String> exempt;

  /** {@code routes} tell a request's operation, for faults armed for one; the injector learns its ids from them. */
  public FaultFilter(FaultInjector faults, OperationRoutes routes) {
    this(faults, routes, path -> false);
  }

  /**
   * {@code exempt}, given the path under the base URI (still encoded, no leading slash), is true for the
   * requests that are no API calls (the admin API's): no fault fires on them and they are not counted.
   */
  public FaultFilter(FaultInjector faults, OperationRoutes routes, Predicate<String> exempt) {
    this.faults = Objects.requireNonNull(faults);
    this.routes = Objects.requireNonNull(routes);
    this.exempt = Objects.requireNonNull(exempt);
    faults.useRoutes(routes);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (exempt.test(request.getUriInfo().getPath(false))) {
      return;
    }
    List<PathSegment> path = request.getUriInfo().getPathSegments(true);
    String cluster = segmentAfter(path, 2, "clusters");
    String link = cluster == null ? null : segmentAfter(path, 4, "links");
    Fault fault = faults.take(cluster, link, () -> routes.operationOf(request.getMethod(), pathOf(path)))
        .orElse(null);
    if (fault == null) {
      return;
    }
    if (fault.afterProcessing()) {
      request.setProperty(PENDING, fault);
      request.setProperty(LINK, link);
      return;
    }
    if (fault.kind() == Fault.Kind.DELAY) {
      pause(fault);
    } else {
      request.abortWith(answer(fault, link, request.getUriInfo().getRequestUri().getRawPath()));
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(PENDING) instanceof Fault fault)) {
      return;
    }
    if (fault.kind() == Fault.Kind.DELAY) {
      pause(fault);
      return;
    }
    Response replacement = answer(fault, (String) request.getProperty(LINK), null);
    response.getHeaders().clear();
    response.setStatus(replacement.getStatus());
    replacement.getHeaders().forEach((name, values) -> response.getHeaders().addAll(name, values.toArray()));
    response.setEntity(replacement.getEntity(), new Annotation[0], replacement.getMediaType());
  }

  /** Built where every error answer is; the response filter cannot throw, so the answer is built, not thrown. */
  private static Response answer(Fault fault, String link, String rawPath) {
    Response answer = fault.kind() == Fault.Kind.TOO_MANY_REQUESTS ? ErrorResponses.tooManyRequests(rawPath)
        : ErrorResponses.response(new RestException(fault.status(), fault.errorCode(), fault.messageFor(link)));
    return fault.retryAfter() == null ? answer
        : Response.fromResponse(answer).header("Retry-After", fault.retryAfter()).build();
  }

  /** The decoded path from the root, without matrix parameters. */
  private static String pathOf(List<PathSegment> path) {
    StringBuilder s = new StringBuilder();
    for (PathSegment segment : path) {
      s.append('/').append(segment.getPath());
    }
    return s.toString();
  }

  /** {@code kafka/v3/clusters/{cluster_id}/links/{link_name}/...}: the segment after {@code name}. */
  private static String segmentAfter(List<PathSegment> path, int index, String name) {
    if (path.size() <= index + 1 || !path.get(index).getPath().equals(name)
        || !path.get(0).getPath().equals("kafka") || !path.get(1).getPath().equals("v3")) {
      return null;
    }
    return path.get(index + 1).getPath();
  }

  private static void pause(Fault fault) {
    try {
      Thread.sleep(fault.delay().toMillis());
    } catch (InterruptedException e) {
      // The server is closing: answer now rather than hold the worker.
      Thread.currentThread().interrupt();
    }
  }
}
