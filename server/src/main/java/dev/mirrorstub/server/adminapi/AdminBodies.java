package dev.mirrorstub.server.adminapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.mirrorstub.server.admin.StubAdmin;
import dev.mirrorstub.server.config.StateDocuments;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.MirrorException;
import dev.mirrorstub.server.generated.admin.model.StubMirrorChange;
import dev.mirrorstub.server.generated.admin.model.StubState;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The admin API's bodies, read and written here rather than by the API's JSON provider: the admin
 * models only, as strict JSON (unknown fields, wrong types and trailing text refused with a 400 that
 * says where); a state document also as YAML, read by the configuration's own records
 * ({@link StateDocuments}) into a {@link ParsedState}. Jersey picks this reader for the admin models
 * since its media types are more specific than those of Jackson's provider ({@code *}{@code /*}); for
 * writing the two would tie on application/json, so the resource sends the bytes of {@link #json}.
 */
@Consumes({MediaType.APPLICATION_JSON, AdminBodies.YAML})
final class AdminBodies implements MessageBodyReader<Object> {

  static final String YAML = "application/yaml";
  private static final String MODELS = StubState.class.getPackageName();
  private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

  static final ObjectMapper MAPPER = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      // Required fields are checked with the admin's own words (FaultRequest, MirrorChange).
      .annotationIntrospector(new JacksonAnnotationIntrospector() {
        @Override
        public Boolean hasRequiredMarker(AnnotatedMember m) {
          return null;
        }
      })
      .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
      .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
      .addModule(new SimpleModule("admin-times").addSerializer(OffsetDateTime.class, new Millis()))
      .build();

  /** A state document read and checked by the configuration's records; the resource takes its clusters. */
  static final class ParsedState extends StubState {
    private final transient List<StubConfig.Cluster> parsed;

    ParsedState(List<StubConfig.Cluster> parsed) {
      this.parsed = List.copyOf(parsed);
    }

    List<StubConfig.Cluster> parsed() {
      return parsed;
    }
  }

  @Override
  public boolean isReadable(Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType) {
    return type.getPackageName().equals(MODELS);
  }

  @Override
  public Object readFrom(Class<Object> type, Type generic, Annotation[] annotations, MediaType mediaType,
      MultivaluedMap<String, String> headers, InputStream body) throws IOException {
    byte[] bytes = body.readAllBytes();
    if (StubState.class.equals(type)) {
      try {
        return new ParsedState(StateDocuments.read(bytes, mediaType != null && mediaType.isCompatible(
            MediaType.valueOf(YAML))));
      } catch (IllegalArgumentException e) {
        throw StubAdmin.invalidState(e.getMessage());
      }
    }
    if (bytes.length == 0) {
      throw MirrorException.badRequest(400, "The request needs a body: a JSON object.");
    }
    JsonNode tree;
    try {
      tree = MAPPER.readTree(bytes);
    } catch (JacksonException e) {
      throw MirrorException.badRequest(400, capital(StateDocuments.problem(e, "a JSON document")) + ".");
    }
    try {
      Object value = MAPPER.treeToValue(tree, type);
      if (value instanceof StubMirrorChange change) {
        // The generated model starts its lists empty: an absent list must stay "not set", unlike [].
        change.setLags(tree.has("lags") ? change.getLags() : null);
        change.setLastSourceFetchOffsets(tree.has("last_source_fetch_offsets") ? change.getLastSourceFetchOffsets()
            : null);
        change.setPartitions(tree.has("partitions") ? change.getPartitions() : null);
        change.setStateTransitionErrors(tree.has("state_transition_errors") ? change.getStateTransitionErrors() : null);
      }
      return value;
    } catch (JacksonException e) {
      throw MirrorException.badRequest(400, capital(problem(e, tree)) + ".");
    }
  }

  /** A value outside an enum names the field, the value and the allowed ones; the rest as state documents. */
  private static String problem(JacksonException e, JsonNode tree) {
    if (e instanceof ValueInstantiationException bad && bad.getType().isEnumType() && !bad.getPath().isEmpty()) {
      String where = StateDocuments.where(bad.getPath());
      JsonNode value = tree.at("/" + where.replace(".", "/").replaceAll("\\[(\\d+)]", "/$1"));
      String allowed = Arrays.stream(bad.getType().getRawClass().getEnumConstants()).map(Object::toString)
          .collect(Collectors.joining(", "));
      return "invalid " + where + " " + (value.isTextual() ? value.asText() : value) + ": must be one of " + allowed;
    }
    return StateDocuments.problem(e, "a JSON document");
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The answer's body: a model of admin.yaml as JSON, null fields left out. */
  static byte[] json(Object model) {
    try {
      return MAPPER.writeValueAsBytes(model);
    } catch (JacksonException e) {
      throw new IllegalStateException("a generated model always serializes", e);
    }
  }

  /** A journal entry's time as the spec's examples write it: UTC, milliseconds. */
  private static final class Millis extends StdSerializer<OffsetDateTime> {
    Millis() {
      super(OffsetDateTime.class);
    }

    @Override
    public void serialize(OffsetDateTime value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(MILLIS.format(value.withOffsetSameInstant(ZoneOffset.UTC)));
    }
  }
}
