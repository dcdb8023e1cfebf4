package dev.mirrorstub.contract;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which documented (operation, status, example) passed on which side. A test ticks its cell only
 * after every assertion on it passed; {@link CoverageTest} prints the table and fails below 100 %.
 */
final class Coverage {

  enum Side { SERVER, CLIENT, END_TO_END }

  record Row(String operation, String status, String example) {
    @Override
    public String toString() {
      return operation + " " + status + " " + example;
    }
  }

  private static final Map<Row, Set<Side>> TICKS = new ConcurrentHashMap<>();

  private Coverage() {
  }

  static void tick(Case c, Side side) {
    TICKS.computeIfAbsent(c.row(), r -> ConcurrentHashMap.newKeySet()).add(side);
  }

  static Set<Side> ticks(Row row) {
    Set<Side> sides = TICKS.get(row);
    return sides == null || sides.isEmpty() ? EnumSet.noneOf(Side.class) : EnumSet.copyOf(sides);
  }

  /** Cells ticked over cells documented, in percent (0 when nothing is documented). */
  static double percent(Set<Row> rows) {
    long ticked = rows.stream().mapToLong(r -> ticks(r).size()).sum();
    long cells = (long) rows.size() * Side.values().length;
    return cells == 0 ? 0 : 100.0 * ticked / cells;
  }

  static String table(Set<Row> rows) {
    List<Row> sorted = rows.stream()
        .sorted(Comparator.comparing(Row::operation).thenComparing(Row::status).thenComparing(Row::example))
        .toList();
    int op = width(sorted.stream().map(Row::operation).toList(), "operation");
    int ex = width(sorted.stream().map(Row::example).toList(), "example");
    String format = "%-" + op + "s  %-6s  %-" + ex + "s  %-6s  %-6s  %s%n";
    StringBuilder out = new StringBuilder("Contract coverage (documented examples replayed)\n");
    out.append(String.format(format, "operation", "status", "example", "server", "client", "end-to-end"));
    for (Row r : sorted) {
      Set<Side> t = ticks(r);
      out.append(String.format(format, r.operation(), r.status(), r.example(),
          mark(t, Side.SERVER), mark(t, Side.CLIENT), mark(t, Side.END_TO_END)));
    }
    out.append(String.format("%d examples, coverage %.1f %%%n", rows.size(), percent(rows)));
    return out.toString();
  }

  private static String mark(Set<Side> ticks, Side side) {
    return ticks.contains(side) ? "✓" : "✗";
  }

  private static int width(List<String> values, String header) {
    return Math.max(header.length(), values.stream().mapToInt(String::length).max().orElse(0));
  }
}
