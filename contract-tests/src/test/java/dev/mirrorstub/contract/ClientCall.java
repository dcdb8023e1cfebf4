package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mirrorstub.client.MirrorApiClient;
import dev.mirrorstub.client.MirrorApiErrors;
import dev.mirrorstub.client.StubAdminClient;
import dev.mirrorstub.client.generated.admin.api.StubAdminApi;
import dev.mirrorstub.client.generated.admin.model.StubFaultRequest;
import dev.mirrorstub.client.generated.admin.model.StubMirrorChange;
import dev.mirrorstub.client.generated.admin.model.StubState;
import dev.mirrorstub.client.generated.api.ClusterLinkingV3Api;
import dev.mirrorstub.client.generated.api.TopicV3Api;
import dev.mirrorstub.client.generated.invoker.ApiException;
import dev.mirrorstub.client.generated.invoker.ApiResponse;
import dev.mirrorstub.client.generated.invoker.JSON;
import dev.mirrorstub.client.generated.model.AlterConfigBatchRequestData;
import dev.mirrorstub.client.generated.model.AlterMirrorsRequestData;
import dev.mirrorstub.client.generated.model.CreateLinkRequestData;
import dev.mirrorstub.client.generated.model.CreateMirrorTopicRequestData;
import dev.mirrorstub.client.generated.model.MirrorTopicStatus;
import dev.mirrorstub.client.generated.model.UpdateLinkConfigRequestData;
import jakarta.ws.rs.client.Client;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Calls the generated client of the case's document (the API's or the admin API's) with the case's
 * request and checks how it surfaces the answer. When the
 * typed request cannot carry the example (raw bytes, another content type, a field the model does
 * not have, a query value outside the parameter's enum), the client is still called with the closest
 * typed request and a {@link WireFilters} filter puts the example's request on the wire: what is
 * under test is the client's handling of the answer.
 */
final class ClientCall {

  /**
   * How the client ended: the status and the typed answer, or the failure when it did not return
   * normally; {@code json} is the mapper of that client, which writes its models back.
   */
  record Outcome(int status, Object data, Failure failure, ObjectMapper json) {
  }

  /**
   * What the client's exception carries: the status, the body, the typed error body (the API's
   * Error or the admin API's AdminError) and the text of a text page, each null when absent.
   */
  record Failure(int code, String responseBody, Object error, String text) {
  }

  @FunctionalInterface
  private interface AdminInvoker {
    dev.mirrorstub.client.generated.admin.invoker.ApiResponse<?> call(StubAdminApi api, Arguments arguments)
        throws dev.mirrorstub.client.generated.admin.invoker.ApiException;
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

  /** The generated admin client's method for each operation of admin.yaml. */
  private static final Map<String, AdminInvoker> ADMIN_OPERATIONS = Map.ofEntries(
      Map.entry("resetStub", (api, a) -> api.resetStubWithHttpInfo()),
      Map.entry("getStubState", (api, a) -> api.getStubStateWithHttpInfo(a.query("cluster_id", String.class))),
      Map.entry("replaceStubState", (api, a) -> api.replaceStubStateWithHttpInfo(a.body(StubState.class))),
      Map.entry("listCreatedStubMirrors", (api, a) -> api.listCreatedStubMirrorsWithHttpInfo()),
      Map.entry("updateStubMirror", (api, a) -> api.updateStubMirrorWithHttpInfo(a.path("cluster_id"),
          a.path("link_name"), a.path("mirror_topic_name"), a.body(StubMirrorChange.class))),
      Map.entry("completeStubTransitions", (api, a) -> api.completeStubTransitionsWithHttpInfo()),
      Map.entry("listStubFaults", (api, a) -> api.listStubFaultsWithHttpInfo()),
      Map.entry("createStubFault", (api, a) -> api.createStubFaultWithHttpInfo(a.body(StubFaultRequest.class))),
      Map.entry("deleteStubFaults", (api, a) -> api.deleteStubFaultsWithHttpInfo()),
      Map.entry("listStubRequests", (api, a) -> api.listStubRequestsWithHttpInfo(a.query("method", String.class),
          a.query("path", String.class), a.query("operation_id", String.class), a.query("status", Integer.class),
          a.query("limit", Integer.class))),
      Map.entry("deleteStubRequests", (api, a) -> api.deleteStubRequestsWithHttpInfo()));

  private static final ObjectMapper CLIENT_JSON = new JSON().getMapper();
  private static final ObjectMapper ADMIN_CLIENT_JSON = new dev.mirrorstub.client.generated.admin.invoker.JSON().getMapper();

  private ClientCall() {
  }

  /**
   * Calls the operation with the generated client of the case's document, pointed at
   * {@code baseUri} with {@code auth}. With {@code validate}, every answer the client receives is
   * checked against the spec (a server under test); a replay stub's answers are the spec's own examples.
   */
  static Outcome call(Case c, URI baseUri, Auth auth, boolean validate) {
    WireFilters.Validating validating = new WireFilters.Validating(c.document().validator());
    Outcome outcome = c.document() == Document.ADMIN
        ? admin(c, auth.adminClient(baseUri), validate ? validating : null)
        : api(c, auth.client(baseUri), validate ? validating : null);
    List<String> errors = validating.errors();
    assertTrue(errors.isEmpty(), () -> c + ": an answer does not conform to the spec: " + errors);
    return outcome;
  }

  private static Outcome api(Case c, MirrorApiClient client, WireFilters.Validating validating) {
    Invoker invoker = OPERATIONS.get(c.operationId());
    TopicInvoker topicInvoker = TOPIC_OPERATIONS.get(c.operationId());
    if (invoker == null && topicInvoker == null) {
      throw new AssertionError(c + ": the generated client has no binding for operation " + c.operationId()
          + " in ClientCall.OPERATIONS or ClientCall.TOPIC_OPERATIONS");
    }
    if (validating != null) {
      client.getHttpClient().register(validating);
    }
    try {
      Arguments arguments = new Arguments(c, client.getJSON().getMapper(), client.getHttpClient());
      ApiResponse<?> response = invoker != null ? invoker.call(client.clusterLinking(), arguments)
          : topicInvoker.call(client.topics(), arguments);
      return new Outcome(response.getStatusCode(), response.getData(), null, CLIENT_JSON);
    } catch (ApiException e) {
      Failure failure = new Failure(e.getCode(), e.getResponseBody(), MirrorApiErrors.error(e).orElse(null),
          MirrorApiErrors.html(e).orElse(null));
      return new Outcome(e.getCode(), null, failure, CLIENT_JSON);
    }
  }

  private static Outcome admin(Case c, StubAdminClient client, WireFilters.Validating validating) {
    AdminInvoker invoker = ADMIN_OPERATIONS.get(c.operationId());
    if (invoker == null) {
      throw new AssertionError(c + ": the generated admin client has no binding for operation " + c.operationId()
          + " in ClientCall.ADMIN_OPERATIONS");
    }
    if (validating != null) {
      client.getHttpClient().register(validating);
    }
    try {
      var response = invoker.call(client.api(), new Arguments(c, client.getJSON().getMapper(), client.getHttpClient()));
      return new Outcome(response.getStatusCode(), response.getData(), null, ADMIN_CLIENT_JSON);
    } catch (dev.mirrorstub.client.generated.admin.invoker.ApiException e) {
      Failure failure = new Failure(e.getCode(), e.getResponseBody(), StubAdminClient.error(e).orElse(null),
          e.getErrorEntity() instanceof String text ? text : null);
      return new Outcome(e.getCode(), null, failure, ADMIN_CLIENT_JSON);
    }
  }

  /**
   * The case's request as the typed arguments of the generated method, read with the client's own
   * {@code mapper}. A part they cannot carry exactly is put on the wire by a filter registered on the
   * client's {@code http} before the call.
   */
  private record Arguments(Case c, ObjectMapper mapper, Client http) {

    String path(String name) {
      return c.pathParam(name);
    }

    /**
     * The example's value as the typed body. When the model cannot hold it (raw bytes, a value
     * outside an enum, a field it does not have), an empty model stands in, so that a generated
     * method that requires a body sends one, and the filter sends the example's bytes instead.
     */
    <T> T body(Class<T> type) {
      T body = null;
      if (c.request().value() != null) {
        try {
          body = mapper.convertValue(c.request().value(), type);
        } catch (IllegalArgumentException notOfThatType) {
          body = null;
        }
      }
      if (body == null || c.request().exactBytes() || !Bodies.tree(c.request().value()).equals(serialized(body))) {
        http.register(new WireFilters.ExactBody(c.request()));
      }
      return body != null ? body : empty(type);
    }

    <T> T query(String name, Class<T> type) {
      String value = c.request().query().get(name);
      if (value == null) {
        return null;
      }
      try {
        return mapper.convertValue(value, type);
      } catch (IllegalArgumentException notOfThatType) {
        http.register(new WireFilters.ExactQuery(c.rawQuery()));
        return null;
      }
    }

    private Object serialized(Object body) {
      return Bodies.tree(mapper.valueToTree(body));
    }

    private static <T> T empty(Class<T> type) {
      try {
        return type.getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("generated model " + type.getName() + " has no public no-argument constructor", e);
      }
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
      assertEquals(null, outcome.failure(), () -> c + ": the client threw " + outcome.failure().code()
          + " " + outcome.failure().responseBody());
      assertEquals(c.response().status(), outcome.status(), c + ": status");
      if (c.response().json()) {
        assertNotNull(outcome.data(), c + ": the client returned no model");
        Bodies.assertJson(c, outcome.json().writeValueAsBytes(outcome.data()), baseUri);
      }
      return;
    }
    Failure e = outcome.failure();
    assertNotNull(e, c + ": the client returned normally with " + outcome.status());
    assertEquals(c.response().status(), e.code(), c + ": status of the ApiException; body " + e.responseBody());
    if (c.response().json()) {
      assertNotNull(e.error(), c + ": no typed error in the ApiException; body " + e.responseBody());
      // Written back (as the model above) by the client's own mapper, which leaves out the fields the answer did not have.
      Bodies.assertJson(c, outcome.json().writeValueAsBytes(e.error()), baseUri);
    } else {
      assertNotNull(e.text(), c + ": no text error in the ApiException; body " + e.responseBody());
      text.accept(e.text());
    }
  }
}
