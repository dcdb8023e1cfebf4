package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The build's breaking-change gate: each document must stay backward compatible with its last
 * released version, {@code openapi/released/openapi.yaml} and {@code openapi/released/admin.yaml},
 * which change only at a release.
 */
class ReleasedContractGateTest {

  static final Path RELEASED = Path.of(System.getProperty("mirror.released-dir", "../openapi/released"));

  @ParameterizedTest
  @EnumSource(Document.class)
  void currentSpec_againstReleasedContract_isBackwardCompatible(Document document) throws IOException {
    String name = document.spec().resource;
    Path released = RELEASED.resolve(name);

    CompatibilityGate.Verdict verdict = CompatibilityGate.compare(Files.readString(released), document.spec().text);

    // The change log is printed on success too: CI's output then shows what the next release adds.
    System.out.println("Compatibility gate, " + released.normalize() + " -> openapi/" + name + ":\n" + verdict.report());
    assertTrue(verdict.compatible(), () -> "openapi/" + name + " breaks the released contract " + released.normalize()
        + ":\n" + verdict.report()
        + "\nKeep the old shape (add, do not remove or tighten), or make the break a deliberate new release:"
        + " see \"Releasing\" in the README.");
  }
}
