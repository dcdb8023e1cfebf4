package dev.mirrorstub.server.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mirrorstub.server.domain.MirrorException;
import dev.mirrorstub.server.generated.model.ErrorResponse;
import jakarta.ws.rs.BadRequestException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one error format: the same body and headers whether Jersey or a JDK handler writes them. */
class ErrorResponsesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void raw_refusalBelowJersey_isTheSpecsErrorBodyWithItsHeaders() throws IOException {
    ErrorResponses.Raw raw = ErrorResponses.raw(RestException.malformedRequest("Request has no Host header."));

    assertEquals(400, raw.status());
    assertEquals(Map.of("Content-Type", "application/json", "Connection", "close"), raw.headers());
    assertEquals(JSON.readTree("{\"error_code\":400,\"message\":\"Request has no Host header.\"}"),
        JSON.readTree(raw.body()));
  }

  @Test
  void response_restException_carriesStatusCodeMessageAndHeaders() {
    var response = ErrorResponses.response(RestException.unauthorized());

    assertEquals(401, response.getStatus());
    assertEquals("Basic realm=\"kafka-rest\"", response.getHeaderString("WWW-Authenticate"));
    ErrorResponse body = (ErrorResponse) response.getEntity();
    assertEquals(40101, body.getErrorCode());
    assertEquals("Authentication failed", body.getMessage());
  }

  @Test
  void tooManyRequests_jerseyAndJdkForms_areTheSamePage() {
    var response = ErrorResponses.tooManyRequests("/v3/clusters/my-cluster");
    ErrorResponses.Raw raw = ErrorResponses.rawTooManyRequests("/v3/clusters/my-cluster");

    assertEquals(response.getEntity(), new String(raw.body(), StandardCharsets.UTF_8));
    assertEquals("text/html;charset=utf-8", raw.headers().get("Content-Type"));
    assertEquals(response.getHeaderString("DoSFilter"), raw.headers().get("DoSFilter"));
    assertEquals(response.getHeaderString("Cache-Control"), raw.headers().get("Cache-Control"));
  }

  @Test
  void notAllowed_allowHeader_namesOnlyTheDocumentedMethodsInTheirOrder() {
    assertEquals("POST,GET", RestException.notAllowed(405, "no", "OPTIONS, POST,HEAD,GET").headers().get("Allow"));
  }

  @Test
  void meaning_domainRefusalWrappedByJersey_isTheDomainsAnswer() {
    MirrorException refused = new MirrorException(MirrorException.Kind.NOT_FOUND, 40403, "gone");

    RestException meaning = Failures.meaning(new BadRequestException(new RuntimeException(refused)));

    assertEquals(404, meaning.status());
    assertEquals(40403, meaning.errorCode());
    assertEquals("gone", meaning.getMessage());
    assertNull(Failures.meaning(new IllegalStateException("a bug")));
  }
}
