package dev.mirrorstub.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mirrorstub.server.generated.model.AlterMirrorsRequestData;
import dev.mirrorstub.server.generated.model.CreateLinkRequestData;
import dev.mirrorstub.server.generated.model.CreateMirrorTopicRequestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The server's mapper refuses a value of the wrong type or shape with the exception Jackson's own
 * context throws (same type, same message with location and path), minus the stack trace.
 */
class StacklessInputErrorsTest {

  private static final ObjectMapper STUB = new JsonMapperResolver().getContext(Object.class);
  private static final ObjectMapper JACKSON = JsonMapperResolver.configured(JsonMapper.builder()).build();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "create | {\"source_topic_name\":\"t\",\"replication_factor\":\"A\"}",
      "create | {\"source_topic_name\":\"t\",\"replication_factor\":\"\"}",
      "create | {\"source_topic_name\":\"t\",\"replication_factor\":1.5}",
      "create | {\"source_topic_name\":5}",
      "create | {\"source_topic_name\":true}",
      "create | {\"source_topic_name\":[\"a\"]}",
      "create | {\"source_topic_name\":{\"a\":1}}",
      "create | {\"source_topic_name\":\"t\",\"configs\":{\"name\":\"a\"}}",
      "create | {\"source_topic_name\":\"t\",\"configs\":[{\"name\":[1]}]}",
      "create | []",
      "create | \"t\"",
      "alter  | {\"mirror_topic_names\":\"t\"}",
      "alter  | {\"mirror_topic_names\":[1]}",
      "link   | {\"source_cluster_id\":7}",
      "link   | {\"configs\":{}}",
  })
  void wrongValue_refusedAsJacksonRefusesIt_withoutStackTrace(String type, String json) {
    Class<?> target = switch (type) {
      case "alter" -> AlterMirrorsRequestData.class;
      case "link" -> CreateLinkRequestData.class;
      default -> CreateMirrorTopicRequestData.class;
    };
    JsonMappingException jackson = assertThrows(JsonMappingException.class, () -> JACKSON.readValue(json, target));
    JsonMappingException stub = assertThrows(JsonMappingException.class, () -> STUB.readValue(json, target));

    assertTrue(jackson.getClass().isInstance(stub), jackson.getClass() + " / " + stub.getClass());
    assertEquals(jackson.getMessage(), stub.getMessage());
    assertEquals(jackson.getOriginalMessage(), stub.getOriginalMessage());
    assertEquals(0, stub.getStackTrace().length, "no stack trace");
  }
}
