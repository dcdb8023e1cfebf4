package dev.mirrorstub.server.docs;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;

/**
 * {@code /admin.yaml}: the exact bytes of the admin API's document that the server was generated from.
 * Registered only when the admin API is on (without it the path is unknown, as every admin path is);
 * readable without credentials then ({@link #isPublic}), as {@code /openapi.yaml} is.
 */
@Path(AdminSpecResource.SPEC_RESOURCE)
@Singleton
public final class AdminSpecResource {

  static final String SPEC_RESOURCE = "admin.yaml";
  private static final Pattern PUBLIC_PATH = Pattern.compile(Pattern.quote(SPEC_RESOURCE));

  private final byte[] spec = DocsResource.read(SPEC_RESOURCE);

  /** True for GET or HEAD on {@code /admin.yaml}. */
  public static boolean isPublic(String method, String pathUnderBase) {
    return (method.equals("GET") || method.equals("HEAD")) && PUBLIC_PATH.matcher(pathUnderBase).matches();
  }

  @GET
  @Produces("application/yaml")
  public Response spec() {
    return Response.ok(spec).build();
  }
}
