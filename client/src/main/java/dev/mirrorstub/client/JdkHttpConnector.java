package dev.mirrorstub.client;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.Configuration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.ClientRequest;
import org.glassfish.jersey.client.ClientResponse;
import org.glassfish.jersey.client.spi.AsyncConnectorCallback;
import org.glassfish.jersey.client.spi.Connector;
import org.glassfish.jersey.client.spi.ConnectorProvider;
import org.glassfish.jersey.message.internal.Statuses;

/**
 * A Jersey connector over the JDK's {@code java.net.http} client, for {@link StubAdminClient}.
 * Jersey's default connector rides on {@code HttpURLConnection}, which refuses PATCH; the generated
 * client's workaround sets the method by reflection and fails on JDK 17 (openapi-generator issue
 * 13040), and Jersey's own java.net.http connector is not served for 4.0.2. HTTP/1.1 only, the whole
 * request body buffered (admin requests are small), {@link ClientProperties#CONNECT_TIMEOUT} and
 * {@link ClientProperties#READ_TIMEOUT} honoured.
 */
final class JdkHttpConnector implements Connector {

  /** Headers that {@code java.net.http} sets itself and refuses from the caller. */
  private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

  static final ConnectorProvider PROVIDER = JdkHttpConnector::new;

  private final HttpClient http;

  private JdkHttpConnector(Client client, Configuration configuration) {
    HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER);
    int connectMillis = millis(configuration.getProperty(ClientProperties.CONNECT_TIMEOUT));
    if (connectMillis > 0) {
      builder.connectTimeout(Duration.ofMillis(connectMillis));
    }
    this.http = builder.build();
  }

  @Override
  public ClientResponse apply(ClientRequest request) {
    try {
      HttpRequest.Builder out = HttpRequest.newBuilder(request.getUri())
          .method(request.getMethod(), body(request));
      int readMillis = millis(request.resolveProperty(ClientProperties.READ_TIMEOUT, Object.class));
      if (readMillis > 0) {
        out.timeout(Duration.ofMillis(readMillis));
      }
      request.getStringHeaders().forEach((name, values) -> {
        if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
          values.forEach(value -> out.header(name, value));
        }
      });
      HttpResponse<InputStream> answer = http.send(out.build(), HttpResponse.BodyHandlers.ofInputStream());
      ClientResponse response = new ClientResponse(Statuses.from(answer.statusCode()), request);
      for (Map.Entry<String, List<String>> header : answer.headers().map().entrySet()) {
        if (!header.getKey().startsWith(":")) {
          response.getHeaders().addAll(header.getKey(), header.getValue());
        }
      }
      response.setEntityStream(answer.body());
      return response;
    } catch (IOException e) {
      throw new ProcessingException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProcessingException(e);
    }
  }

  /** Jersey writes the entity (its interceptors and writers set the content type) into a buffer first. */
  private static HttpRequest.BodyPublisher body(ClientRequest request) throws IOException {
    if (!request.hasEntity()) {
      return HttpRequest.BodyPublishers.noBody();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    request.setStreamProvider(contentLength -> bytes);
    request.writeEntity();
    return HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray());
  }

  @Override
  public Future<?> apply(ClientRequest request, AsyncConnectorCallback callback) {
    try {
      callback.response(apply(request));
    } catch (RuntimeException e) {
      callback.failure(e);
    }
    return CompletableFuture.completedFuture(null);
  }

  private static int millis(Object property) {
    return property instanceof Number n ? n.intValue()
        : property instanceof String s && !s.isBlank() ? Integer.parseInt(s.strip()) : 0;
  }

  @Override
  public String getName() {
    return "java.net.http (HTTP/1.1)";
  }

  @Override
  public void close() {
    // The JDK's client releases its connections when it is no longer reachable (JDK 17 has no close()).
  }
}
