package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mirrorstub.client.MirrorApiClient;
import dev.mirrorstub.client.MirrorApiErrors;
import dev.mirrorstub.client.generated.api.ClusterLinkingV3Api;
import dev.mirrorstub.client.generated.api.TopicV3Api;
import dev.mirrorstub.client.generated.invoker.ApiException;
import dev.mirrorstub.client.generated.invoker.ApiResponse;
import dev.mirrorstub.client.generated.invoker.JSON;
import dev.mirrorstub.client.generated.model.AlterConfigBatchRequestData;
import dev.mirrorstub.client.generated.model.AlterMirrorsRequestData;
import dev.mirrorstub.client.generated.model.CreateLinkRequestData;
import dev.mirrorstub.client.generated.model.CreateMirrorTopicRequestData;
import dev.mirrorstub.client.generated.model.ErrorResponse;
import dev.mirrorstub.client.generated.model.MirrorTopicStatus;
import dev.mirrorstub.client.generated.model.UpdateLinkConfigRequestData;
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

  @FunctionalInterface
  private interface TopicInvoker {
    ApiResponse<?> call(TopicV3Api api, Arguments arguments) throws ApiException;
  }

  /** The generated client's method for each operation of the spec's Cluster Linking (v3) tag. */
  private static final Map<String, Invoker> OPERATIONS = Map.ofEntries(
      Map.entry("createKafkaMirrorTopic", (api, a) -> api.createKafkaMirrorTopicWithHttpInfo(a.path("cluster_id"),
          a.path("link_name"), a.body(CreateMirrorTopicRequestData.class))),
      Map.entry("readKafkaMirrorTopic", (api, a) -> api.readKafkaMirrorTopicWithHttpInfo(a.path("cluster_id"),
          a.path("link_name"), a.path("mirror_topic_name"), a.query("include_state_transition_errors", Boolean.class))),
      Map.entry("listKafkaMirrorTopicsUnderLink", (api, a) -> api.listKafkaMirrorTopicsUnderLinkWithHttpInfo(
          a.path("cluster_id"), a.path("link_name"), a.query("mirror_status", MirrorTopicStatus.class))),
      Map.entry("listKafkaMirrorTopics", (api, a) -> api.listKafkaMirrorTopicsWithHttpInfo(
          a.path("cluster_id"), a.query("mirror_status", MirrorTopicStatus.class))),
      Map.entry("listKafkaLinks", (api, a) -> api.listKafkaLinksWithHttpInfo(a.path("cluster_id"))),
      Map.entry("createKafkaLink", (api, a) -> api.createKafkaLinkWithHttpInfo(a.path("cluster_id"),
          a.query("link_name", String.class), a.query("validate_only", Boolean.class),
          a.query("validate_link", Boolean.class), a.body(CreateLinkRequestData.class))),
      Map.entry("getKafkaLink", (api, a) -> api.getKafkaLinkWithHttpInfo(a.path("cluster_id"), a.path("link_name"),
          a.query("include_tasks", Boolean.class))),
      Map.entry("deleteKafkaLink", (api, a) -> api.deleteKafkaLinkWithHttpInfo(a.path("cluster_id"),
          a.path("link_name"), a.query("force", Boolean.class), a.query("validate_only", Boolean.class))),
      Map.entry("listKafkaLinkConfigs", (api, a) -> api.listKafkaLinkConfigsWithHttpInfo(a.path("cluster_id"),
          a.path("link_name"))),
      Map.entry("getKafkaLinkConfigs", (api, a) -> api.getKafkaLinkConfigsWithHttpInfo(a.path("cluster_id"),
          a.path("link_name"), a.path("config_name"))),
      Map.entry("updateKafkaLinkConfig", (api, a) -> api.updateKafkaLinkConfigWithHttpInfo(a.path("cluster_id"),
          a.path("link_name"), a.path("config_name"), a.body(UpdateLinkConfigRequestData.class))),
      Map.entry("deleteKafkaLinkConfig", (api, a) -> api.deleteKafkaLinkConfigWithHttpInfo(a.path("cluster_id"),
          a.path("link_name"), a.path("config_name"))),
      Map.entry("updateKafkaLinkConfigBatch", (api, a) -> api.updateKafkaLinkConfigBatchWithHttpInfo(
          a.path("cluster_id"), a.path("link_name"), a.query("validate_only", Boolean.class),
          a.body(AlterConfigBatchRequestData.class))),
      Map.entry("updateKafkaMirrorTopicsPause", (api, a) -> api.updateKafkaMirrorTopicsPauseWithHttpInfo(
          a.path("cluster_id"), a.path("link_name"), a.query("validate_only", Boolean.class),
          a.body(AlterMirrorsRequestData.class))),
      Map.entry("updateKafkaMirrorTopicsResume", (api, a) -> api.updateKafkaMirrorTopicsResumeWithHttpInfo(
          a.path("cluster_id"), a.path("link_name"), a.query("validate_only", Boolean.class),
          a.body(AlterMirrorsRequestData.class))),
      Map.entry("updateKafkaMirrorTopicsPromote", (api, a) -> api.updateKafkaMirrorTopicsPromoteWithHttpInfo(
          a.path("cluster_id"), a.path("link_name"), a.query("validate_only", Boolean.class),
          a.body(AlterMirrorsRequestData.class))),
      Map.entry("updateKafkaMirrorTopicsFailover", (api, a) -> api.updateKafkaMirrorTopicsFailoverWithHttpInfo(
          a.path("cluster_id"), a.path("link_name"), a.query("validate_only", Boolean.class),
          a.body(AlterMirrorsRequestData.class))),
      Map.entry("updateKafkaMirrorTopicsReverseAndStartMirror", (api, a) ->
          api.updateKafkaMirrorTopicsReverseAndStartMirrorWithHttpInfo(a.path("cluster_id"), a.path("link_name"),
              a.query("validate_only", Boolean.class), a.body(AlterMirrorsRequestData.class))),
      Map.entry("updateKafkaMirrorTopicsReverseAndPauseMirror", (api, a) ->
          api.updateKafkaMirrorTopicsReverseAndPauseMirrorWithHttpInfo(a.path("cluster_id"), a.path("link_name"),
              a.query("validate_only", Boolean.class), a.body(AlterMirrorsRequestData.class))),
      Map.entry("updateKafkaMirrorTopicsTruncateAndRestoreMirror", (api, a) ->
          api.updateKafkaMirrorTopicsTruncateAndRestoreMirrorWithHttpInfo(a.path("cluster_id"), a.path("link_name"),
              a.query("include_partition_level_truncation_data", Boolean.class),
              a.query("validate_only", Boolean.class), a.body(AlterMirrorsRequestData.class))));

  /** The generated client's method for each operation of the spec's Topic (v3) tag. */
  private static final Map<String, TopicInvoker> TOPIC_OPERATIONS = Map.of(
      "deleteKafkaTopic", (api, a) -> api.deleteKafkaTopicWithHttpInfo(a.path("cluster_id"), a.path("topic_name")));

  private static final ObjectMapper CLIENT_JSON = new JSON().getMapper();

  private ClientCall() {
  }

  /**
   * Calls the operation. With {@code validate}, every answer the client receives is checked against
   * the spec (a server under test); a replay stub's answers are the spec's own examples.
   */
  static Outcome call(Case c, MirrorApiClient client, boolean validate) {
    Invoker invoker = OPERATIONS.get(c.operationId());
    TopicInvoker topicInvoker = TOPIC_OPERATIONS.get(c.operationId());
    if (invoker == null && topicInvoker == null) {
      throw new AssertionError(c + ": the generated client has no binding for operation " + c.operationId()
          + " in ClientCall.OPERATIONS or ClientCall.TOPIC_OPERATIONS");
    }
    WireFilters.Validating validating = new WireFilters.Validating();
    if (validate) {
      client.getHttpClient().register(validating);
    }
    Outcome outcome;
    try {
      Arguments arguments = new Arguments(c, client);
      ApiResponse<?> response = invoker != null ? invoker.call(client.clusterLinking(), arguments)
          : topicInvoker.call(client.topics(), arguments);
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
