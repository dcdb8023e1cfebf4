package dev.mirrorstub.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mirrorstub.client.generated.model.CreateMirrorTopicRequestData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * What {@link MirrorStubExtension} costs a test class. Each fresh JVM runs {@value #CLASSES} test
 * classes through the JUnit launcher, as a build tool does; each class registers the extension
 * statically and makes one call. Printed per class: the extension's start-up (nothing to a server
 * accepting calls), the first call through {@code client()}, and the class's whole run (start,
 * test, stop). The summary gives medians for the first class of a JVM (which pays for loading
 * Jersey) and for the later ones.
 *
 * <pre>mvn -pl server/junit -am verify -DskipTests -Pstartup-benchmark [-Dbenchmark.childJvmArgs="..."]</pre>
 *
 * <p>{@code benchmark.childJvmArgs} gives the test JVMs flags, as a build's surefire {@code argLine} would
 * (e.g. {@code -XX:TieredStopAtLevel=1}, measured in docs/PERFORMANCE.md); the summary names them.
 */
public final class StartupBenchmark {

  static final int CLASSES = 8;
  static final int DEFAULT_JVMS = 5;
  private static final Map<String, long[]> MEASURED = new ConcurrentHashMap<>();

  private StartupBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--child")) {
      runClasses();
      return;
    }
    int jvms = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_JVMS;
    List<long[]> first = new ArrayList<>();
    List<long[]> later = new ArrayList<>();
    for (int jvm = 1; jvm <= jvms; jvm++) {
      List<long[]> rows = runJvm();
      System.out.printf("JVM %d: start-up / first call / class total (ms) per class:%s%n", jvm,
          rows.stream().map(r -> String.format(" %d/%d/%d", r[0], r[1], r[2])).reduce("", String::concat));
      first.add(rows.get(0));
      later.addAll(rows.subList(1, rows.size()));
    }
    System.out.printf("%nMedians over %d JVMs (%s, %d cores, test JVM flags: %s)%n", jvms,
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        System.getProperty("startup.childJvmArgs", "").isBlank() ? "none" : System.getProperty("startup.childJvmArgs").trim());
    System.out.printf("%-28s %10s %12s %14s%n", "", "start-up", "first call", "class total");
    print("first class in a JVM", first);
    print("later classes (" + later.size() + ")", later);
  }

  private static void print(String label, List<long[]> rows) {
    System.out.printf("%-28s %7d ms %9d ms %11d ms%n", label, median(rows, 0), median(rows, 1), median(rows, 2));
  }

  private static long median(List<long[]> rows, int column) {
    List<Long> values = new ArrayList<>(rows.stream().map(r -> r[column]).toList());
    Collections.sort(values);
    int n = values.size();
    return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
  }

  private static List<long[]> runJvm() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString()));
    String childJvmArgs = System.getProperty("startup.childJvmArgs", "").trim();
    if (!childJvmArgs.isEmpty()) {
      command.addAll(List.of(childJvmArgs.split("\\s+")));
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), StartupBenchmark.class.getName(), "--child"));
    Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    List<long[]> rows = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        if (line.startsWith("class ")) {
          String[] f = line.split(" ");
          rows.add(new long[] {Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4])});
        }
      }
    }
    if (child.waitFor() != 0 || rows.size() != CLASSES) {
      throw new IllegalStateException("benchmark JVM failed: exit " + child.exitValue() + ", " + rows.size() + " classes");
    }
    return rows;
  }

  /** In the child JVM: runs the classes in order and prints one line per class. */
  private static void runClasses() {
    List<Class<?>> classes = List.of(Class1.class, Class2.class, Class3.class, Class4.class,
        Class5.class, Class6.class, Class7.class, Class8.class);
    Map<String, Long> started = new ConcurrentHashMap<>();
    List<String> failures = new ArrayList<>();
    TestExecutionListener timing = new TestExecutionListener() {
      @Override
      public void executionStarted(TestIdentifier id) {
        className(id).ifPresent(c -> started.put(c, System.nanoTime()));
      }

      @Override
      public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
          failures.add(id.getDisplayName() + ": " + result);
        }
        className(id).ifPresent(c -> MEASURED.computeIfAbsent(c, k -> new long[3])[2] =
            (System.nanoTime() - started.get(c)) / 1_000_000);
      }
    };
    Launcher launcher = LauncherFactory.create();
    for (Class<?> c : classes) {
      // One request per class keeps the order, so the first line is the JVM's first class.
      launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(c)).build(), timing);
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException("benchmark classes failed: " + failures);
    }
    for (Class<?> c : classes) {
      long[] m = MEASURED.get(c.getName());
      System.out.println("class " + c.getSimpleName() + " " + m[0] + " " + m[1] + " " + m[2]);
    }
  }

  private static Optional<String> className(TestIdentifier id) {
    return id.getSource().filter(ClassSource.class::isInstance).map(s -> ((ClassSource) s).getClassName());
  }

  /** A consumer's test class: the extension in a static field, one call. */
  abstract static class Measured {
    abstract MirrorStubExtension stub();

    @Test
    void createMirror_oneCall_succeeds() throws Exception {
      long begin = System.nanoTime();
      stub().client().clusterLinking().createKafkaMirrorTopic("bench", "bench-link",
          new CreateMirrorTopicRequestData().sourceTopicName("events"));
      long firstCallMs = (System.nanoTime() - begin) / 1_000_000;
      long[] m = MEASURED.computeIfAbsent(getClass().getName(), k -> new long[3]);
      m[0] = stub().startupTime().toMillis();
      m[1] = firstCallMs;
    }
  }

  static MirrorStubExtension newStub() {
    return MirrorStubExtension.builder()
        .cluster("bench", c -> c.link("bench-link", l -> l.prefix("b.").sourceTopic("events", 6)))
        .faultInjection()
        .build();
  }

  static class Class1 extends Measured {
    @RegisterExtension
    static final MirrorStubExtension STUB = newStub();

    @Override
    MirrorStubExtension stub() {
      return STUB;
    }
  }

  static class Class2 extends Measured {
    @RegisterExtension
    static final MirrorStubExtension STUB = newStub();

    @Override
    MirrorStubExtension stub() {
      return STUB;
    }
  }

  static class Class3 extends Measured {
    @RegisterExtension
    static final MirrorStubExtension STUB = newStub();

    @Override
    MirrorStubExtension stub() {
      return STUB;
    }
  }

  static class Class4 extends Measured {
    @RegisterExtension
    static final MirrorStubExtension STUB = newStub();

    @Override
    MirrorStubExtension stub() {
      return STUB;
    }
  }

  static class Class5 extends Measured {
    @RegisterExtension
    static final MirrorStubExtension STUB = newStub();

    @Override
    MirrorStubExtension stub() {
      return STUB;
    }
  }

  static class Class6 extends Measured {
    @RegisterExtension
    static final MirrorStubExtension STUB = newStub();

    @Override
    MirrorStubExtension stub() {
      return STUB;
    }
  }

  static class Class7 extends Measured {
    @RegisterExtension
    static final MirrorStubExtension STUB = newStub();

    @Override
    MirrorStubExtension stub() {
      return STUB;
    }
  }

  static class Class8 extends Measured {
    @RegisterExtension
    static final MirrorStubExtension STUB = newStub();

    @Override
    MirrorStubExtension stub() {
      return STUB;
    }
  }
}
