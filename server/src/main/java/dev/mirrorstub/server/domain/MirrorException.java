package dev.mirrorstub.server.domain;

import java.util.Objects;

/**
 * A rule of the real API said no. {@code errorCode} is Kafka REST's {@code error_code}; the
 * {@link Kind} tells the HTTP layer which family of answer it is, without the domain knowing HTTP.
 */
public final class MirrorException extends RuntimeException {

  public enum Kind { BAD_REQUEST, FORBIDDEN, NOT_FOUND, RETRIABLE }

  private final Kind kind;
  private final int errorCode;

  public MirrorException(Kind kind, int errorCode, String message) {
    super(Objects.requireNonNull(message), null, false, false);
    this.kind = Objects.requireNonNull(kind);
    this.errorCode = errorCode;
  }

  public Kind kind() {
    return kind;
  }

  public int errorCode() {
    return errorCode;
  }

  public static MirrorException badRequest(int errorCode, String message) {
    return new MirrorException(Kind.BAD_REQUEST, errorCode, message);
  }

  public static MirrorException notFound(int errorCode, String message) {
    return new MirrorException(Kind.NOT_FOUND, errorCode, message);
  }

  public static MirrorException forbidden(int errorCode, String message) {
    return new MirrorException(Kind.FORBIDDEN, errorCode, message);
  }
}
