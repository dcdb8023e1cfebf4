package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every documented request of every operation of both documents (openapi.yaml, and admin.yaml on a
 * server with the admin API on), sent over real HTTP to a fresh server, gets exactly
 * its documented answer: status, content type, no body where none is documented, the example's body.
 * {@link RawHttp} has already checked the answer against the spec's schema.
 */
class ServerContractTest {

  @TestFactory
  Stream<DynamicTest> operation_documentedRequest_serverAnswersTheDocumentedResponse() {
    return Contract.all().map(c -> dynamicTest(c.toString(), () -> check(c)));
  }

  private static void check(Case c) throws Exception {
    try (StubFixture stub = StubFixture.start(c)) {
      Auth auth = stub.auth();
      StubFixture.Exchange<RawHttp.Answer> exchange =
          stub.exchange(() -> RawHttp.send(c, stub.server.baseUri(), auth), RawHttp.Answer::status);
      RawHttp.Answer answer = exchange.answer();

      assertEquals(c.response().status(), answer.status(), c + ": status; body was " + answer.text());
      Case.Response documented = c.response();
      if (documented.mediaType() == null) {
        assertEquals("", answer.text(), c + ": no body is documented");
      } else {
        assertNotNull(answer.contentType(), c + ": the answer declares no content type");
        assertEquals(Bodies.baseType(documented.mediaType()), Bodies.baseType(answer.contentType()),
            c + ": content type");
        if (documented.json()) {
          Bodies.assertJson(c, answer.body(), stub.server.baseUri());
        } else {
          Bodies.assertTextFromServer(c, answer.text(), c.path());
        }
      }
      stub.assertEffect(exchange);
    }
    Coverage.tick(c, Coverage.Side.SERVER);
  }
}
