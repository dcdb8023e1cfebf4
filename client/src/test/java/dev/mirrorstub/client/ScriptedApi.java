package dev.mirrorstub.client;

import dev.mirrorstub.client.generated.api.ClusterLinkingV3Api;
import dev.mirrorstub.client.generated.api.TopicV3Api;
import dev.mirrorstub.client.generated.invoker.ApiException;
import dev.mirrorstub.client.generated.invoker.ApiResponse;
import dev.mirrorstub.client.generated.model.AlterMirrorStatusResponseDataList;
import dev.mirrorstub.client.generated.model.AlterMirrorsRequestData;
import dev.mirrorstub.client.generated.model.CreateLinkRequestData;
import dev.mirrorstub.client.generated.model.CreateMirrorTopicRequestData;
import dev.mirrorstub.client.generated.model.ErrorResponse;
import dev.mirrorstub.client.generated.model.ListLinksResponseData;
import dev.mirrorstub.client.generated.model.MirrorTopicData;
import dev.mirrorstub.client.generated.model.MirrorTopicStatus;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The generated API with answers scripted in advance: one per call of any operation, success (no
 * data) once the script runs out. {@link #topics()} answers from the same script.
 */
final class ScriptedApi extends ClusterLinkingV3Api {

  private final Deque<Object> answers = new ArrayDeque<>();
  int calls;
  /** Each call's operation and arguments, e.g. {@code promote c l [m] validateOnly=null}. */
  final List<String> log = new ArrayList<>();

  /** A successful answer with this data. */
  private record Data(Object value) {
  }

  /** Answers with this status and the spec's Error body. */
  ScriptedApi error(int status, int errorCode, String message) {
    return error(status, errorCode, message, Map.of());
  }

  ScriptedApi error(int status, int errorCode, String message, Map<String, List<String>> headers) {
    String body = "{\"error_code\":" + errorCode + ",\"message\":\"" + message + "\"}";
    answers.add(new ApiException(status, body, headers, body, new ErrorResponse().errorCode(errorCode).message(message)));
    return this;
  }

  /** Answers 429 with an HTML page, as the real rate limiter does. */
  ScriptedApi tooManyRequests(Map<String, List<String>> headers) {
    String page = "<html><body><h2>HTTP ERROR 429 Too Many Requests</h2></body></html>";
    answers.add(new ApiException(429, page, headers, page, page));
    return this;
  }

  /** No answer: the connector throws, as Jersey does on an I/O error. */
  ScriptedApi noAnswer(RuntimeException e) {
    answers.add(e);
    return this;
  }

  ScriptedApi success() {
    answers.add(Boolean.TRUE);
    return this;
  }

  /** Answers 200 with this model. */
  ScriptedApi success(Object data) {
    answers.add(new Data(data));
    return this;
  }

  /** A mirror in this status, as readKafkaMirrorTopic answers. */
  ScriptedApi mirror(MirrorTopicStatus status) {
    return success(new MirrorTopicData().mirrorTopicName("m").mirrorStatus(status));
  }

  @SuppressWarnings("unchecked")
  private <T> ApiResponse<T> answer(int status, String call) throws ApiException {
    calls++;
    log.add(call);
    Object next = answers.poll();
    if (next instanceof ApiException e) {
      throw e;
    }
    if (next instanceof RuntimeException e) {
      throw e;
    }
    return next instanceof Data d ? new ApiResponse<>(200, Map.of(), (T) d.value()) : new ApiResponse<>(status, Map.of());
  }

  @Override
  public ApiResponse<Void> createKafkaMirrorTopicWithHttpInfo(String clusterId, String linkName,
      CreateMirrorTopicRequestData body) throws ApiException {
    return answer(204, "createMirror " + clusterId + " " + linkName);
  }

  @Override
  public ApiResponse<MirrorTopicData> readKafkaMirrorTopicWithHttpInfo(String clusterId, String linkName,
      String mirrorTopicName, Boolean includeStateTransitionErrors) throws ApiException {
    return answer(200, "read " + clusterId + " " + linkName + " " + mirrorTopicName);
  }

  @Override
  public ApiResponse<AlterMirrorStatusResponseDataList> updateKafkaMirrorTopicsPauseWithHttpInfo(String clusterId,
      String linkName, Boolean validateOnly, AlterMirrorsRequestData body) throws ApiException {
    return answer(200, alter("pause", clusterId, linkName, validateOnly, body));
  }

  @Override
  public ApiResponse<AlterMirrorStatusResponseDataList> updateKafkaMirrorTopicsResumeWithHttpInfo(String clusterId,
      String linkName, Boolean validateOnly, AlterMirrorsRequestData body) throws ApiException {
    return answer(200, alter("resume", clusterId, linkName, validateOnly, body));
  }

  @Override
  public ApiResponse<AlterMirrorStatusResponseDataList> updateKafkaMirrorTopicsPromoteWithHttpInfo(String clusterId,
      String linkName, Boolean validateOnly, AlterMirrorsRequestData body) throws ApiException {
    return answer(200, alter("promote", clusterId, linkName, validateOnly, body));
  }

  @Override
  public ApiResponse<AlterMirrorStatusResponseDataList> updateKafkaMirrorTopicsFailoverWithHttpInfo(String clusterId,
      String linkName, Boolean validateOnly, AlterMirrorsRequestData body) throws ApiException {
    return answer(200, alter("failover", clusterId, linkName, validateOnly, body));
  }

  @Override
  public ApiResponse<AlterMirrorStatusResponseDataList> updateKafkaMirrorTopicsReverseAndStartMirrorWithHttpInfo(
      String clusterId, String linkName, Boolean validateOnly, AlterMirrorsRequestData body) throws ApiException {
    return answer(200, alter("reverseAndStart", clusterId, linkName, validateOnly, body));
  }

  @Override
  public ApiResponse<AlterMirrorStatusResponseDataList> updateKafkaMirrorTopicsReverseAndPauseMirrorWithHttpInfo(
      String clusterId, String linkName, Boolean validateOnly, AlterMirrorsRequestData body) throws ApiException {
    return answer(200, alter("reverseAndPause", clusterId, linkName, validateOnly, body));
  }

  @Override
  public ApiResponse<AlterMirrorStatusResponseDataList> updateKafkaMirrorTopicsTruncateAndRestoreMirrorWithHttpInfo(
      String clusterId, String linkName, Boolean includePartitionLevelTruncationData, Boolean validateOnly,
      AlterMirrorsRequestData body) throws ApiException {
    return answer(200, alter("restore", clusterId, linkName, validateOnly, body)
        + " partitions=" + includePartitionLevelTruncationData);
  }

  @Override
  public ApiResponse<Void> createKafkaLinkWithHttpInfo(String clusterId, String linkName, Boolean validateOnly,
      Boolean validateLink, CreateLinkRequestData body) throws ApiException {
    return answer(204, "createLink " + clusterId + " " + linkName);
  }

  @Override
  public ApiResponse<ListLinksResponseData> getKafkaLinkWithHttpInfo(String clusterId, String linkName,
      Boolean includeTasks) throws ApiException {
    return answer(200, "getLink " + clusterId + " " + linkName);
  }

  @Override
  public ApiResponse<Void> deleteKafkaLinkWithHttpInfo(String clusterId, String linkName, Boolean force,
      Boolean validateOnly) throws ApiException {
    return answer(200, "deleteLink " + clusterId + " " + linkName + " force=" + force);
  }

  /** deleteKafkaTopic, answered from the same script. */
  TopicV3Api topics() {
    return new TopicV3Api() {
      @Override
      public ApiResponse<Void> deleteKafkaTopicWithHttpInfo(String clusterId, String topicName) throws ApiException {
        return answer(204, "deleteTopic " + clusterId + " " + topicName);
      }
    };
  }

  private static String alter(String operation, String clusterId, String linkName, Boolean validateOnly,
      AlterMirrorsRequestData body) {
    return operation + " " + clusterId + " " + linkName + " " + body.getMirrorTopicNames() + " validateOnly="
        + validateOnly;
  }
}
