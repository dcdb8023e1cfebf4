package dev.mirrorstub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Small rooms: a package that grows past a dozen classes, or a class past 200 lines, wants splitting. */
class SourceSizeTest {

  private static final Path MAIN = Path.of("src", "main", "java");
  private static final int MAX_LINES = 200;
  private static final int MAX_FILES_PER_PACKAGE = 12;

  @Test
  void mainSources_noClassOver200Lines() throws IOException {
    List<String> tooLong = sources().filter(f -> lines(f) > MAX_LINES)
        .map(f -> MAIN.relativize(f) + " (" + lines(f) + " lines)").toList();
    assertEquals(List.of(), tooLong);
  }

  @Test
  void mainSources_noPackageOver12Files() throws IOException {
    Map<Path, Long> perPackage = sources().collect(Collectors.groupingBy(Path::getParent, Collectors.counting()));
    List<String> tooBig = perPackage.entrySet().stream().filter(e -> e.getValue() > MAX_FILES_PER_PACKAGE)
        .map(e -> MAIN.relativize(e.getKey()) + " (" + e.getValue() + " files)").toList();
    assertEquals(List.of(), tooBig);
  }

  private static Stream<Path> sources() throws IOException {
    return Files.walk(MAIN).filter(f -> f.toString().endsWith(".java")).toList().stream();
  }

  private static long lines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
