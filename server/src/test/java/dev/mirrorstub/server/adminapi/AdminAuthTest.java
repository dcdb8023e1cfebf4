package dev.mirrorstub.server.adminapi;

import static dev.mirrorstub.server.HttpTestSupport.json;
import static dev.mirrorstub.server.HttpTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirrorstub.server.HttpTestSupport;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The admin API takes its token only; the API's credentials are refused there, and the token by the API. */
class AdminAuthTest {

  @RegisterExtension
  static final AdminServerExtension STUB = new AdminServerExtension();

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"POST, /__admin/reset", "GET, /__admin/state", "PUT, /__admin/state", "GET, /__admin/created-mirrors",
      "PATCH, /__admin/clusters/cluster-1/links/link-sb1/mirrors/link1_orders", "POST, /__admin/transitions/complete",
      "GET, /__admin/faults", "POST, /__admin/faults", "DELETE, /__admin/faults", "GET, /__admin/requests",
      "DELETE, /__admin/requests", "GET, /__admin/no-such-operation"})
  void adminOperation_withoutTheAdminToken_is401AndChangesNothing(String method, String path) {
    String body = method.equals("GET") || method.equals("DELETE") ? null : "{\"clusters\": []}";
    STUB.admin("POST", "/__admin/faults", "{\"kind\": \"delay\", \"delay_ms\": 0}");
    JsonNode state = STUB.state();
    JsonNode faults = json(STUB.admin("GET", "/__admin/faults", null));

    for (String authorization : new String[] {null, "Bearer wrong", AdminTestSupport.API,
        HttpTestSupport.basic("cloud-only-key", "cloud-only-secret"), "Bearer stub-token", "stub-admin-token",
        "Basic " + java.util.Base64.getEncoder().encodeToString("x:stub-admin-token".getBytes())}) {
      HttpResponse<byte[]> r = STUB.call(method, path, authorization, null, body);

      assertEquals(401, r.statusCode(), authorization + ": " + text(r));
      assertEquals(401, json(r).get("error_code").asInt());
      assertTrue(json(r).get("message").asText().contains("Bearer <admin.token>"), text(r));
      assertEquals("Bearer realm=\"mirror-stub-admin\"", r.headers().firstValue("WWW-Authenticate").orElseThrow());
    }
    assertEquals(state, STUB.state());
    assertEquals(faults, json(STUB.admin("GET", "/__admin/faults", null)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/kafka/v3/clusters/cluster-1/links", "/kafka/v3/clusters/cluster-1/links/link-sb1/mirrors",
      "/no-such-path"})
  void api_withTheAdminToken_getsTheApisOwn401(String path) {
    HttpResponse<byte[]> withToken = STUB.call("GET", path, AdminTestSupport.ADMIN, null, null);
    HttpResponse<byte[]> without = STUB.call("GET", path, null, null, null);

    assertEquals(401, withToken.statusCode());
    assertEquals(json(without), json(withToken));
    assertEquals(40101, json(withToken).get("error_code").asInt());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/__admin;x=1/faults", "/__admin;/state", "/%5F%5Fadmin/faults", "/__admin%2Ffaults",
      "/./__admin/faults", "/kafka/../__admin/faults", "//__admin/faults"})
  void pathThatOnlyDecodesToTheAdminApi_withAnApiCredential_neverReachesIt(String path) {
    HttpResponse<byte[]> r = STUB.call("GET", path, AdminTestSupport.API, null, null);

    assertTrue(r.statusCode() == 401 || r.statusCode() == 404 || r.statusCode() == 400, path + ": " + text(r));
  }

  @Test
  void adminPathThatLeadsOutOfIt_withTheAdminToken_doesNotReachTheApi() {
    HttpResponse<byte[]> r = STUB.call("GET", "/__admin/../kafka/v3/clusters/cluster-1/links",
        AdminTestSupport.ADMIN, null, null);

    assertTrue(r.statusCode() == 404 || r.statusCode() == 400, text(r));
  }

  @Test
  void adminToken_inAnotherCase_orWithSpaces_isAccepted() {
    assertEquals(200, STUB.call("GET", "/__admin/faults", "bearer   stub-admin-token ", null, null)
        .statusCode());
  }

  @Test
  void unknownAdminPath_withTheToken_is404WithTheErrorBody() {
    HttpResponse<byte[]> r = STUB.admin("GET", "/__admin/no-such-operation", null);

    assertEquals(404, r.statusCode());
    assertEquals(404, json(r).get("error_code").asInt());
  }
}
