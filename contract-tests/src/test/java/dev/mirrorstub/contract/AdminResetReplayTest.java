package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.server.StubServer;
import dev.mirrorstub.server.config.StubConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a test suite that shares one stub meets: on ONE server with the admin API on, every admin.yaml
 * example, sent after a reset (the documented request of admin.yaml's successful {@code resetStub}
 * example) and its own {@code before} requests, gets its documented answer (status, no body where
 * none is documented, the example's body), whatever ran before it. {@link ServerContractTest} starts
 * a fresh server per example; this shows that a reset brings back everything an example depends on,
 * the parts the admin API does not show as well (the next fault and journal ids, the created mirrors).
 */
class AdminResetReplayTest {

  static Stream<Arguments> orders() {
    return ReplayOrders.givenReversedShuffled("spec order", Contract.admin().cases());
  }

  /** admin.yaml's successful reset example, whose request (not its {@code before}) resets the stub. */
  static Case reset() {
    List<Case> resets = Contract.admin().stream()
        .filter(c -> c.operationId().equals("resetStub") && c.response().success()).toList();
    assertEquals(1, resets.size(), "admin.yaml's successful resetStub examples: " + resets);
    return resets.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("orders")
  void everyAdminExample_oneServerResetBeforeEach_getsItsDocumentedAnswer(String order, List<Case> cases)
      throws Exception {
    assertTrue(cases.size() > 20, "only " + cases.size() + " admin examples");
    Case reset = reset();
    StubConfig config = StubFixture.adminConfig();
    try (StubServer server = StubServer.start("127.0.0.1", 0, config)) {
      List<String> wrong = new ArrayList<>();
      for (Case c : cases) {
        RawHttp.Answer resetAnswer = RawHttp.send(reset, server.baseUri(), Auth.of(reset, config));
        assertEquals(reset.response().status(), resetAnswer.status(), c + ": the reset before it; body was "
            + resetAnswer.text());
        StubFixture.sendBefore(c, server.baseUri(), config);
        RawHttp.Answer answer = RawHttp.send(c, server.baseUri(), Auth.of(c, config));
        try {
          assertEquals(c.response().status(), answer.status(), "status; body was " + answer.text());
          if (c.response().mediaType() == null) {
            assertEquals("", answer.text(), "no body is documented");
          } else if (c.response().json()) {
            Bodies.assertJson(c, answer.body(), server.baseUri());
          } else {
            Bodies.assertTextFromServer(c, answer.text(), c.path());
          }
        } catch (AssertionError e) {
          wrong.add(c + ": " + e.getMessage());
        }
      }
      assertEquals(List.of(), wrong, order + ": admin examples that did not get their documented answer");
    }
  }
}
