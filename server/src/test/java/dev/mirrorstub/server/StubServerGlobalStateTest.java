package dev.mirrorstub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The server is a library in a consumer's test JVM (through the JUnit extension): starting it
 * must change nothing global. The JDK's HTTP server settings and Jersey's log level are the
 * stand-alone server's own, made by {@code Main}.
 */
@Timeout(60)
class StubServerGlobalStateTest {

  @Test
  void start_likeTheJunitExtension_changesNoSystemPropertyAndNoLogLevel() throws Exception {
    // A JVM of its own: in this one, other tests have started servers already, and surefire sets
    // the properties that Main would.
    Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), GlobalStateProbe.class.getName())
        .redirectErrorStream(true)
        .start();
    String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(probe.waitFor(50, TimeUnit.SECONDS), "the probe did not finish");

    assertEquals("", output.strip(), "what starting the server changed");
    assertEquals(0, probe.exitValue(), output);
  }

  @Test
  void processSettings_ofMain_areTheOnesThisTestJvmRunsWith() {
    // surefire's systemPropertyVariables give the test JVM the settings of Main's: the slow-client,
    // early-413 and latency tests rely on them.
    ProcessSettings.JDK_HTTP_SERVER.forEach((property, value) ->
        assertEquals(value, System.getProperty(property), property));
    assertEquals(Level.SEVERE, Logger.getLogger(GlobalStateProbe.JERSEY_CONTAINER_LOG).getLevel(),
        "src/test/resources/logging.properties sets the level Main sets");
  }

}
