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
 * Runs after every other test class of this module (class order by {@link Order}, set as the default
 * orderer in junit-platform.properties), prints the coverage table and fails below 100 %. Being a
 * test, its failure fails {@code mvn verify}, which a listener that only prints would not.
 */
@Order(Integer.MAX_VALUE)
class CoverageTest {

  static final Path REPORT = Path.of("target", "contract-coverage.txt");

  @Test
  void contract_everyDocumentedExample_passesOnServerClientAndEndToEnd() throws IOException {
    Set<Coverage.Row> rows = Contract.spec().rows();
    String table = Coverage.table(rows);
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
