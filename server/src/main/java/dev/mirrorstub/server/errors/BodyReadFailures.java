package dev.mirrorstub.server.errors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Turns a body that cannot be read (malformed JSON, a value of the wrong type, a body over the
 * limit) into its answer where Jackson fails, as an exception without a stack trace. Without it
 * Jersey wraps Jackson's exception in a {@code MappableException}: one more stack trace, and
 * Jackson's whole message rendered with its location for nothing, about 5 % of a 400's CPU. The
 * answer is the same: {@link WebExceptionMapper} answers the failure the exception carries, as
 * {@link ErrorMapper} answers Jackson's. It also closes Jackson's parser, which a failed read
 * leaves open, so that its 8 KB input buffer goes back to Jackson's pool instead of being
 * allocated anew for the next refused body.
 */
@Priority(Priorities.USER)
public final class BodyReadFailures implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    try {
      return context.proceed();
    } catch (JsonProcessingException e) {
      RestException answer = Failures.meaning(e);
      release(e);
      throw new Refused(answer);
    } catch (RestException e) {
      throw new Refused(e);
    }
  }

  private static void release(JsonProcessingException e) {
    if (e.getProcessor() instanceof JsonParser parser) {
      try {
        parser.close();
      } catch (IOException ignored) {
        // Only the buffer's reuse is lost; the answer does not depend on it.
      }
    }
  }

  /** A failure with a meaning, as the kind of exception that Jersey passes on unwrapped. */
  static final class Refused extends WebApplicationException {
    /** Never sent: {@link WebExceptionMapper} answers instead. */
    private static final Response UNUSED = Response.status(Response.Status.BAD_REQUEST).build();

    Refused(RestException answer) {
      super(answer.getMessage(), answer, UNUSED);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }
}
