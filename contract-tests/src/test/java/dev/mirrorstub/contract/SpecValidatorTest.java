package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The check every server answer goes through rejects what the spec does not allow (inputs of its own). */
class SpecValidatorTest {

  private static final String PATH = "/kafka/v3/clusters/c/links/l/mirrors";

  private static List<String> errors(int status, String contentType, String body) {
    return SpecValidator.API.errors("POST", PATH, status, contentType,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void validate_errorBodyOfTheSchema_passes() {
    assertEquals(List.of(), errors(400, "application/json", "{\"error_code\": 1, \"message\": \"m\"}"));
  }

  @Test
  void validate_statusInsideTheDocumentedRange_passes() {
    assertEquals(List.of(), errors(503, "application/json", "{\"error_code\": 2, \"message\": null}"));
  }

  @Test
  void validate_undocumentedStatus_fails() {
    assertFalse(errors(418, "application/json", "{\"error_code\": 1, \"message\": \"m\"}").isEmpty());
  }

  @Test
  void validate_fieldOfTheWrongType_fails() {
    assertFalse(errors(400, "application/json", "{\"error_code\": \"one\", \"message\": \"m\"}").isEmpty());
  }

  @Test
  void validate_fieldTheSchemaDoesNotName_fails() {
    assertFalse(errors(404, "application/json", "{\"error_code\": 1, \"message\": \"m\", \"trace\": \"t\"}").isEmpty());
  }

  @Test
  void validate_contentTypeTheStatusDoesNotDeclare_fails() {
    assertFalse(errors(429, "application/json", "{\"error_code\": 429, \"message\": \"m\"}").isEmpty());
  }

  @Test
  void validate_bodyWhereNoneIsDocumented_fails() {
    assertFalse(errors(204, "application/json", "{}").isEmpty());
  }

  @Test
  void validate_missingBodyWhereOneIsDocumented_fails() {
    assertFalse(errors(401, "application/json", null).isEmpty());
  }
}
