package dev.mirrorstub.client;

import dev.mirrorstub.client.generated.api.ClusterLinkingV3Api;
import dev.mirrorstub.client.generated.invoker.ApiException;
import dev.mirrorstub.client.generated.invoker.ApiResponse;
import dev.mirrorstub.client.generated.model.CreateMirrorTopicRequestData;
import dev.mirrorstub.client.generated.model.ErrorResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** The generated API with answers scripted in advance: one per call, success once the script runs out. */
final class ScriptedApi extends ClusterLinkingV3Api {

  private final Deque<Object> answers = new ArrayDeque<>();
  int calls;

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

  @Override
  public ApiResponse<Void> createKafkaMirrorTopicWithHttpInfo(String clusterId, String linkName,
      CreateMirrorTopicRequestData body) throws ApiException {
    calls++;
    Object next = answers.poll();
    if (next instanceof ApiException e) {
      throw e;
    }
    if (next instanceof RuntimeException e) {
      throw e;
    }
    return new ApiResponse<>(204, Map.of());
  }
}
