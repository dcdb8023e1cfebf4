package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.mirrorstub.server.config.StubConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Both documents themselves: every example paired and readable, every response example valid
 * against its schema, every {@code before} request one that its document documents.
 */
class SpecPairingTest {

  @ParameterizedTest
  @EnumSource(Document.class)
  void spec_everyExample_isPairedAndUsesTheVocabulary(Document document) {
    List<String> problems = Contract.of(document).problems();
    assertEquals(List.of(), problems, () -> document.spec().resource + ": examples that the contract tests cannot replay:\n  "
        + String.join("\n  ", problems));
    assertFalse(Contract.of(document).cases().isEmpty(), document.spec().resource + " documents no example");
  }

  @TestFactory
  Stream<DynamicTest> spec_responseExample_conformsToItsResponse() {
    return Contract.all().filter(c -> c.response().mediaType() != null)
        .map(c -> dynamicTest(c.toString(), () -> c.document().validator().assertConforms(c + " (the example itself)",
            c.method(), c.path(), c.response().status(), c.response().mediaType(), Bodies.exampleBytes(c.response()))));
  }

  /** The coverage table and the tests name a case by its operation: no operation id may be in both documents. */
  @Test
  void specs_operationIds_areDistinctAcrossDocuments() {
    Set<String> api = new HashSet<>();
    Contract.spec().rows().forEach(r -> api.add(r.operation()));
    List<String> both = Contract.admin().rows().stream().map(Coverage.Row::operation).filter(api::contains).distinct()
        .toList();
    assertEquals(List.of(), both, "operation ids in both openapi.yaml and admin.yaml");
  }

  /**
   * A {@code before} request is one its document has (path, method, body by the schema), sent with
   * the credential the harness gives it; an example cannot set the stage with an undocumented call.
   */
  @Test
  void admin_everyBeforeRequest_isDocumented() throws IOException {
    StubConfig config = StubConfig.embeddedDefault();
    String api = Auth.first(config).header();
    String admin = new Auth(null, null, Auth.adminToken(config)).header();
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Case c : Contract.admin().cases()) {
      for (Case.Before before : c.request().before()) {
        Document document = Document.of(before.path());
        List<String> errors = document.validator().requestErrors(before.method(), before.path(),
            document == Document.ADMIN ? admin : api, before.body() == null ? null : "application/json",
            before.body() == null ? null : Bodies.JSON.writeValueAsBytes(before.body()));
        if (!errors.isEmpty()) {
          wrong.add(c + ": before " + before + ": " + errors);
        }
        checked++;
      }
    }
    assertEquals(List.of(), wrong);
    assertFalse(checked == 0, "admin.yaml has no before request");
  }
}
