package dev.mirrorstub.server.http;

import dev.mirrorstub.server.generated.model.ErrorResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds the spec's error body, {@code {"error_code": ..., "message": ...}}, from the generated model. */
final class Errors {

  static final String AUTHENTICATION_FAILED = "Authentication failed";
  static final String NOT_AUTHORIZED = "Request is not authorized";

  private Errors() {
  }

  static Response response(int status, int errorCode, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorResponse().errorCode(errorCode).message(message))
        .build();
  }

  static Response unauthorized() {
    return Response.fromResponse(response(401, 40101, AUTHENTICATION_FAILED))
        .header("WWW-Authenticate", "Basic realm=\"kafka-rest\"")
        .build();
  }

  static Response forbidden() {
    return response(403, 40301, NOT_AUTHORIZED);
  }
}
