package dev.mirrorstub.server.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Objects;

/**
 * Every request, to any path, needs valid credentials (Basic API key and secret, or a bearer
 * token) before anything else is said about it: an unknown path gives 401, not 404. The one
 * exception is reading the published spec and its documentation page ({@link DocsResource}).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
final class AuthenticationFilter implements ContainerRequestFilter {

  private final Credentials credentials;

  AuthenticationFilter(Credentials credentials) {
    this.credentials = Objects.requireNonNull(credentials);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (DocsResource.isPublic(request.getMethod(), rawPathUnderBase(request))) {
      return;
    }
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    credentials.authenticate(authorization).ifPresentOrElse(
        caller -> request.setSecurityContext(new CallerContext(caller, request.getSecurityContext())),
        () -> request.abortWith(Errors.unauthorized()));
  }

  /** Raw (still percent-encoded) so that no encoded slash or dot can pass for a public path. */
  private static String rawPathUnderBase(ContainerRequestContext request) {
    String path = request.getUriInfo().getRequestUri().getRawPath();
    String base = request.getUriInfo().getBaseUri().getRawPath();
    return path != null && base != null && path.startsWith(base) ? path.substring(base.length()) : "";
  }

  private record CallerContext(Credentials.Caller caller, SecurityContext original) implements SecurityContext {
    @Override
    public Principal getUserPrincipal() {
      return caller;
    }

    @Override
    public boolean isUserInRole(String role) {
      return false;
    }

    @Override
    public boolean isSecure() {
      return original != null && original.isSecure();
    }

    @Override
    public String getAuthenticationScheme() {
      return caller.name().equals("bearer") ? "BEARER" : SecurityContext.BASIC_AUTH;
    }
  }
}
