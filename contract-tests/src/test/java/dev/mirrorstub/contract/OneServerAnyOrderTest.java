package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.StubServer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a person trying the examples one after the other meets (Swagger UI's "Try it out", the
 * README's curl): on ONE server with the embedded default configuration, every documented example
 * gets its documented answer whatever ran before it, the lifecycle's successes included (each object
 * that an example changes is changed by that example alone and read by none: the ownership table of
 * docs/LIFECYCLE-DESIGN.md §4). The exceptions are the successful mirror creates (the two seed
 * examples create the same mirror, so the second one meets "already exists"; they are sent, their
 * answers not checked) and the examples that need a server mode of their own (rate limiting on, a
 * failing back end).
 */
class OneServerAnyOrderTest {

  static Stream<Arguments> orders() {
    List<Case> cases = Contract.spec().stream()
        .filter(c -> c.request().condition() == Case.Condition.NONE)
        .toList();
    List<Case> successesFirst = new ArrayList<>(cases);
    successesFirst.sort((a, b) -> Boolean.compare(!a.response().success(), !b.response().success()));
    return Stream.concat(Stream.of(Arguments.of("successful requests first", successesFirst)),
        ReplayOrders.givenReversedShuffled("spec order", cases));
  }

  /** A successful createKafkaMirrorTopic: the seed examples, which create the same mirror. */
  static boolean isSeedCreate(Case c) {
    return c.operationId().equals("createKafkaMirrorTopic") && c.response().status() == 204;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("orders")
  void everyExample_oneServerInThisOrder_getsItsDocumentedAnswer(String order, List<Case> cases) throws Exception {
    assertTrue(cases.size() > 20, "only " + cases.size() + " examples");
    StubConfig config = StubConfig.embeddedDefault();
    try (StubServer server = StubServer.start("127.0.0.1", 0, config)) {
      List<String> wrong = new ArrayList<>();
      for (Case c : cases) {
        RawHttp.Answer answer = RawHttp.send(c, server.baseUri(), Auth.of(c, config));
        if (isSeedCreate(c)) {
          continue;
        }
        try {
          assertEquals(c.response().status(), answer.status(), "status; body was " + answer.text());
          if (c.response().json()) {
            Bodies.assertJson(c, answer.body(), server.baseUri());
          }
        } catch (AssertionError e) {
          wrong.add(c + ": " + e.getMessage());
        }
      }
      assertEquals(List.of(), wrong, order + ": examples that did not get their documented answer");
    }
  }
}
