package dev.mirrorstub.server;

import com.sun.net.httpserver.HttpHandler;
import dev.mirrorstub.server.admin.StubAdmin;
import dev.mirrorstub.server.adminapi.AdminPaths;
import dev.mirrorstub.server.adminapi.JournalingHandler;
import dev.mirrorstub.server.api.ApiOperations;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
import dev.mirrorstub.server.domain.MirrorService;
import dev.mirrorstub.server.faults.FaultInjector;
import dev.mirrorstub.server.faults.OperationRoutes;
import dev.mirrorstub.server.transport.HttpTransport;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The stub: the application ({@link StubApplication}) in Jersey's container on the JDK's HTTP
 * server ({@link HttpTransport}). What {@code main}, the JUnit extension and the tests start.
 * Starting one changes nothing global (no system property, no log level): a consumer's test JVM
 * loads this class. {@code Main} makes the process-wide settings of the stand-alone server.
 */
public final class StubServer implements AutoCloseable {

  /** Seconds that in-flight requests get to finish on close. */
  static final int GRACE_SECONDS = 3;

  private final HttpTransport transport;
  private final JdkHttpHandlerContainer jersey;

  private StubServer(HttpTransport transport, JdkHttpHandlerContainer jersey) {
    this.transport = transport;
    this.jersey = jersey;
  }

  /** The stand-alone server: with the admin API when the configuration switches it on. */
  public static StubServer start(String host, int port, StubConfig config) throws IOException {
    return config.admin().enabled() ? start(host, port, StubAdmin.create(config))
        : start(host, port, config, new InMemoryMirrorService(config));
  }

  /**
   * A server steered by {@code admin} (its configuration, back end, faults and journal), with the admin
   * API under {@code /__admin} and every other request journaled.
   */
  public static StubServer start(String host, int port, StubAdmin admin) throws IOException {
    OperationRoutes routes = OperationRoutes.of(ApiOperations.interfaces());
    return launch(host, port, admin.config(), StubApplication.create(admin, routes),
        application -> new JournalingHandler(application, admin.journal(), routes::operationOf),
        AdminPaths::isAdminRawPath);
  }

  /** A server on this back end; the caller keeps it to look at the state. */
  public static StubServer start(String host, int port, StubConfig config, MirrorService mirrors) throws IOException {
    Objects.requireNonNull(config);
    return launch(host, port, config, StubApplication.create(config, mirrors), UnaryOperator.identity(), path -> false);
  }

  /** A server whose {@code faults} can make calls fail or wait; for consumers' tests only. */
  public static StubServer start(String host, int port, StubConfig config, MirrorService mirrors,
                                 FaultInjector faults) throws IOException {
    Objects.requireNonNull(config);
    return launch(host, port, config, StubApplication.create(config, mirrors, faults), UnaryOperator.identity(), path -> false);
  }

  private static StubServer launch(String host, int port, StubConfig config, ResourceConfig application,
      UnaryOperator<HttpHandler> outermost, Predicate<String> unlimited) throws IOException {
    JdkHttpHandlerContainer jersey = ContainerFactory.createContainer(JdkHttpHandlerContainer.class, application);
    HttpTransport transport = HttpTransport.start(host, port, config.limits(), jersey, outermost, unlimited);
    jersey.getApplicationHandler().onStartup(jersey);
    return new StubServer(transport, jersey);
  }

  /** Base URL, e.g. {@code http://127.0.0.1:8082}. */
  public URI baseUri() {
    return transport.baseUri();
  }

  /**
   * Stops accepting (new connections are refused), lets in-flight requests finish (up to
   * {@value #GRACE_SECONDS} s), then stops. With nothing in flight it stops at once: JDK 17's
   * server would otherwise wait out the whole grace period every time (JDK-8304065).
   */
  @Override
  public void close() {
    stop(transport.inFlight() == 0 ? 0 : GRACE_SECONDS);
  }

  /** Stops at once, cutting off any request still in flight: for tests that have none left. */
  public void closeNow() {
    stop(0);
  }

  private void stop(int graceSeconds) {
    transport.stop(graceSeconds);
    jersey.getApplicationHandler().onShutdown(jersey);
  }
}
