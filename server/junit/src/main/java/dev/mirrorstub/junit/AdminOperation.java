package dev.mirrorstub.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operations of the stand-alone server's admin API ({@code openapi/admin.yaml}, by
 * {@code operationId}) that a method of {@link MirrorStubExtension} is the Java face of: both call the
 * same {@code StubAdmin}. The module's tests read the document and fail when an admin operation has no
 * method here, or a method names an operation the document does not have.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AdminOperation {

  /** The admin operations' ids, e.g. {@code resetStub}. */
  String[] value();
}
