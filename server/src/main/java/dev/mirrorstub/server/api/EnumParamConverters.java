package dev.mirrorstub.server.api;

import dev.mirrorstub.server.domain.rules.RequestRules;
import dev.mirrorstub.server.generated.model.MirrorTopicStatus;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;

/**
 * Parameters typed with one of the spec's enums (e.g. {@code mirror_status}), that is any enum of
 * the generated model. Values are spelled as the spec spells them (the generated enum's toString);
 * whether a value is allowed is the domain's rule ({@link RequestRules#requireOneOf}), so that a
 * value outside the enum is its 400 rather than Jersey's bare 404.
 */
public final class EnumParamConverters implements ParamConverterProvider {

  /** A generated class names the package: a change of the generator's model package cannot go unnoticed. */
  private static final String GENERATED_MODEL = MirrorTopicStatus.class.getPackageName();

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
    private final E[] constants;
    private final List<String> spellings;
    private final String name;

    EnumConverter(Class<E> type, String name) {
      this.constants = type.getEnumConstants();
      this.spellings = Arrays.stream(constants).map(Object::toString).toList();
      this.name = name;
    }

    @Override
    public E fromString(String value) {
      // Jersey asks for the value of an absent parameter this way: absent means "no filter".
      if (value == null) {
        return null;
      }
      return constants[spellings.indexOf(RequestRules.requireOneOf(name, value, spellings))];
    }

    @Override
    public String toString(E value) {
      return value.toString();
    }
  }
}
