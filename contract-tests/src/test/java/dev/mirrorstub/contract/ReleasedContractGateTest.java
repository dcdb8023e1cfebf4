package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The build's breaking-change gate: the spec must stay backward compatible with the last released
 * contract, {@code openapi/released/openapi.yaml}, which changes only at a release.
 */
class ReleasedContractGateTest {

  static final Path RELEASED = Path.of(System.getProperty("mirror.released-spec", "../openapi/released/openapi.yaml"));

  @Test
  void currentSpec_againstReleasedContract_isBackwardCompatible() throws IOException {
    String released = Files.readString(RELEASED);

    CompatibilityGate.Verdict verdict = CompatibilityGate.compare(released, Spec.API.text);

    // The change log is printed on success too: CI's output then shows what the next release adds.
    System.out.println("Compatibility gate, " + RELEASED.normalize() + " -> openapi/openapi.yaml:\n" + verdict.report());
    assertTrue(verdict.compatible(), () -> "openapi/openapi.yaml breaks the released contract " + RELEASED.normalize()
        + ":\n" + verdict.report()
        + "\nKeep the old shape (add, do not remove or tighten), or make the break a deliberate new release:"
        + " see \"Releasing\" in the README.");
  }
}
