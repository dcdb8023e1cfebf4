package dev.mirrorstub.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.mirrorstub.server.domain.MirrorException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One mapper per exception family; every answer is the spec's error body. Jackson's own mappers
 * are switched off so that none of its text/plain answers escapes.
 */
final class ErrorMappers {

  static final String EMPTY_BODY = "Payload error. Request body is empty. Data is required.";

  private ErrorMappers() {
  }

  static final class Domain implements ExceptionMapper<MirrorException> {
    @Override
    public Response toResponse(MirrorException e) {
      int status = switch (e.kind()) {
        case BAD_REQUEST -> 400;
        case FORBIDDEN -> 403;
        case NOT_FOUND -> 404;
        case RETRIABLE -> 500;
      };
      return Errors.response(status, e.errorCode(), e.getMessage());
    }
  }

  /** Malformed JSON and wrong types: 400 with Jackson's message, without its location. */
  static final class Json implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException e) {
      if (e instanceof UnrecognizedPropertyException u) {
        return Errors.response(422, 422, "Unrecognized field: " + u.getPropertyName());
      }
      Response cause = Fallback.known(e.getCause());
      return cause != null ? cause : Errors.response(400, 400, e.getOriginalMessage());
    }
  }

  static final class BodyTooLarge implements ExceptionMapper<BodyLimitFilter.BodyTooLargeException> {
    @Override
    public Response toResponse(BodyLimitFilter.BodyTooLargeException e) {
      return BodyLimitFilter.tooLarge(e.maxBytes);
    }
  }

  static final class BodyUnreadable implements ExceptionMapper<BodyLimitFilter.BodyUnreadableException> {
    @Override
    public Response toResponse(BodyLimitFilter.BodyUnreadableException e) {
      return BodyLimitFilter.unreadable(e);
    }
  }

  static final class NoContent implements ExceptionMapper<NoContentException> {
    @Override
    public Response toResponse(NoContentException e) {
      return Errors.response(400, 400, EMPTY_BODY);
    }
  }

  /** JAX-RS's own errors (404 unknown path, 405, 406, 415): the HTTP status doubles as error_code. */
  static final class Web implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response known = Fallback.known(e.getCause());
      if (known != null) {
        return known;
      }
      Response original = e.getResponse();
      int status = original.getStatus();
      if (status >= 500) {
        return Fallback.internalError(e);
      }
      Response.ResponseBuilder answer = Response.fromResponse(Errors.response(status, status, e.getMessage()));
      String allow = original.getHeaderString("Allow");
      if (allow != null) {
        answer.header("Allow", DocumentedMethodsFilter.withoutImplicit(allow));
      }
      return answer.build();
    }
  }

  /** Anything else is a bug: logged here, answered with a bare 500 and no stack trace. */
  static final class Fallback implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(Fallback.class.getName());

    @Override
    public Response toResponse(Throwable e) {
      Response known = known(e);
      return known != null ? known : internalError(e);
    }

    static Response internalError(Throwable e) {
      LOG.log(Level.WARNING, "Unexpected failure, answered 500", e);
      return Errors.response(500, 500, "Internal Server Error");
    }

    /** Containers and providers wrap exceptions; look through the chain for one with a meaning. */
    static Response known(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t instanceof BodyLimitFilter.BodyTooLargeException tooLarge) {
          return BodyLimitFilter.tooLarge(tooLarge.maxBytes);
        }
        if (t instanceof BodyLimitFilter.BodyUnreadableException unreadable) {
          return BodyLimitFilter.unreadable(unreadable);
        }
        if (t instanceof MirrorException m) {
          return new Domain().toResponse(m);
        }
        if (t instanceof JsonProcessingException json) {
          return new Json().toResponse(json);
        }
        if (t instanceof NoContentException) {
          return Errors.response(400, 400, EMPTY_BODY);
        }
      }
      return null;
    }
  }
}
