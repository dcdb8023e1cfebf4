package dev.mirrorstub.server.filters;

import dev.mirrorstub.server.errors.RestException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * A Content-Type that does not parse, or more than one, is not application/json: 415 with the
 * error body. Left to Jersey, it becomes a 400 with no body at all.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION + 20)
public final class ContentTypeFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    List<String> values = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
    if (values == null || values.isEmpty()) {
      return;
    }
    if (values.size() > 1 || !parses(values.get(0))) {
      throw RestException.unsupportedMediaType();
    }
  }

  private static boolean parses(String value) {
    try {
      MediaType.valueOf(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
