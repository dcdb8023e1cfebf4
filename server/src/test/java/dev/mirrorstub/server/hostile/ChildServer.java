package dev.mirrorstub.server.hostile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real {@code Main} in a JVM of its own, started on port 0 with the test classpath; ready
 * when it prints its URL. For what needs a process: signals, and JDK server timeouts that are
 * read once per JVM.
 */
final class ChildServer implements AutoCloseable {

  private static final Pattern URL = Pattern.compile("listening on (http://\\S+)");

  private final Process process;
  private final URI base;
  private final BlockingQueue<String> output;

  private ChildServer(Process process, URI base, BlockingQueue<String> output) {
    this.process = process;
    this.base = base;
    this.output = output;
  }

  static ChildServer start(Path dir, String configYaml, String... jvmOptions) throws IOException, InterruptedException {
    Path config = Files.writeString(dir.resolve("config.yaml"), configYaml);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.mirrorstub.server.Main",
        "--port", "0", "--config", config.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    BlockingQueue<String> output = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8))) {
        String line;
        while ((line = lines.readLine()) != null) {
          output.add(line);
        }
      } catch (IOException e) {
        output.add("(output closed: " + e + ")");
      }
    }, "child-server-output");
    reader.setDaemon(true);
    reader.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    List<String> seen = new ArrayList<>();
    while (System.nanoTime() < deadline) {
      String line = output.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line == null) {
        break;
      }
      seen.add(line);
      Matcher m = URL.matcher(line);
      if (m.find()) {
        return new ChildServer(process, URI.create(m.group(1)), output);
      }
    }
    process.destroyForcibly();
    throw new IllegalStateException("the server did not start: " + seen);
  }

  URI baseUri() {
    return base;
  }

  Process process() {
    return process;
  }

  /** Everything the process printed after its URL. */
  List<String> output() {
    List<String> lines = new ArrayList<>();
    output.drainTo(lines);
    return lines;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }
}
