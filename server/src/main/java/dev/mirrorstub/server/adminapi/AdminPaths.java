package dev.mirrorstub.server.adminapi;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Which requests belong to the admin API: those under {@code /__admin}. The API's authentication skips
 * exactly these and the admin's checks exactly these; faults, their call count and the journal leave
 * them out. A path that only decodes to one (an encoded underscore, a matrix parameter) is not one of
 * them: it must pass the API's authentication, and the admin resource checks the admin token again.
 */
public final class AdminPaths {

  public static final String ROOT = "__admin";

  private AdminPaths() {
  }

  /** True for a request to the admin API; the same test as {@link #isAdmin(String)} on its raw path. */
  public static boolean isAdmin(ContainerRequestContext request) {
    String path = request.getUriInfo().getRequestUri().getRawPath();
    String base = request.getUriInfo().getBaseUri().getRawPath();
    return path != null && base != null && path.startsWith(base) && isAdmin(path.substring(base.length()));
  }

  /** {@code rawPath}: the request URI's raw path, from the root (the server's base path is {@code /}). */
  public static boolean isAdminRawPath(String rawPath) {
    return rawPath != null && rawPath.startsWith("/") && isAdmin(rawPath.substring(1));
  }

  /** {@code pathUnderBase}: the raw (still encoded) path under the base URI, without a leading slash. */
  public static boolean isAdmin(String pathUnderBase) {
    return pathUnderBase != null && (pathUnderBase.equals(ROOT) || pathUnderBase.startsWith(ROOT + "/"));
  }
}
