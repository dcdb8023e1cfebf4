package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A spec, read once from the classpath (the mirror-openapi jar): the tests' only source of examples.
 * {@link #API} is Confluent's API, {@link #ADMIN} the stub's own admin API.
 */
final class Spec {

  static final Spec API = load("openapi.yaml");
  static final Spec ADMIN = load("admin.yaml");

  final String resource;
  final String text;
  final OpenAPI api;

  private Spec(String resource, String text, OpenAPI api) {
    this.resource = resource;
    this.text = text;
    this.api = api;
  }

  private static Spec load(String resource) {
    String text;
    try (InputStream in = Spec.class.getClassLoader().getResourceAsStream(resource)) {
      text = new String(Objects.requireNonNull(in, resource + " not on the classpath").readAllBytes(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
    assertTrue(result.getMessages() == null || result.getMessages().isEmpty(),
        () -> resource + " does not parse cleanly: " + result.getMessages());
    return new Spec(resource, text, result.getOpenAPI());
  }
}
