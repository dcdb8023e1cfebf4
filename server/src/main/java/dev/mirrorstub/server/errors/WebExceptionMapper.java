package dev.mirrorstub.server.errors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * JAX-RS's own errors (404 unknown path, 405, 406, 415): the HTTP status doubles as error_code. One
 * that wraps a failure with a meaning (a refused parameter value) is answered as that failure.
 */
public final class WebExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    RestException known = Failures.meaning(e.getCause());
    if (known != null) {
      return ErrorResponses.response(known);
    }
    Response original = e.getResponse();
    int status = original.getStatus();
    if (status >= 500) {
      return ErrorResponses.response(Failures.unexpected(e));
    }
    String allow = original.getHeaderString("Allow");
    return ErrorResponses.response(allow == null ? new RestException(status, status, e.getMessage())
        : RestException.notAllowed(status, e.getMessage(), allow));
  }
}
