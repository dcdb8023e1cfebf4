package dev.mirrorstub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mirrorstub.server.security.AuthorizationHeaders;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line: its refusals, and a real start. {@code Main.run} hands the started server to a
 * callback instead of blocking, so a test that wrongly starts a server fails instead of hanging.
 */
@Timeout(30)
class MainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Main.WhileRunning whileRunning, String... args) throws Exception {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), whileRunning);
  }

  /** For the cases that must not start: stops the server again and fails. */
  private int runExpectingNoStart(String... args) throws Exception {
    return run(server -> {
      server.closeNow();
      fail("started on " + server.baseUri());
    }, args);
  }

  @Test
  void main_nonLoopbackHostWithDefaultCredentials_refusesToStart() throws Exception {
    assertEquals(2, runExpectingNoStart("--host", "0.0.0.0", "--port", "0"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("default credentials"));
  }

  @Test
  void main_nonLoopbackHostWithOwnCredentials_startsAndAcceptsThem(@TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve("c.yaml"), "credentials: [{bearer_token: mine}]\n");
    AtomicInteger status = new AtomicInteger();

    int exit = run(server -> {
      try (server) {
        // Bound to every address; asked on loopback only.
        URI loopback = URI.create("http://127.0.0.1:" + server.baseUri().getPort()
            + "/kafka/v3/clusters/no-such-cluster/links/l/mirrors/m");
        status.set(HttpClient.newHttpClient().send(HttpRequest.newBuilder(loopback).timeout(Duration.ofSeconds(10))
            .header("Authorization", AuthorizationHeaders.bearer("mine")).GET().build(),
            HttpResponse.BodyHandlers.discarding()).statusCode());
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }, "--host", "0.0.0.0", "--port", "0", "--config", config.toString());

    assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
    assertEquals("", err.toString(StandardCharsets.UTF_8));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("listening on http://"), out.toString());
    assertEquals(404, status.get(), "its own credential is accepted: the cluster is unknown, not the caller");
  }

  @Test
  void main_adminOnNonLoopbackHost_refusesToStartWithOneLineNamingTheOption(@TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve("c.yaml"), "credentials: [{bearer_token: mine}]\n"
        + "admin: {token: my-admin-token}\n");

    assertEquals(2, runExpectingNoStart("--host", "0.0.0.0", "--port", "0", "--config", config.toString(), "--admin"));

    String message = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, message.lines().count(), message);
    assertTrue(message.contains("0.0.0.0") && message.contains("--allow-remote-admin"), message);
  }

  @Test
  void main_adminEnabledInTheFileOnNonLoopbackHost_refusesToStart(@TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve("c.yaml"), "credentials: [{bearer_token: mine}]\n"
        + "admin: {enabled: true, token: my-admin-token}\n");

    assertEquals(2, runExpectingNoStart("--host", "0.0.0.0", "--port", "0", "--config", config.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--allow-remote-admin"));
  }

  @Test
  void main_remoteAdminWithThePublishedToken_refusesToStartAsWithDefaultCredentials(@TempDir Path dir)
      throws Exception {
    Path config = Files.writeString(dir.resolve("c.yaml"), "credentials: [{bearer_token: mine}]\n");

    assertEquals(2, runExpectingNoStart("--host", "0.0.0.0", "--port", "0", "--config", config.toString(),
        "--admin", "--allow-remote-admin"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("default credentials"));
  }

  @Test
  void main_remoteAdminAllowedWithOwnToken_startsAndAnswersTheAdminToken(@TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve("c.yaml"), "credentials: [{bearer_token: mine}]\n"
        + "admin: {token: my-admin-token}\n");
    AtomicInteger status = new AtomicInteger();

    int exit = run(server -> {
      try (server) {
        URI faults = URI.create("http://127.0.0.1:" + server.baseUri().getPort() + "/__admin/faults");
        status.set(HttpClient.newHttpClient().send(HttpRequest.newBuilder(faults).timeout(Duration.ofSeconds(10))
            .header("Authorization", AuthorizationHeaders.bearer("my-admin-token")).GET().build(),
            HttpResponse.BodyHandlers.discarding()).statusCode());
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }, "--host", "0.0.0.0", "--port", "0", "--config", config.toString(), "--admin", "--allow-remote-admin");

    assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("/__admin"), out.toString());
    assertEquals(200, status.get());
  }

  @Test
  void main_adminTokenEqualToAnApiCredential_exits2NamingTheKey(@TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve("c.yaml"), "credentials: [{bearer_token: same}]\n"
        + "admin: {token: same}\n");

    assertEquals(2, runExpectingNoStart("--config", config.toString(), "--admin"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("admin.token"), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void main_portInUse_printsOneLineNamingThePortAndTheOption() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String port = String.valueOf(taken.getLocalPort());

      assertEquals(1, runExpectingNoStart("--host", "127.0.0.1", "--port", port));

      String message = err.toString(StandardCharsets.UTF_8);
      assertEquals(1, message.lines().count(), message);
      assertTrue(message.contains("127.0.0.1:" + port) && message.contains("--port"), message);
      assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void main_portOutOfRange_exits2() throws Exception {
    assertEquals(2, runExpectingNoStart("--port", "70000"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--port must be"));
  }

  @Test
  void main_unknownOption_printsUsageAndExits2() throws Exception {
    assertEquals(2, runExpectingNoStart("--bogus"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage:"));
  }

  @Test
  void main_help_printsUsageAndExits0() throws Exception {
    assertEquals(0, runExpectingNoStart("--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--config FILE"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--admin"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--allow-remote-admin"));
  }

  @Test
  void main_configWithUnknownKey_exits2NamingTheKey(@TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve("c.yaml"), "credentials: [{bearer_token: t}]\nclusterz: []\n");
    assertEquals(2, runExpectingNoStart("--config", config.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("clusterz"), err.toString(StandardCharsets.UTF_8));
  }
}
