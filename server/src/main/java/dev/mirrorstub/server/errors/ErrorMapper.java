package dev.mirrorstub.server.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Every exception that is not JAX-RS's own: a {@link RestException}, a domain refusal, a Jackson
 * error, a bug. Jackson's own mappers are switched off, so none of its text/plain answers escapes.
 */
public final class ErrorMapper implements ExceptionMapper<Throwable> {

  @Override
  public Response toResponse(Throwable e) {
    RestException known = Failures.meaning(e);
    return ErrorResponses.response(known != null ? known : Failures.unexpected(e));
  }
}
