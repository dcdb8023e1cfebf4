package dev.mirrorstub.server;

import dev.mirrorstub.server.config.StubConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar mirror-stub.jar [--port N] [--host H] [--config FILE] [--allow-default-credentials]
 * [--admin] [--allow-remote-admin]}.
 */
public final class Main {

  static final int DEFAULT_PORT = 8082;
  static final String DEFAULT_HOST = "127.0.0.1";

  private static final String USAGE = """
      Usage: java -jar mirror-stub.jar [options]
        --port N                      port to listen on (default 8082; 0 = any free port)
        --host H                      address to listen on (default 127.0.0.1)
        --config FILE                 YAML configuration (default: the embedded one)
        --allow-default-credentials   listen on a non-loopback address even though the
                                      configuration holds the published default credentials
        --admin                       switch the admin API on (/__admin, openapi/admin.yaml;
                                      bearer token: the configuration's admin.token)
        --allow-remote-admin          let the admin API run on a non-loopback address
        --help                        this text
      """;

  private Main() {
  }

  /** What runs while the server is up; {@code main}'s blocks until the JVM is asked to stop. */
  @FunctionalInterface
  interface WhileRunning {
    void accept(StubServer server) throws InterruptedException;
  }

  public static void main(String[] args) throws Exception {
    ProcessSettings.apply();
    int exit = run(args, System.out, System.err, Main::untilShutdown);
    if (exit != 0) {
      System.exit(exit);
    }
  }

  /**
   * Checks the options, starts the server, prints its URL and hands it to {@code whileRunning};
   * returns 0 after that, or the exit code of a refusal (2 bad usage, 1 port busy).
   */
  static int run(String[] args, PrintStream out, PrintStream err, WhileRunning whileRunning)
      throws IOException, InterruptedException {
    int port = DEFAULT_PORT;
    String host = DEFAULT_HOST;
    Path configFile = null;
    boolean allowDefaultCredentials = false;
    boolean admin = false;
    boolean allowRemoteAdmin = false;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--port" -> port = Integer.parseInt(value(args, ++i));
          case "--host" -> host = value(args, ++i);
          case "--config" -> configFile = Path.of(value(args, ++i));
          case "--allow-default-credentials" -> allowDefaultCredentials = true;
          case "--admin" -> admin = true;
          case "--allow-remote-admin" -> allowRemoteAdmin = true;
          case "--help", "-h" -> {
            out.print(USAGE);
            return 0;
          }
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("--port must be 0 to 65535");
      }
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }

    StubConfig config;
    try {
      config = configFile == null ? StubConfig.embeddedDefault() : StubConfig.read(configFile);
    } catch (IOException | IllegalArgumentException e) {
      err.println("error: cannot read configuration " + configFile + ": " + e.getMessage());
      return 2;
    }
    config = new StubConfig(config.limits(), config.lifecycle(), config.credentials(), config.clusters(),
        config.admin().withEnabled(config.admin().enabled() || admin)
            .withAllowRemote(config.admin().allowRemote() || allowRemoteAdmin));
    boolean remote = !InetAddress.getByName(host).isLoopbackAddress();
    if (remote && config.admin().enabled() && !config.admin().allowRemote()) {
      err.println("error: refusing to run the admin API on " + host + ", which is not a loopback address:"
          + " anyone who reaches it could steer the stub; give --allow-remote-admin to allow it");
      return 2;
    }
    if (remote && config.usesDefaultCredentials() && !allowDefaultCredentials) {
      err.println("error: refusing to listen on " + host + " with the published default credentials;"
          + " give a --config with your own credentials, or --allow-default-credentials");
      return 2;
    }

    StubServer server;
    try {
      server = StubServer.start(host, port, config);
    } catch (BindException e) {
      err.println("error: cannot listen on " + host + ":" + port + " (" + e.getMessage()
          + "); is another server using it? Choose another port with --port N (0 = any free port).");
      return 1;
    }
    out.println("Mirror-topic stub listening on " + server.baseUri()
        + " (/kafka/v3/clusters/{cluster_id}/links/{link_name}/mirrors); API docs: " + server.baseUri() + "/docs");
    if (config.admin().enabled()) {
      out.println("Admin API on " + server.baseUri() + "/__admin (Authorization: Bearer <admin.token>)");
    }
    out.flush();
    whileRunning.accept(server);
    return 0;
  }

  /** SIGTERM lets in-flight requests finish, then the JVM exits. */
  private static void untilShutdown(StubServer server) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "stub-shutdown"));
    stopped.await();
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }
}
