package dev.mirrorstub.server.adminapi;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Objects;

/**
 * The admin token checked again once a request has reached the admin resource, whatever its path
 * looked like: one that only decodes to {@code /__admin} (an encoded underscore, a matrix parameter)
 * passed the API's authentication instead of {@link AdminGate}, and must not steer the stub with an API
 * credential. Bound to the admin resource's methods only.
 */
final class AdminGuard implements DynamicFeature {

  private final AdminToken token;

  AdminGuard(AdminToken token) {
    this.token = Objects.requireNonNull(token);
  }

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    if (resource.getResourceClass() == AdminResource.class) {
      context.register(new Check(token));
    }
  }

  @Priority(Priorities.AUTHENTICATION)
  private static final class Check implements ContainerRequestFilter {
    private final AdminToken token;

    Check(AdminToken token) {
      this.token = token;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      if (!token.accepts(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
        request.abortWith(AdminToken.refusal());
      }
    }
  }
}
