package dev.mirrorstub.server.adminapi;

import dev.mirrorstub.server.domain.MirrorException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Whole-number query parameters (the journal's {@code status} and {@code limit}; the API has none): a
 * value that is not a number is a 400 naming the parameter and what it takes, not Jersey's bare 404.
 */
final class AdminParams implements ParamConverterProvider {

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
    if (rawType != Integer.class) {
      return null;
    }
    for (Annotation a : annotations) {
      if (a instanceof QueryParam q) {
        return (ParamConverter<T>) new WholeNumber(q.value());
      }
    }
    return null;
  }

  private record WholeNumber(String name) implements ParamConverter<Integer> {
    @Override
    public Integer fromString(String value) {
      if (value == null) {
        return null;
      }
      try {
        return Integer.valueOf(value.strip());
      } catch (NumberFormatException e) {
        throw MirrorException.badRequest(400, "Invalid " + name + " '" + value + "': must be "
            + ("status".equals(name) ? "an HTTP status code (100 to 599)." : "a whole number."));
      }
    }

    @Override
    public String toString(Integer value) {
      return String.valueOf(value);
    }
  }
}
