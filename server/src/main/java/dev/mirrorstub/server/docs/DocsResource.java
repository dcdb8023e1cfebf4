package dev.mirrorstub.server.docs;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The published contract and a page to browse it: {@code /openapi.yaml} (the exact bytes of the
 * spec that the server was generated from) and {@code /docs} (Swagger UI from its webjar), which also
 * offers {@code /admin.yaml} when the admin API is on. Not part of the API, so not in the spec;
 * readable without credentials ({@link #isPublic}).
 */
@Path("/")
@Singleton
public final class DocsResource {

  static final String SPEC_RESOURCE = "openapi.yaml";
  /** A file name under /docs/: no slash, no leading dot (so no "..", no hidden file). */
  private static final String FILE_NAME = "[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}";
  private static final Pattern FILE = Pattern.compile(FILE_NAME);
  private static final Pattern PUBLIC_PATH = Pattern.compile("openapi\\.yaml|docs/?|docs/" + FILE_NAME);
  /** This project's own files (the page, its initializer): they win over the webjar's of the same name. */
  private static final String OWN_FILES = "dev/mirrorstub/server/docs/";
  private static final String SWAGGER_UI = "META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html;charset=utf-8", "js", "text/javascript;charset=utf-8",
      "css", "text/css;charset=utf-8", "png", "image/png", "txt", "text/plain;charset=utf-8");
  /**
   * Everything the page loads comes from this server: no third-party request (the spec's
   * description links a badge on another host), and "Try it out" can reach this server only.
   */
  private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
      + "style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";

  private final byte[] spec = read(SPEC_RESOURCE);
  /** The application property that says whether the page also offers the admin API's document. */
  public static final String WITH_ADMIN = "dev.mirrorstub.server.docs.withAdmin";
  private static final String API = "{\"url\": \"openapi.yaml\", \"name\": \"Kafka REST: Cluster Linking (openapi.yaml)\"}";
  private static final String ADMIN = "{\"url\": \"admin.yaml\", \"name\": \"Stub admin API (admin.yaml)\"}";

  /** True for GET or HEAD on {@code /openapi.yaml}, {@code /docs} or one file under {@code /docs/}. */
  public static boolean isPublic(String method, String pathUnderBase) {
    return (method.equals("GET") || method.equals("HEAD")) && PUBLIC_PATH.matcher(pathUnderBase).matches();
  }

  @GET
  @Path("openapi.yaml")
  @Produces("application/yaml")
  public Response spec() {
    return Response.ok(spec).build();
  }

  /** The page's links are relative to {@code /docs}: {@code /docs/} sends the browser there. */
  @GET
  @Path("docs")
  @Produces("text/html")
  public Response page(@Context UriInfo uri) {
    if (uri.getRequestUri().getRawPath().endsWith("/")) {
      return Response.seeOther(uri.getBaseUriBuilder().path("docs").build()).build();
    }
    return file("index.html");
  }

  /** The documents the page offers, as Swagger UI's {@code urls} takes them: with the admin API, both. */
  @GET
  @Path("docs/documents.json")
  @Produces("application/json")
  public Response documents(@Context Configuration configuration) {
    boolean withAdmin = Boolean.TRUE.equals(configuration.getProperty(WITH_ADMIN));
    byte[] documents = ("[" + API + (withAdmin ? ", " + ADMIN : "") + "]").getBytes(StandardCharsets.UTF_8);
    CacheControl revalidate = new CacheControl();
    revalidate.setNoCache(true);
    return Response.ok(documents).cacheControl(revalidate).build();
  }

  @GET
  @Path("docs/{file}")
  public Response file(@PathParam("file") String file) {
    String type = TYPES.get(file.substring(file.lastIndexOf('.') + 1));
    if (type == null || !FILE.matcher(file).matches()) {
      throw new NotFoundException();
    }
    InputStream in = resource(OWN_FILES + file);
    if (in == null) {
      in = resource(SWAGGER_UI + file);
    }
    if (in == null) {
      throw new NotFoundException();
    }
    CacheControl revalidate = new CacheControl();
    revalidate.setNoCache(true);
    return Response.ok(in, type).cacheControl(revalidate)
        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  private static InputStream resource(String name) {
    return DocsResource.class.getClassLoader().getResourceAsStream(name);
  }

  static byte[] read(String name) {
    try (InputStream in = resource(name)) {
      return Objects.requireNonNull(in, name + " is not on the classpath").readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The version directory inside the webjar, from the webjar's own Maven metadata. */
  private static String webjarVersion() {
    Properties pom = new Properties();
    try (InputStream in = resource("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      pom.load(Objects.requireNonNull(in, "the swagger-ui webjar is not on the classpath"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Objects.requireNonNull(pom.getProperty("version"), "swagger-ui webjar version");
  }
}
