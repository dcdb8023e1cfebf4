package dev.mirrorstub.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.mirrorstub.client.generated.admin.invoker.ApiException;
import dev.mirrorstub.client.generated.admin.model.StubFaultKind;
import dev.mirrorstub.client.generated.admin.model.StubFaultRequest;
import dev.mirrorstub.client.generated.admin.model.StubMirrorChange;
import dev.mirrorstub.client.generated.admin.model.StubState;
import jakarta.ws.rs.ProcessingException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What StubAdminClient adds to the generated admin client (base path, the admin token, typed errors), against a canned HTTP server. */
class StubAdminClientTest {

  private HttpServer server;
  private final List<String> authorizations = new ArrayList<>();
  private final List<String> targets = new ArrayList<>();
  private final List<String> methods = new ArrayList<>();
  private final List<String> bodies = new ArrayList<>();
  private final List<String> cookies = new ArrayList<>();
  private final List<String> framings = new ArrayList<>();

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  /** A server that answers every request alike; {@code header} is pairs of an extra answer header's name and value. */
  private URI serve(int status, String contentType, String body, String... header) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
      cookies.add(exchange.getRequestHeaders().getFirst("Cookie"));
      String chunked = exchange.getRequestHeaders().getFirst("Transfer-Encoding");
      framings.add(chunked != null ? "chunked" : exchange.getRequestHeaders().getFirst("Content-Length"));
      URI uri = exchange.getRequestURI();
      targets.add(uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery());
      methods.add(exchange.getRequestMethod());
      bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", contentType);
      for (int i = 0; i < header.length; i += 2) {
        exchange.getResponseHeaders().set(header[i], header[i + 1]);
      }
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /**
   * Every admin operation goes to the base path (not the document's localhost:8082), with its
   * method, path and query, and the admin token as a Bearer credential.
   */
  @Test
  void everyOperation_connected_goesToTheBasePathWithTheAdminToken() throws Exception {
    URI base = serve(200, "application/json", "{}");
    var admin = StubAdminClient.connect(base, "admin-secret").api();

    admin.resetStub();
    admin.getStubState("c 1");
    admin.replaceStubState(new StubState());
    admin.listCreatedStubMirrors();
    admin.updateStubMirror("c", "l", "m", new StubMirrorChange().lags(List.of(1L, 2L)));
    admin.completeStubTransitions();
    admin.listStubFaults();
    admin.createStubFault(new StubFaultRequest().kind(StubFaultKind.DELAY).delayMs(5L));
    admin.deleteStubFaults();
    admin.listStubRequests("POST", null, null, 204, 3);
    admin.deleteStubRequests();

    assertEquals(List.of("/__admin/reset", "/__admin/state?cluster_id=c%201", "/__admin/state",
        "/__admin/created-mirrors", "/__admin/clusters/c/links/l/mirrors/m", "/__admin/transitions/complete",
        "/__admin/faults", "/__admin/faults", "/__admin/faults", "/__admin/requests?method=POST&status=204&limit=3",
        "/__admin/requests"), targets);
    assertEquals(List.of("POST", "GET", "PUT", "GET", "PATCH", "POST", "GET", "POST", "DELETE", "GET", "DELETE"),
        methods);
    assertTrue(authorizations.stream().allMatch("Bearer admin-secret"::equals), () -> "sent " + authorizations);
    assertEquals("{\"lags\":[1,2]}", bodies.get(4));
    // A body goes with its length, not chunked; a GET has neither.
    assertEquals(String.valueOf(bodies.get(4).length()), framings.get(4));
    assertEquals(Arrays.asList(null, null, null), List.of(1, 3, 6).stream().map(framings::get).toList());
    assertTrue(framings.stream().noneMatch("chunked"::equals), () -> "sent " + framings);
    assertEquals("{\"kind\":\"delay\",\"delay_ms\":5}", bodies.get(7));
  }

  @Test
  void resetStub_withoutToken_sendsNoAuthorizationAndTypesThe401() throws Exception {
    URI base = serve(401, "application/json", "{\"error_code\":401,\"message\":\"token please\"}");
    ApiException e = assertThrows(ApiException.class, () -> new StubAdminClient(base).api().resetStub());
    assertNull(authorizations.get(0));
    assertEquals(401, e.getCode());
    assertEquals(401, StubAdminClient.error(e).orElseThrow().getErrorCode());
    assertEquals("token please", StubAdminClient.error(e).orElseThrow().getMessage());
  }

