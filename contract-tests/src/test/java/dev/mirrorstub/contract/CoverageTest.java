package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The coverage of both documents, openapi.yaml and admin.yaml, in one table (their operation ids
 * differ: SpecPairingTest). Runs after every other test class of this module (class order by {@link Order}, set as the default
 * orderer in junit-platform.properties), prints the coverage table and fails below 100 %. Being a
 * test, its failure fails {@code mvn verify}, which a listener that only prints would not.
 */
@Order(Integer.MAX_VALUE)
class CoverageTest {

  static final Path REPORT = Path.of("target", "contract-coverage.txt");

  @Test
  void contract_everyDocumentedExample_passesOnServerClientAndEndToEnd() throws IOException {
    Set<Coverage.Row> rows = Contract.allRows();
    StringBuilder perDocument = new StringBuilder();
    for (Document document : Document.values()) {
      Set<Coverage.Row> own = Contract.of(document).rows();
      perDocument.append(String.format("  %s: %d examples, coverage %.1f %%%n", document.spec().resource, own.size(),
          Coverage.percent(own)));
    }
    String table = Coverage.table(rows) + perDocument;
    System.out.print(table);
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, table, StandardCharsets.UTF_8);

    assertFalse(rows.isEmpty(), "the spec documents no example");
    assertEquals(100.0, Coverage.percent(rows), 1e-9, () -> "contract coverage below 100 %; missing:\n"
        + rows.stream().filter(r -> Coverage.ticks(r).size() < Coverage.Side.values().length)
            .map(r -> "  " + r + " passed on " + Coverage.ticks(r))
            .reduce("", (a, b) -> a + b + "\n"));
  }
}
