package dev.mirrorstub.server.api;

import dev.mirrorstub.server.domain.rules.RequestRules;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Locale;

/**
 * Boolean query parameters ({@code validate_only}, {@code force}, {@code include_*}) take
 * {@code true} or {@code false}, in any case. Left to Jersey, any other value reads as false: a
 * client that sends {@code validate_only=yes} would see its dry run change the cluster. Whether a
 * value is allowed is the domain's rule ({@link RequestRules#requireOneOf}), as for the enums.
 */
public final class BooleanParamConverters implements ParamConverterProvider {

  private static final List<String> ALLOWED = List.of("true", "false");

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
    if (rawType != Boolean.class && rawType != boolean.class) {
      return null;
    }
    for (Annotation a : annotations) {
      if (a instanceof QueryParam q) {
        return (ParamConverter<T>) new Strict(q.value());
      }
    }
    return null;
  }

  private record Strict(String name) implements ParamConverter<Boolean> {
    @Override
    public Boolean fromString(String value) {
      // An absent parameter: the operation's default.
      if (value == null) {
        return null;
      }
      String lower = value.toLowerCase(Locale.ROOT);
      if (!ALLOWED.contains(lower)) {
        RequestRules.requireOneOf(name, value, ALLOWED);
      }
      return Boolean.valueOf(lower);
    }

    @Override
    public String toString(Boolean value) {
      return value.toString();
    }
  }
}
