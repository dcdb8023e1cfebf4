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

/** The spec, read once from the classpath (the mirror-openapi jar): the tests' only source of examples. */
final class Spec {

  static final String RESOURCE = "openapi.yaml";
  static final Spec INSTANCE = load();

  final String text;
  final OpenAPI api;

  private Spec(String text, OpenAPI api) {
    this.text = text;
    this.api = api;
  }

  private static Spec load() {
    String text;
    try (InputStream in = Spec.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      text = new String(Objects.requireNonNull(in, RESOURCE + " not on the classpath").readAllBytes(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
    assertTrue(result.getMessages() == null || result.getMessages().isEmpty(),
        () -> "the spec does not parse cleanly: " + result.getMessages());
    return new Spec(text, result.getOpenAPI());
  }
}
