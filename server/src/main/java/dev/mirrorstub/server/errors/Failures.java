package dev.mirrorstub.server.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.mirrorstub.server.domain.MirrorException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a failure means to the client, as the one {@link RestException}: the translation of every
 * exception family the server knows. Jersey and Jackson wrap exceptions (a refused parameter in a
 * {@code ParamException}, a body limit inside a Jackson error), so the whole cause chain is read.
 */
final class Failures {

  private static final Logger LOG = Logger.getLogger(Failures.class.getName());

  private Failures() {
  }

  /** The answer for the first failure in the chain that has a meaning, or null when none has. */
  static RestException meaning(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RestException rest) {
        return rest;
      }
      if (t instanceof MirrorException refused) {
        return domain(refused);
      }
      if (t instanceof UnrecognizedPropertyException unknown) {
        return new RestException(422, 422, "Unrecognized field: " + unknown.getPropertyName());
      }
      if (t instanceof JsonProcessingException json) {
        // Malformed JSON and wrong types: Jackson's message without its location, unless the
        // body's reading itself failed underneath.
        RestException cause = meaning(json.getCause());
        return cause != null ? cause : new RestException(400, 400, json.getOriginalMessage());
      }
    }
    return null;
  }

  /** Anything without a meaning is a bug: logged here, answered with a bare 500. */
  static RestException unexpected(Throwable e) {
    LOG.log(Level.WARNING, "Unexpected failure, answered 500", e);
    return RestException.internalError();
  }

  private static RestException domain(MirrorException e) {
    int status = switch (e.kind()) {
      case BAD_REQUEST -> 400;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case RETRIABLE -> 500;
    };
    return new RestException(status, e.errorCode(), e.getMessage());
  }
}
