package dev.mirrorstub.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.List;
import java.util.Locale;

/**
 * Every answer a test receives from the server is checked against the spec with Atlassian's
 * swagger-request-validator: an undocumented status, a content type the status does not declare,
 * a missing or unexpected body, or a body that does not match the schema is an error. All messages
 * keep the library's default level (ERROR); nothing is downgraded.
 */
final class SpecValidator {

  static final SpecValidator INSTANCE = new SpecValidator();

  private final OpenApiInteractionValidator validator =
      OpenApiInteractionValidator.createForInlineApiSpecification(Spec.INSTANCE.text).build();

  private SpecValidator() {
  }

  /** The validator's error messages for this answer; empty when it conforms to the spec. */
  List<String> errors(String method, String path, int status, String contentType, byte[] body) {
    SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
    if (contentType != null) {
      response.withContentType(contentType);
    }
    if (body != null && body.length > 0) {
      response.withBody(body);
    }
    ValidationReport report = validator.validateResponse(path,
        Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), response.build());
    return report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(m -> m.getKey() + ": " + m.getMessage())
        .toList();
  }

  /** Fails with the validator's messages when the answer does not conform to the spec. */
  void assertConforms(String what, String method, String path, int status, String contentType, byte[] body) {
    List<String> errors = errors(method, path, status, contentType, body);
    if (!errors.isEmpty()) {
      throw new AssertionError(what + ": the answer (" + status + ", " + contentType
          + ") does not conform to the spec: " + errors);
    }
  }
}
