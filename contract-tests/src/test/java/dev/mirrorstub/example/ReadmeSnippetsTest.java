package dev.mirrorstub.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's copy-paste snippets for a consumer are the code of examples/consumer, which
 * scripts/test builds against the installed artifacts: a snippet that drifts from that project fails
 * here, and a snippet (or a published pom) that does not work fails that build. A README block
 * preceded by {@code <!-- snippet: FILE -->} must stand in FILE as consecutive lines (indentation
 * and blank lines aside).
 */
class ReadmeSnippetsTest {

  private static final String MARKER = "<!-- snippet: ";
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @Test
  void readme_everyConsumerSnippet_isCodeOfTheExampleConsumer() throws IOException {
    List<String> readme = Files.readAllLines(ROOT.resolve("README.md"));
    int checked = 0;
    for (int i = 0; i < readme.size(); i++) {
      String line = readme.get(i).strip();
      if (!line.startsWith(MARKER)) {
        continue;
      }
      Path file = ROOT.resolve(line.substring(MARKER.length(), line.indexOf(" -->")));
      assertTrue(Files.isRegularFile(file), "README line " + (i + 1) + " names a missing file " + file);
      assertTrue(readme.get(i + 1).startsWith("```"), "README line " + (i + 2) + " should open a code block");
      List<String> snippet = new ArrayList<>();
      int j = i + 2;
      for (; !readme.get(j).startsWith("```"); j++) {
        snippet.add(readme.get(j));
      }
      List<String> wanted = significant(snippet);
      List<String> code = significant(Files.readAllLines(file));
      assertTrue(!wanted.isEmpty() && Collections.indexOfSubList(code, wanted) >= 0,
          "README lines " + (i + 3) + "-" + j + " are not the code of " + ROOT.relativize(file)
              + " (update one or the other)");
      checked++;
      i = j;
    }
    assertTrue(checked >= 4, "only " + checked + " snippets marked in README.md");
  }

  private static List<String> significant(List<String> lines) {
    return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
