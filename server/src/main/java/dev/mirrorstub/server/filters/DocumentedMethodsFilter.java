package dev.mirrorstub.server.filters;

import dev.mirrorstub.server.errors.RestException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Set;
import java.util.stream.Collectors;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Jersey answers OPTIONS on every resource by itself, a method that the spec does not document: on
 * the API's resources it gets the same 405 as PUT or DELETE, with an {@code Allow} header naming
 * the documented methods. HEAD stays, as HTTP asks wherever there is a GET (a GET without body).
 */
@Priority(Priorities.AUTHORIZATION + 10)
public final class DocumentedMethodsFilter implements ContainerRequestFilter {

  private static final Set<String> REFUSED = Set.of(HttpMethod.OPTIONS);
  private static final String API_PREFIX = "kafka/";

  @Override
  public void filter(ContainerRequestContext request) {
    if (!REFUSED.contains(request.getMethod())
        || !request.getUriInfo().getPath(false).startsWith(API_PREFIX)) {
      return;
    }
    ExtendedUriInfo uriInfo = (ExtendedUriInfo) request.getUriInfo();
    Resource resource = uriInfo.getMatchedModelResource();
    String allow = resource == null ? "" : resource.getResourceMethods().stream()
        .map(ResourceMethod::getHttpMethod)
        .sorted()
        .collect(Collectors.joining(","));
    throw RestException.notAllowed(405, "HTTP 405 Method Not Allowed", allow);
  }
}