  /** A stub started without --admin answers as for an unknown path, 404 (not listed for reset): the body is still read. */
  @Test
  void resetStub_adminSwitchedOff404_isReadAsAdminError() throws Exception {
    URI base = serve(404, "application/json", "{\"error_code\":404,\"message\":\"HTTP 404 Not Found\"}");
    ApiException e = assertThrows(ApiException.class,
        () -> StubAdminClient.connect(base, "t").api().resetStub());
    assertEquals(404, e.getCode());
    assertEquals("HTTP 404 Not Found", StubAdminClient.error(e).orElseThrow().getMessage());
  }

  @Test
  void resetStub_htmlErrorPage_hasNoTypedError() throws Exception {
    URI base = serve(502, "text/html", "<html>bad gateway</html>");
    ApiException e = assertThrows(ApiException.class,
        () -> StubAdminClient.connect(base, "t").api().resetStub());
    assertEquals(502, e.getCode());
    assertTrue(StubAdminClient.error(e).isEmpty());
  }

  /** The read timeout of the generated client holds on the connector StubAdminClient puts under it. */
  @Test
  void resetStub_answerSlowerThanTheReadTimeout_failsAtTheTimeout() throws Exception {
    URI base = serve(204, "application/json", "");
    server.removeContext("/");
    CountDownLatch release = new CountDownLatch(1);
    server.createContext("/", exchange -> {
      try {
        release.await(10, TimeUnit.SECONDS);
        exchange.sendResponseHeaders(204, -1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        exchange.close();
      }
    });
    StubAdminClient client = StubAdminClient.connect(base, "t");
    client.setReadTimeout(300);
    long start = System.nanoTime();
    ProcessingException e;
    try {
      e = assertThrows(ProcessingException.class, () -> client.api().resetStub());
    } finally {
      release.countDown();
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    // The server answers only when released, 10 s at the latest: giving up before that, and not
    // before the timeout, is the timeout's doing (no tighter bound: this machine is shared and loaded).
    assertTrue(millis >= 300 && millis < 10_000, () -> "gave up after " + millis + " ms");
    boolean timedOut = false;
    for (Throwable t = e; t != null; t = t.getCause()) {
      timedOut |= t instanceof java.net.SocketTimeoutException;
    }
    assertTrue(timedOut, () -> "not a time-out: " + e);
  }

  /** A 503 is the caller's to handle (a GET is idempotent, and httpclient5 on its own would send it again). */
  @Test
  void listStubFaults_503_isAnsweredOnceNotRetried() throws Exception {
    URI base = serve(503, "application/json", "{\"error_code\":503,\"message\":\"busy\"}", "Retry-After", "0");
    ApiException e = assertThrows(ApiException.class, () -> StubAdminClient.connect(base, "t").api().listStubFaults());
    assertEquals(503, e.getCode());
    assertEquals(List.of("GET"), methods);
  }

  /** A redirect is not followed: the admin token goes to the stub it was given for, and nowhere else. */
  @Test
  void anyOperation_redirect_isNotFollowed() throws Exception {
    URI base = serve(307, "text/plain", "", "Location", "/elsewhere");
    var admin = StubAdminClient.connect(base, "t").api();
    assertEquals(307, assertThrows(ApiException.class, admin::listStubFaults).getCode());
    assertEquals(307, assertThrows(ApiException.class, admin::resetStub).getCode());
    assertEquals(List.of("/__admin/faults", "/__admin/reset"), targets);
  }

  /** A cookie the stub might set is not kept and sent back: each call carries the token and nothing else. */
  @Test
  void listStubFaults_afterSetCookie_sendsNoCookie() throws Exception {
    URI base = serve(200, "application/json", "{}", "Set-Cookie", "session=abc; Path=/");
    var admin = StubAdminClient.connect(base, "t").api();
    admin.listStubFaults();
    admin.listStubFaults();
    assertEquals(Arrays.asList(null, null), cookies);
  }

  @Test
  void connect_withoutToken_isRefusedAtOnce() {
    assertThrows(NullPointerException.class, () -> StubAdminClient.connect(URI.create("http://127.0.0.1:1"), null));
  }
}
