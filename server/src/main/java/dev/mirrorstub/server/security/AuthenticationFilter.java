package dev.mirrorstub.server.security;

import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.errors.RestException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Every request, to any path, needs valid credentials (Basic API key and secret, or a bearer
 * token) before anything else is said about it: an unknown path gives 401, not 404. The one
 * exception is what the application declares public (the published spec and its documentation page).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class AuthenticationFilter implements ContainerRequestFilter {

  private final Credentials credentials;
  private final BiPredicate<String, String> isPublic;

  /**
   * @param isPublic given the method and the raw path under the base URI, true for a request that
   *     needs no credentials
   */
  public AuthenticationFilter(List<StubConfig.Credential> credentials, BiPredicate<String, String> isPublic) {
    this.credentials = new Credentials(credentials);
    this.isPublic = Objects.requireNonNull(isPublic);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (isPublic.test(request.getMethod(), rawPathUnderBase(request))) {
      return;
    }
    Credentials.Caller caller = credentials.authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION))
        .orElseThrow(RestException::unauthorized);
    request.setSecurityContext(new CallerContext(caller, request.getSecurityContext()));
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
