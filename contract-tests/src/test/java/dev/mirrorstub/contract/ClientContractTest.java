package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.mirrorstub.server.config.StubConfig;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The generated client (the API's, or the admin API's for admin.yaml), called with each documented request against a replay stub that serves the
 * documented response, surfaces it as documented: 2xx returns the example as its typed model (or
 * nothing where no body is documented), an error is an {@code ApiException} with the documented
 * status and the example as its typed error.
 */
class ClientContractTest {

  @TestFactory
  Stream<DynamicTest> operation_documentedResponse_clientSurfacesItAsDocumented() {
    return Contract.all().map(c -> dynamicTest(c.toString(), () -> check(c)));
  }

  private static void check(Case c) throws Exception {
    try (ReplayStub stub = ReplayStub.serve(c)) {
      Auth auth = Auth.of(c, StubConfig.embeddedDefault());
      ClientCall.Outcome outcome = ClientCall.call(c, stub.baseUri(), auth, false);

      List<ReplayStub.Received> received = stub.received();
      assertEquals(1, received.size(), c + ": requests the client sent");
      ReplayStub.Received request = received.get(0);
      assertEquals(c.method(), request.method(), c + ": method");
      assertEquals(c.path(), request.rawPath(), c + ": path");
      assertEquals(c.rawQuery(), request.rawQuery(), c + ": query");
      assertEquals(auth.header(), request.authorization(), c + ": the credentials the client sent");
      if (c.request().body() == null) {
        assertArrayEquals(new byte[0], request.body(), c + ": an operation without a request body sent one");
      } else if (c.request().exactBytes()) {
        assertArrayEquals(c.request().body(), request.body(), c + ": the example's bytes");
      } else {
        assertEquals(Bodies.tree(c.request().body()), Bodies.tree(request.body()), c + ": the request the client sent");
      }
      ClientCall.assertSurfaced(c, outcome, stub.baseUri(), text -> Bodies.assertTextExact(c, text));
    }
    Coverage.tick(c, Coverage.Side.CLIENT);
  }
}
