package dev.mirrorstub.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.List;
import java.util.Locale;

/**
 * Every answer a test receives from the server is checked against its spec with Atlassian's
 * swagger-request-validator: an undocumented status, a content type the status does not declare,
 * a missing or unexpected body, or a body that does not match the schema is an error. All messages
 * keep the library's default level (ERROR); nothing is downgraded.
 */
final class SpecValidator {

  static final SpecValidator API = new SpecValidator(Spec.API);
  static final SpecValidator ADMIN = new SpecValidator(Spec.ADMIN);

  private final OpenApiInteractionValidator validator;
  private final String resource;

  private SpecValidator(Spec spec) {
    this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec.text).build();
    this.resource = spec.resource;
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

  /**
   * The validator's error messages for a request (path, query, the Authorization header, body);
   * empty when the spec documents it. {@code target} is the path with an optional query string.
   */
  List<String> requestErrors(String method, String target, String authorization, String contentType, byte[] body) {
    int question = target.indexOf('?');
    SimpleRequest.Builder request = new SimpleRequest.Builder(method.toUpperCase(Locale.ROOT),
        question < 0 ? target : target.substring(0, question));
    if (question >= 0) {
      for (String pair : target.substring(question + 1).split("&")) {
        int equals = pair.indexOf('=');
        request.withQueryParam(equals < 0 ? pair : pair.substring(0, equals), equals < 0 ? "" : pair.substring(equals + 1));
      }
    }
    if (authorization != null) {
      request.withAuthorization(authorization);
    }
    if (contentType != null) {
      request.withContentType(contentType);
    }
    if (body != null && body.length > 0) {
      request.withBody(body);
    }
    return validator.validateRequest(request.build()).getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(m -> m.getKey() + ": " + m.getMessage())
        .toList();
  }

  /** Fails with the validator's messages when the answer does not conform to the spec. */
  void assertConforms(String what, String method, String path, int status, String contentType, byte[] body) {
    List<String> errors = errors(method, path, status, contentType, body);
    if (!errors.isEmpty()) {
      throw new AssertionError(what + ": the answer (" + status + ", " + contentType
          + ") does not conform to " + resource + ": " + errors);
    }
  }
}
