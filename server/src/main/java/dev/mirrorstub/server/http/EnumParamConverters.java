package dev.mirrorstub.server.http;

import dev.mirrorstub.server.domain.MirrorException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Parameters typed with one of the spec's enums (e.g. {@code mirror_status}). Left to Jersey, a
 * value outside the enum becomes a bare 404; here it is a 400 that names the parameter and the
 * values it takes. Values are matched as the spec spells them (the generated enum's toString).
 */
final class EnumParamConverters implements ParamConverterProvider {

  private static final String GENERATED_MODEL = "dev.mirrorstub.server.generated.model";
  private static final int MAX_ECHOED_CHARS = 100;

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
    if (!rawType.isEnum() || !rawType.getPackageName().equals(GENERATED_MODEL)) {
      return null;
    }
    return (ParamConverter<T>) new EnumConverter<>(rawType.asSubclass(Enum.class), parameterName(annotations));
  }

  private static String parameterName(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a instanceof QueryParam q) {
        return q.value();
      }
      if (a instanceof PathParam p) {
        return p.value();
      }
    }
    return "parameter";
  }

  private static final class EnumConverter<E extends Enum<E>> implements ParamConverter<E> {
    private final Class<E> type;
    private final String name;

    EnumConverter(Class<E> type, String name) {
      this.type = type;
      this.name = name;
    }

    @Override
    public E fromString(String value) {
      // Jersey asks for the value of an absent parameter this way: absent means "no filter".
      if (value == null) {
        return null;
      }
      for (E constant : type.getEnumConstants()) {
        if (constant.toString().equals(value)) {
          return constant;
        }
      }
      String shown = value.length() <= MAX_ECHOED_CHARS ? value : value.substring(0, MAX_ECHOED_CHARS) + "...";
      throw new MirrorException(MirrorException.Kind.BAD_REQUEST, 400, "Invalid " + name + " '" + shown
          + "': must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
          .collect(Collectors.joining(", ")) + ".");
    }

    @Override
    public String toString(E value) {
      return value.toString();
    }
  }
}
