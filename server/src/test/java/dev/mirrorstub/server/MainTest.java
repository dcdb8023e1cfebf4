package dev.mirrorstub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's refusals; starting for real is covered by the server and contract tests. */
class MainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) throws Exception {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void main_nonLoopbackHostWithDefaultCredentials_refusesToStart() throws Exception {
    assertEquals(2, run("--host", "0.0.0.0", "--port", "0"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("default credentials"));
  }

  @Test
  void main_nonLoopbackHostWithOwnCredentials_passesTheCheck(@TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve("c.yaml"), "credentials: [{bearer_token: mine}]\n");
    // An unknown option after the check would still fail; a bad port proves the check itself passed.
    assertEquals(2, run("--host", "0.0.0.0", "--config", config.toString(), "--port", "70000"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--port must be"));
  }

  @Test
  void main_portInUse_printsOneLineNamingThePortAndTheOption() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String port = String.valueOf(taken.getLocalPort());

      assertEquals(1, run("--host", "127.0.0.1", "--port", port));

      String message = err.toString(StandardCharsets.UTF_8);
      assertEquals(1, message.lines().count(), message);
      assertTrue(message.contains("127.0.0.1:" + port) && message.contains("--port"), message);
      assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void main_unknownOption_printsUsageAndExits2() throws Exception {
    assertEquals(2, run("--bogus"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage:"));
  }

  @Test
  void main_help_printsUsageAndExits0() throws Exception {
    assertEquals(0, run("--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--config FILE"));
  }

  @Test
  void main_configWithUnknownKey_exits2NamingTheKey(@TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve("c.yaml"), "credentials: [{bearer_token: t}]\nclusterz: []\n");
    assertEquals(2, run("--config", config.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("clusterz"), err.toString(StandardCharsets.UTF_8));
  }
}
