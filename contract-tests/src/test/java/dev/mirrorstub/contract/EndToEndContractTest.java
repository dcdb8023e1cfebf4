package dev.mirrorstub.contract;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The generated client against the real server, for every documented request of every operation of both
 * documents (admin.yaml's on a server with the admin API on, one fresh server per case): the documented answer
 * arrives through the client as documented, every answer conforms to the spec, and only a
 * successful request changes the server's state (by the mirror it asked for).
 */
class EndToEndContractTest {

  @TestFactory
  Stream<DynamicTest> operation_documentedRequest_clientGetsTheDocumentedAnswerFromTheServer() {
    return Contract.all().map(c -> dynamicTest(c.toString(), () -> check(c)));
  }

  private static void check(Case c) throws Exception {
    try (StubFixture stub = StubFixture.start(c)) {
      Auth auth = stub.auth();
      StubFixture.Exchange<ClientCall.Outcome> exchange = stub.exchange(
          () -> ClientCall.call(c, stub.server.baseUri(), auth, true), ClientCall.Outcome::status);
      ClientCall.assertSurfaced(c, exchange.answer(), stub.server.baseUri(), text -> Bodies.assertTextFromServer(c, text, c.path()));
      stub.assertEffect(exchange);
    }
    Coverage.tick(c, Coverage.Side.END_TO_END);
  }
}
