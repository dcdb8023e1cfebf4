package dev.mirrorstub.server.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The API has POST only. Jersey answers OPTIONS on every resource by itself (200, text/plain),
 * an undocumented second method: it gets the same 405 as GET or DELETE.
 */
@Priority(Priorities.AUTHORIZATION + 10)
final class PostOnlyFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    if (HttpMethod.OPTIONS.equals(request.getMethod())) {
      request.abortWith(Response.fromResponse(Errors.response(405, 405, "HTTP 405 Method Not Allowed"))
          .header("Allow", HttpMethod.POST)
          .build());
    }
  }

  /** Jersey's own 405 lists OPTIONS among the allowed methods; this server does not allow it. */
  static String withoutOptions(String allow) {
    return Arrays.stream(allow.split(","))
        .map(String::strip)
        .filter(m -> !m.equalsIgnoreCase(HttpMethod.OPTIONS))
        .collect(Collectors.joining(","));
  }
}
