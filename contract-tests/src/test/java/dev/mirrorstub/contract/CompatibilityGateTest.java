package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The gate on small sample contracts (test resources under gate/): what passes, what fails and what it says. */
class CompatibilityGateTest {

  private static final String V1 = sample("widgets-v1.yaml");

  @Test
  void compare_sameContract_isUnchangedAndCompatible() {
    CompatibilityGate.Verdict verdict = CompatibilityGate.compare(V1, V1);

    assertTrue(verdict.compatible(), verdict.report());
    assertTrue(verdict.unchanged(), verdict.report());
  }

  @Test
  void compare_addedOperationAndOptionalResponseField_isCompatible() {
    CompatibilityGate.Verdict verdict = CompatibilityGate.compare(V1, sample("widgets-v2-additions.yaml"));

    assertTrue(verdict.compatible(), verdict.report());
    assertFalse(verdict.unchanged());
    assertTrue(verdict.report().contains("/widgets/{name}/parts"), verdict.report());
    assertTrue(verdict.report().endsWith("Gate verdict: backward compatible\n"), verdict.report());
  }

  @Test
  void compare_removedRequiredResponseField_isIncompatibleAndNamesTheField() {
    CompatibilityGate.Verdict verdict = CompatibilityGate.compare(V1, sample("widgets-v2-removed-response-field.yaml"));

    assertFalse(verdict.compatible(), verdict.report());
    assertTrue(verdict.report().contains("Missing property: size"), verdict.report());
    assertTrue(verdict.report().contains("GET    /widgets/{name}"), verdict.report());
  }

  @Test
  void compare_removedOptionalRequestField_isIncompatibleAndNamesTheField() {
    CompatibilityGate.Verdict verdict = CompatibilityGate.compare(V1, sample("widgets-v2-removed-request-field.yaml"));

    assertFalse(verdict.compatible(), verdict.report());
    assertEquals(List.of("POST /widgets (application/json): size"), verdict.removedRequestFields());
    assertTrue(verdict.report().contains("POST /widgets (application/json): size"), verdict.report());
    assertTrue(verdict.report().endsWith("Gate verdict: BREAKING\n"), verdict.report());
  }

  @Test
  void compare_removedOperation_isIncompatibleAndNamesTheOperation() {
    CompatibilityGate.Verdict verdict = CompatibilityGate.compare(V1, sample("widgets-v2-removed-operation.yaml"));

    assertFalse(verdict.compatible(), verdict.report());
    assertTrue(verdict.report().contains("What's Deleted"), verdict.report());
    assertTrue(verdict.report().contains("/widgets/{name}"), verdict.report());
  }

  @Test
  void compare_removedResponseFieldBackAgain_isCompatible() {
    CompatibilityGate.Verdict verdict = CompatibilityGate.compare(sample("widgets-v2-removed-response-field.yaml"), V1);

    assertTrue(verdict.compatible(), verdict.report());
  }

  private static String sample(String name) {
    try (InputStream in = CompatibilityGateTest.class.getResourceAsStream("/gate/" + name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
