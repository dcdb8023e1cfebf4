package dev.mirrorstub.server.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.cfg.CacheProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerFactory;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.DeserializerCache;
import com.fasterxml.jackson.databind.deser.DeserializerFactory;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.ClassUtil;

/**
 * Jackson's deserialization context, but a body value of the wrong type or shape ({@code "A"} or
 * {@code 1.5} for an integer, {@code 5} for a string, an array for a string) is refused with an
 * exception that has no stack trace: recording the frames of the JDK server, Jersey and Jackson
 * below the failure took 4-5 % of the CPU of such a 400. Type, message, location and path stay
 * Jackson's: each method builds what Jackson 2.23's own builds, only as a subclass without the
 * trace (the contract tests compare every message).
 */
final class StacklessInputErrors extends DefaultDeserializationContext {

  private static final long serialVersionUID = 1L;

  private StacklessInputErrors() {
    super(BeanDeserializerFactory.instance, new DeserializerCache());
  }

  private StacklessInputErrors(StacklessInputErrors src) {
    super(src);
  }

  private StacklessInputErrors(StacklessInputErrors src, DeserializationConfig config, JsonParser p,
                               InjectableValues values) {
    super(src, config, p, values);
  }

  private StacklessInputErrors(StacklessInputErrors src, DeserializationConfig config) {
    super(src, config);
  }

  private StacklessInputErrors(StacklessInputErrors src, DeserializerFactory factory) {
    super(src, factory);
  }

  private StacklessInputErrors(StacklessInputErrors src, CacheProvider caches) {
    super(src, caches);
  }

  /** A JSON mapper builder whose mapper reads with this context. */
  static JsonMapper.Builder mapperBuilder() {
    return new JsonMapper.Builder(new Mapper());
  }

  @Override
  public DefaultDeserializationContext copy() {
    return new StacklessInputErrors(this);
  }

  @Override
  public DefaultDeserializationContext createInstance(DeserializationConfig config, JsonParser p,
                                                      InjectableValues values) {
    return new StacklessInputErrors(this, config, p, values);
  }

  @Override
  public DefaultDeserializationContext createDummyInstance(DeserializationConfig config) {
    return new StacklessInputErrors(this, config);
  }

  @Override
  public DefaultDeserializationContext with(DeserializerFactory factory) {
    return new StacklessInputErrors(this, factory);
  }

  @Override
  public DefaultDeserializationContext withCaches(CacheProvider caches) {
    return new StacklessInputErrors(this, caches);
  }

  @Override
  public JsonMappingException weirdStringException(String value, Class<?> instClass, String msgBase) {
    return new WrongValue(_parser, String.format("Cannot deserialize value of type %s from String %s: %s",
        ClassUtil.nameOf(instClass), _quotedString(value), msgBase), value, instClass);
  }

  @Override
  public JsonMappingException weirdNumberException(Number value, Class<?> instClass, String msg) {
    return new WrongValue(_parser, String.format("Cannot deserialize value of type %s from number %s: %s",
        ClassUtil.nameOf(instClass), String.valueOf(value), msg), value, instClass);
  }

  @Override
  public <T> T reportBadCoercion(JsonDeserializer<?> src, Class<?> targetType, Object inputValue, String msg,
                                 Object... msgArgs) throws JsonMappingException {
    throw new WrongValue(getParser(), _format(msg, msgArgs), inputValue, targetType);
  }

  @Override
  public <T> T reportInputMismatch(JsonDeserializer<?> src, String msg, Object... msgArgs)
      throws JsonMappingException {
    throw new WrongShape(getParser(), _format(msg, msgArgs), src.handledType());
  }

  @Override
  public <T> T reportInputMismatch(Class<?> targetType, String msg, Object... msgArgs) throws JsonMappingException {
    throw new WrongShape(getParser(), _format(msg, msgArgs), targetType);
  }

  @Override
  public <T> T reportInputMismatch(JavaType targetType, String msg, Object... msgArgs) throws JsonMappingException {
    throw new WrongShape(getParser(), _format(msg, msgArgs), ClassUtil.rawClass(targetType));
  }

  @Override
  public <T> T reportInputMismatch(BeanProperty prop, String msg, Object... msgArgs) throws JsonMappingException {
    WrongShape e = new WrongShape(getParser(), _format(msg, msgArgs),
        prop == null ? null : ClassUtil.rawClass(prop.getType()));
    AnnotatedMember member = prop == null ? null : prop.getMember();
    if (member != null) {
      e.prependPath(member.getDeclaringClass(), prop.getName());
    }
    throw e;
  }

  /** Jackson's JSON mapper, reading with {@link StacklessInputErrors}. */
  private static final class Mapper extends JsonMapper {
    private static final long serialVersionUID = 1L;

    Mapper() {
      _deserializationContext = new StacklessInputErrors();
    }

    private Mapper(Mapper src) {
      super(src);
    }

    @Override
    public JsonMapper copy() {
      return new Mapper(this);
    }
  }

  /** Jackson's exception for a value that cannot become the target type, without a stack trace. */
  static final class WrongValue extends InvalidFormatException {
    private static final long serialVersionUID = 1L;

    WrongValue(JsonParser p, String msg, Object value, Class<?> targetType) {
      super(p, msg, value, targetType);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  /** Jackson's exception for input of the wrong shape for the target type, without a stack trace. */
  static final class WrongShape extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    WrongShape(JsonParser p, String msg, Class<?> targetType) {
      super(p, msg, targetType);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }
}
