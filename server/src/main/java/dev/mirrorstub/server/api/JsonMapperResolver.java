package dev.mirrorstub.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.mirrorstub.server.generated.model.AlterMirrorStatusResponseData;
import jakarta.ws.rs.ext.ContextResolver;
import java.io.IOException;

/**
 * The one ObjectMapper of the server. A named class, not a lambda: Jersey ignores a lambda
 * resolver and falls back to its default mapper.
 */
public final class JsonMapperResolver implements ContextResolver<ObjectMapper> {

  private static final ObjectMapper MAPPER = configured(StacklessInputErrors.mapperBuilder()).build();

  /** The server's settings on a mapper builder (a test compares Jackson's own context with the stub's). */
  static JsonMapper.Builder configured(JsonMapper.Builder builder) {
    return builder
        // Kafka REST answers an unknown field with 422: a typo must not be silently ignored.
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // 3.5 is not a replication factor; Jackson would truncate it to 3.
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .annotationIntrospector(new RequiredFieldsCheckedByDomain())
        // Types as the spec declares them: 5 or true is not a topic name, "3" is not a replication factor.
        .withCoercionConfig(LogicalType.Textual, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .addModule(new SimpleModule("strict-integers").addDeserializer(Integer.class, new StrictInteger()))
        .addMixIn(AlterMirrorStatusResponseData.class, EveryFieldSent.class);
  }

  /**
   * Confluent requires every field of an alter item, the null ones included (error_code and
   * error_message of an accepted item, messages_truncated of all but a restore): NON_NULL would drop them.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  private abstract static class EveryFieldSent {
  }

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return MAPPER;
  }

  /**
   * Integers only from JSON numbers. A string gets Jackson's own wording for a non-numeric one
   * (the spec's example message), whatever it holds.
   */
  private static final class StrictInteger extends StdScalarDeserializer<Integer> {
    private final NumberDeserializers.IntegerDeserializer standard =
        new NumberDeserializers.IntegerDeserializer(Integer.class, null);

    StrictInteger() {
      super(Integer.class);
    }

    @Override
    public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        return (Integer) ctxt.handleWeirdStringValue(Integer.class, p.getText(),
            "not a valid `java.lang.Integer` value");
      }
      return standard.deserialize(p, ctxt);
    }
  }

  /**
   * The generated model marks {@code source_topic_name} as a required creator property, which
   * Jackson would reject with its own wording. The domain service checks it instead, so that a
   * missing, null or empty name all get the one documented error.
   */
  private static final class RequiredFieldsCheckedByDomain extends JacksonAnnotationIntrospector {
    @Override
    public Boolean hasRequiredMarker(AnnotatedMember m) {
      return null;
    }
  }
}
