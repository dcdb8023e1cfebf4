package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mirrorstub.client.MirrorApiClient;
import dev.mirrorstub.client.MirrorApiErrors;
import dev.mirrorstub.client.generated.invoker.ApiException;
import dev.mirrorstub.client.generated.invoker.JSON;
import dev.mirrorstub.client.generated.model.CreateMirrorTopicRequestData;
import dev.mirrorstub.client.generated.model.ErrorResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Calls the generated client with a case's request and checks how it surfaces the answer. When the
 * typed request cannot carry the example (raw bytes, another content type, a field the model does
 * not have), the client is still called with the closest typed request and {@link WireFilters.ExactBody}
 * puts the example's bytes on the wire: what is under test is the client's handling of the answer.
 */
final class ClientCall {

  /** How the client ended: the status, and the exception when it did not return normally. */
  record Outcome(int status, ApiException failure) {
  }

  @FunctionalInterface
  private interface Invoker {
    int call(MirrorApiClient client, Case c, Object body) throws ApiException;
  }

  private record Binding(Class<?> bodyType, Invoker invoker) {
  }

  /** The generated client's method for each operation of the spec. */
  private static final Map<String, Binding> OPERATIONS = Map.of(
      "createKafkaMirrorTopic", new Binding(CreateMirrorTopicRequestData.class, (client, c, body) ->
          client.clusterLinking().createKafkaMirrorTopicWithHttpInfo(c.pathParam("cluster_id"),
              c.pathParam("link_name"), (CreateMirrorTopicRequestData) body).getStatusCode()));

  private static final ObjectMapper CLIENT_JSON = new JSON().getMapper();

  private ClientCall() {
  }

  /**
   * Calls the operation. With {@code validate}, every answer the client receives is checked against
   * the spec (a server under test); a replay stub's answers are the spec's own examples.
   */
  static Outcome call(Case c, MirrorApiClient client, boolean validate) {
    Binding binding = OPERATIONS.get(c.operationId());
    if (binding == null) {
      throw new AssertionError(c + ": the generated client has no binding for operation " + c.operationId()
          + " in ClientCall.OPERATIONS");
    }
    Object body = c.request().value() == null ? null
        : client.getJSON().getMapper().convertValue(c.request().value(), binding.bodyType());
    if (c.request().exactBytes() || !Bodies.tree(c.request().value()).equals(serialized(client, body))) {
      client.getHttpClient().register(new WireFilters.ExactBody(c.request()));
    }
    WireFilters.Validating validating = new WireFilters.Validating();
    if (validate) {
      client.getHttpClient().register(validating);
    }
    Outcome outcome;
    try {
      outcome = new Outcome(binding.invoker().call(client, c, body), null);
    } catch (ApiException e) {
      outcome = new Outcome(e.getCode(), e);
    }
    List<String> errors = validating.errors();
    assertTrue(errors.isEmpty(), () -> c + ": an answer does not conform to the spec: " + errors);
    return outcome;
  }

  /**
   * A 2xx returns normally; an error surfaces as {@link ApiException} with the documented status
   * and the typed error equal to the example (a text page as its text, checked by {@code text}).
   */
  static void assertSurfaced(Case c, Outcome outcome, Consumer<String> text) throws IOException {
    if (c.response().success()) {
      assertEquals(null, outcome.failure(), () -> c + ": the client threw " + outcome.failure().getCode()
          + " " + outcome.failure().getResponseBody());
      assertEquals(c.response().status(), outcome.status(), c + ": status");
      return;
    }
    ApiException e = outcome.failure();
    assertNotNull(e, c + ": the client returned normally with " + outcome.status());
    assertEquals(c.response().status(), e.getCode(), c + ": status of the ApiException; body " + e.getResponseBody());
    if (c.response().json()) {
      ErrorResponse error = MirrorApiErrors.error(e).orElseThrow(() ->
          new AssertionError(c + ": no typed error in the ApiException; body " + e.getResponseBody()));
      // Written back by the client's own mapper, which leaves out the fields the answer did not have.
      Bodies.assertJson(c, CLIENT_JSON.writeValueAsBytes(error));
    } else {
      text.accept(MirrorApiErrors.html(e).orElseThrow(() ->
          new AssertionError(c + ": no text error in the ApiException; body " + e.getResponseBody())));
    }
  }

  private static Object serialized(MirrorApiClient client, Object body) {
    return Bodies.tree(client.getJSON().getMapper().valueToTree(body));
  }
}
