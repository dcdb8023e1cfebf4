package dev.mirrorstub.contract;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Jersey client filters that the contract tests put on the generated client. */
final class WireFilters {

  private WireFilters() {
  }

  /** Replaces the serialized body with the request example's exact bytes and content type. */
  static final class ExactBody implements ClientRequestFilter {
    private final Case.Request request;

    ExactBody(Case.Request request) {
      this.request = request;
    }

    @Override
    public void filter(ClientRequestContext context) {
      context.setEntity(request.body(), new Annotation[0], MediaType.valueOf(request.contentType()));
    }
  }

  /** Replaces the query the typed arguments could not carry with the example's exact query. */
  static final class ExactQuery implements ClientRequestFilter {
    private final String rawQuery;

    ExactQuery(String rawQuery) {
      this.rawQuery = rawQuery;
    }

    @Override
    public void filter(ClientRequestContext context) {
      String uri = context.getUri().toString();
      int query = uri.indexOf('?');
      context.setUri(URI.create((query < 0 ? uri : uri.substring(0, query)) + "?" + rawQuery));
    }
  }

  /** Sends this Authorization header, which the client's own credentials cannot express. */
  static final class Authorization implements ClientRequestFilter {
    private final String header;

    Authorization(String header) {
      this.header = header;
    }

    @Override
    public void filter(ClientRequestContext context) {
      context.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, header);
    }
  }

  /** Checks every answer against its spec; the errors are asserted after the call. */
  static final class Validating implements ClientResponseFilter {
    private final List<String> errors = new ArrayList<>();
    private final SpecValidator validator;

    Validating(SpecValidator validator) {
      this.validator = validator;
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
      byte[] body = response.hasEntity() ? response.getEntityStream().readAllBytes() : new byte[0];
      response.setEntityStream(new ByteArrayInputStream(body));
      synchronized (errors) {
        errors.addAll(validator.errors(request.getMethod(), request.getUri().getRawPath(),
            response.getStatus(), response.getHeaderString(HttpHeaders.CONTENT_TYPE), body));
      }
    }

    List<String> errors() {
      synchronized (errors) {
        return List.copyOf(errors);
      }
    }
  }
}
