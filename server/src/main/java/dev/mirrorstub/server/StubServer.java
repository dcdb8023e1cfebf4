package dev.mirrorstub.server;

import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
import dev.mirrorstub.server.domain.MirrorService;
import dev.mirrorstub.server.faults.FaultInjector;
import dev.mirrorstub.server.transport.HttpTransport;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
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

  public static StubServer start(String host, int port, StubConfig config) throws IOException {
    return start(host, port, config, new InMemoryMirrorService(config));
  }

  /** A server on this back end; the caller keeps it to look at the state. */
  public static StubServer start(String host, int port, StubConfig config, MirrorService mirrors) throws IOException {
    Objects.requireNonNull(config);
    return launch(host, port, config, StubApplication.create(config, mirrors));
  }

  /** A server whose {@code faults} can make calls fail or wait; for consumers' tests only. */
  public static StubServer start(String host, int port, StubConfig config, MirrorService mirrors,
                                 FaultInjector faults) throws IOException {
    Objects.requireNonNull(config);
    return launch(host, port, config, StubApplication.create(config, mirrors, faults));
  }

  private static StubServer launch(String host, int port, StubConfig config, ResourceConfig application)
      throws IOException {
    JdkHttpHandlerContainer jersey = ContainerFactory.createContainer(JdkHttpHandlerContainer.class, application);
    HttpTransport transport = HttpTransport.start(host, port, config.limits(), jersey);
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
