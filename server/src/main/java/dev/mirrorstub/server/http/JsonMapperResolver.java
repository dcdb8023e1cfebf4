package dev.mirrorstub.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.ws.rs.ext.ContextResolver;

/**
 * The one ObjectMapper of the server. A named class, not a lambda: Jersey ignores a lambda
 * resolver and falls back to its default mapper.
 */
public final class JsonMapperResolver implements ContextResolver<ObjectMapper> {

  static final ObjectMapper MAPPER = JsonMapper.builder()
      // Kafka REST answers an unknown field with 422: a typo must not be silently ignored.
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      // 3.5 is not a replication factor; Jackson would truncate it to 3.
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .annotationIntrospector(new RequiredFieldsCheckedByDomain())
      .build();

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return MAPPER;
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
