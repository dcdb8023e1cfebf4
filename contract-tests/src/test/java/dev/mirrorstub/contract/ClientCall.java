package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mirrorstub.client.MirrorApiClient;
import dev.mirrorstub.client.MirrorApiErrors;
import dev.mirrorstub.client.generated.api.ClusterLinkingV3Api;
import dev.mirrorstub.client.generated.invoker.ApiException;
import dev.mirrorstub.client.generated.invoker.ApiResponse;
import dev.mirrorstub.client.generated.invoker.JSON;
import dev.mirrorstub.client.generated.model.CreateMirrorTopicRequestData;
import dev.mirrorstub.client.generated.model.ErrorResponse;
import dev.mirrorstub.client.generated.model.MirrorTopicStatus;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Calls the generated client with a case's request and checks how it surfaces the answer. When the
 * typed request cannot carry the example (raw bytes, another content type, a field the model does
 * not have, a query value outside the parameter's enum), the client is still called with the closest
 * typed request and a {@link WireFilters} filter puts the example's request on the wire: what is
 * under test is the client's handling of the answer.
 */
final class ClientCall {

  /** How the client ended: the status and the typed answer, or the exception when it did not return normally. */
  record Outcome(int status, Object data, ApiException failure) {
  }

  @FunctionalInterface
  private interface Invoker {
    ApiResponse<?> call(ClusterLinkingV3Api api, Arguments arguments) throws ApiException;
  }

  /** The generated client's method for each operation of the spec. */
  private static final Map<String, Invoker> OPERATIONS = Map.of(
      "createKafkaMirrorTopic", (api, a) -> api.createKafkaMirrorTopicWithHttpInfo(a.path("cluster_id"),
          a.path("link_name"), a.body(CreateMirrorTopicRequestData.class)),
      "readKafkaMirrorTopic", (api, a) -> api.readKafkaMirrorTopicWithHttpInfo(a.path("cluster_id"),
          a.path("link_name"), a.path("mirror_topic_name"), a.query("include_state_transition_errors", Boolean.class)),
      "listKafkaMirrorTopicsUnderLink", (api, a) -> api.listKafkaMirrorTopicsUnderLinkWithHttpInfo(
          a.path("cluster_id"), a.path("link_name"), a.query("mirror_status", MirrorTopicStatus.class)));

  private static final ObjectMapper CLIENT_JSON = new JSON().getMapper();

  private ClientCall() {
  }

  /**
   * Calls the operation. With {@code validate}, every answer the client receives is checked against
   * the spec (a server under test); a replay stub's answers are the spec's own examples.
   */
  static Outcome call(Case c, MirrorApiClient client, boolean validate) {
    Invoker invoker = OPERATIONS.get(c.operationId());
    if (invoker == null) {
      throw new AssertionError(c + ": the generated client has no binding for operation " + c.operationId()
          + " in ClientCall.OPERATIONS");
    }
    WireFilters.Validating validating = new WireFilters.Validating();
    if (validate) {
      client.getHttpClient().register(validating);
    }
    Outcome outcome;
    try {
      ApiResponse<?> response = invoker.call(client.clusterLinking(), new Arguments(c, client));
      outcome = new Outcome(response.getStatusCode(), response.getData(), null);
    } catch (ApiException e) {
      outcome = new Outcome(e.getCode(), null, e);
    }
    List<String> errors = validating.errors();
    assertTrue(errors.isEmpty(), () -> c + ": an answer does not conform to the spec: " + errors);
    return outcome;
  }

  /**
   * The case's request as the typed arguments of the generated method. A part they cannot carry
   * exactly is put on the wire by a filter registered on the client before the call.
   */
  private record Arguments(Case c, MirrorApiClient client) {

    String path(String name) {
      return c.pathParam(name);
    }

    <T> T body(Class<T> type) {
      T body = c.request().value() == null ? null : client.getJSON().getMapper().convertValue(c.request().value(), type);
      if (c.request().exactBytes() || !Bodies.tree(c.request().value()).equals(serialized(body))) {
        client.getHttpClient().register(new WireFilters.ExactBody(c.request()));
      }
      return body;
    }

    <T> T query(String name, Class<T> type) {
      String value = c.request().query().get(name);
      if (value == null) {
        return null;
      }
      try {
        return client.getJSON().getMapper().convertValue(value, type);
      } catch (IllegalArgumentException notOfThatType) {
        client.getHttpClient().register(new WireFilters.ExactQuery(c.rawQuery()));
        return null;
      }
    }

    private Object serialized(Object body) {
      return Bodies.tree(client.getJSON().getMapper().valueToTree(body));
    }
  }

  /**
   * A 2xx returns normally, with the typed model equal to the example where one is documented; an
   * error surfaces as {@link ApiException} with the documented status and the typed error equal to
   * the example (a text page as its text, checked by {@code text}). {@code baseUri} is the address
   * of the server that answered.
   */
  static void assertSurfaced(Case c, Outcome outcome, URI baseUri, Consumer<String> text) throws IOException {
    if (c.response().success()) {
      assertEquals(null, outcome.failure(), () -> c + ": the client threw " + outcome.failure().getCode()
          + " " + outcome.failure().getResponseBody());
      assertEquals(c.response().status(), outcome.status(), c + ": status");
      if (c.response().json()) {
        assertNotNull(outcome.data(), c + ": the client returned no model");
        Bodies.assertJson(c, CLIENT_JSON.writeValueAsBytes(outcome.data()), baseUri);
      }
      return;
    }
    ApiException e = outcome.failure();
    assertNotNull(e, c + ": the client returned normally with " + outcome.status());
    assertEquals(c.response().status(), e.getCode(), c + ": status of the ApiException; body " + e.getResponseBody());
    if (c.response().json()) {
      ErrorResponse error = MirrorApiErrors.error(e).orElseThrow(() ->
          new AssertionError(c + ": no typed error in the ApiException; body " + e.getResponseBody()));
      // Written back (as the model above) by the client's own mapper, which leaves out the fields the answer did not have.
      Bodies.assertJson(c, CLIENT_JSON.writeValueAsBytes(error), baseUri);
    } else {
      text.accept(MirrorApiErrors.html(e).orElseThrow(() ->
          new AssertionError(c + ": no text error in the ApiException; body " + e.getResponseBody())));
    }
  }
}
