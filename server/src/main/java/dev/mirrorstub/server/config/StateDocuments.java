package dev.mirrorstub.server.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A state document: the {@code clusters} section of a configuration file on its own, in YAML (read by
 * the configuration's own mapper) or JSON, checked by the same records and rules, unknown keys refused.
 * What the admin API's {@code PUT /__admin/state} reads. Its refusals name the key and what is wrong,
 * without Jackson's own wording.
 */
public final class StateDocuments {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private record Document(List<StubConfig.Cluster> clusters) {
  }

  private StateDocuments() {
  }

  /**
   * The clusters of the document, each checked as a configuration file's are.
   *
   * @throws IllegalArgumentException saying what is wrong and where
   */
  public static List<StubConfig.Cluster> read(byte[] document, boolean yaml) {
    Document d;
    try {
      d = (yaml ? StubConfig.MAPPER : JSON).readValue(document, Document.class);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(problem(e, yaml ? "a YAML document" : "a JSON document"), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("the document could not be read: " + e.getMessage(), e);
    }
    if (d == null || d.clusters() == null) {
      throw new IllegalArgumentException("clusters is required (a list, maybe empty)");
    }
    if (d.clusters().contains(null)) {
      throw new IllegalArgumentException("clusters[] holds an empty (null) entry");
    }
    return d.clusters();
  }

  /**
   * What is wrong with a document that Jackson could not read, in our words: the rule a record broke,
   * an unknown key and where it is, a value of the wrong type, or where the text stops being
   * {@code whatItShouldBe}.
   */
  public static String problem(JacksonException e, String whatItShouldBe) {
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof IllegalArgumentException rule) {
        return rule.getMessage();
      }
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      List<JsonMappingException.Reference> path = unknown.getPath();
      String at = where(path.subList(0, Math.max(0, path.size() - 1)));
      return "unknown field " + unknown.getPropertyName() + " at " + (at.isEmpty() ? "the top level" : at);
    }
    if (e instanceof MismatchedInputException wrong && !wrong.getPath().isEmpty()) {
      return where(wrong.getPath()) + " must be " + expected(wrong.getTargetType());
    }
    for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
      // A syntax error deep in a list comes wrapped in a mapping error: where the text goes wrong counts.
      if (t instanceof StreamReadException syntax && syntax.getLocation() != null) {
        JsonLocation l = syntax.getLocation();
        return "not " + whatItShouldBe + " (line " + l.getLineNr() + ", column " + l.getColumnNr() + ")";
      }
    }
    return "not " + whatItShouldBe + ": " + e.getOriginalMessage();
  }

  /** {@code clusters[0].links[1]}: the fields and indexes of a path. */
  public static String where(List<JsonMappingException.Reference> path) {
    StringBuilder s = new StringBuilder();
    for (JsonMappingException.Reference r : path) {
      if (r.getFieldName() != null) {
        s.append(s.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        s.append('[').append(r.getIndex()).append(']');
      }
    }
    return s.toString();
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a text";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    return Map.class.isAssignableFrom(type) || !type.isEnum() ? "an object" : "one of its values";
  }
}
