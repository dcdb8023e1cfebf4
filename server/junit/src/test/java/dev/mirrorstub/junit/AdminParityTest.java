package dev.mirrorstub.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * One implementation, two faces: every operation of the admin API ({@code admin.yaml}, read from the
 * openapi jar the server is built from) has a method of the extension, and every capability method
 * of the extension names the admin operation it is.
 */
class AdminParityTest {

  /** Public methods that run or describe the extension rather than steer the stub. */
  private static final Set<String> NOT_CAPABILITIES = Set.of("builder", "withDefaultConfig", "beforeAll",
      "beforeEach", "afterEach", "afterAll", "baseUri", "client", "config", "startupTime");

  @Test
  void everyAdminOperationHasAnExtensionMethod() throws IOException {
    Set<String> documented = adminOperationIds();
    assertEquals(11, documented.size(), "admin.yaml's operations: " + documented);
    Set<String> faced = annotatedIds();
    Set<String> missing = new TreeSet<>(documented);
    missing.removeAll(faced);
    assertTrue(missing.isEmpty(), "admin operations without a MirrorStubExtension method: " + missing);
  }

  @Test
  void everyExtensionMethodNamesADocumentedAdminOperation() throws IOException {
    Set<String> documented = adminOperationIds();
    Set<String> unknown = new TreeSet<>(annotatedIds());
    unknown.removeAll(documented);
    assertTrue(unknown.isEmpty(), "@AdminOperation ids that admin.yaml does not have: " + unknown);
  }

  @Test
  void everyCapabilityMethodIsAnAdminOperation() {
    Set<String> bare = new TreeSet<>();
    for (Method m : MirrorStubExtension.class.getDeclaredMethods()) {
      if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || NOT_CAPABILITIES.contains(m.getName())) {
        continue;
      }
      AdminOperation op = m.getAnnotation(AdminOperation.class);
      if (op == null || op.value().length == 0) {
        bare.add(m.getName());
      }
    }
    assertTrue(bare.isEmpty(), "public extension methods without @AdminOperation: " + bare);
  }

  @Test
  void everyExcludedNameIsAPublicExtensionMethodThatStaysOutOfTheAdminApi() {
    Set<String> stale = new TreeSet<>(NOT_CAPABILITIES);
    Set<String> annotated = new TreeSet<>();
    for (Method m : MirrorStubExtension.class.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
        stale.remove(m.getName());
        if (NOT_CAPABILITIES.contains(m.getName()) && m.isAnnotationPresent(AdminOperation.class)) {
          annotated.add(m.getName());
        }
      }
    }
    assertTrue(stale.isEmpty(), "excluded names that are no public MirrorStubExtension method: " + stale);
    assertTrue(annotated.isEmpty(), "excluded names that are admin operations after all: " + annotated);
  }

  private static Set<String> annotatedIds() {
    Set<String> ids = new TreeSet<>();
    for (Method m : MirrorStubExtension.class.getDeclaredMethods()) {
      AdminOperation op = m.getAnnotation(AdminOperation.class);
      if (op != null) {
        ids.addAll(Arrays.asList(op.value()));
      }
    }
    return ids;
  }

  private static Set<String> adminOperationIds() throws IOException {
    Set<String> ids = new TreeSet<>();
    try (InputStream in = AdminParityTest.class.getResourceAsStream("/admin.yaml")) {
      assertTrue(in != null, "admin.yaml is not on the class path (the mirror-openapi jar)");
      JsonNode paths = new YAMLMapper().readTree(in).path("paths");
      paths.forEach(item -> item.forEach(operation -> {
        if (operation.has("operationId")) {
          ids.add(operation.get("operationId").asText());
        }
      }));
    }
    return ids;
  }
}
