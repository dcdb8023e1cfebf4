package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The spec itself: every example paired and readable, every response example valid against its schema. */
class SpecPairingTest {

  @Test
  void spec_everyExample_isPairedAndUsesTheVocabulary() {
    List<String> problems = Contract.spec().problems();
    assertEquals(List.of(), problems, () -> "examples that the contract tests cannot replay:\n  "
        + String.join("\n  ", problems));
  }

  @TestFactory
  Stream<DynamicTest> spec_responseExample_conformsToItsResponse() {
    return Contract.spec().stream().filter(c -> c.response().mediaType() != null)
        .map(c -> dynamicTest(c.toString(), () -> SpecValidator.INSTANCE.assertConforms(c + " (the example itself)",
            c.method(), c.path(), c.response().status(), c.response().mediaType(), Bodies.exampleBytes(c.response()))));
  }
}
