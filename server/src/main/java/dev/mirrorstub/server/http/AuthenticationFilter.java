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
 * token) before anything else is said about it: an unknown path gives 401, not 404.
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
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    credentials.authenticate(authorization).ifPresentOrElse(
        caller -> request.setSecurityContext(new CallerContext(caller, request.getSecurityContext())),
        () -> request.abortWith(Errors.unauthorized()));
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
