package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pairing rules on small specs of their own: what pairs, and that every unpaired example is reported. */
class ContractReaderTest {

  private static final String TEMPLATE = """
      openapi: 3.0.3
      info: {title: t, version: '1'}
      paths:
        /things/{id}:
          post:
            operationId: createThing
            parameters:
            - {name: id, in: path, required: true, schema: {type: string}, example: a}
            requestBody:
              content:
                application/json:
                  schema: {type: object}
                  examples:
      %s
            responses:
      %s
      """;

  private static final String GOOD_REQUESTS = """
                    made: {value: {name: x}}
                    refused: {value: {name: ''}, x-contract: {credentials: invalid, path: {id: b}}}
      """;

  private static final String GOOD_RESPONSES = """
              '201':
                description: made
                x-request-examples: [made]
              4XX:
                description: refused
                content:
                  application/json:
                    schema: {type: object}
                    examples:
                      refused: {x-status: 401, value: {code: 1}}
      """;

  private static Contract read(String requests, String responses) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return Contract.read(new OpenAPIV3Parser().readContents(TEMPLATE.formatted(requests, responses), null, options)
        .getOpenAPI());
  }

  private static void assertProblem(Contract contract, String expected) {
    assertTrue(contract.problems().stream().anyMatch(p -> p.contains(expected)),
        () -> "expected a problem containing \"" + expected + "\" in " + contract.problems());
  }

  @Test
  void read_pairedExamples_formOneCaseEach() {
    Contract contract = read(GOOD_REQUESTS, GOOD_RESPONSES);

    assertEquals(List.of(), contract.problems());
    List<Case> cases = contract.cases();
    assertEquals(List.of("createThing 201 made", "createThing 4XX refused"),
        cases.stream().map(Case::toString).toList());
    Case made = cases.get(0);
    assertEquals("/things/a", made.path());
    assertEquals(201, made.response().status());
    assertEquals("{\"name\":\"x\"}", new String(made.request().body(), StandardCharsets.UTF_8));
    Case refused = cases.get(1);
    assertEquals(401, refused.response().status());
    assertEquals("/things/b", refused.path());
    assertEquals(Case.Credentials.INVALID, refused.request().credentials());
    assertEquals(2, contract.rows().size());
  }

  @Test
  void read_responseExampleWithoutRequest_isReported() {
    Contract contract = read(GOOD_REQUESTS, GOOD_RESPONSES.replace("x-request-examples: [made]",
        "x-request-examples: [made, lost]"));

    assertProblem(contract, "response example 'lost' (201) has no request example of that name");
    assertTrue(contract.rows().contains(new Coverage.Row("createThing", "201", "lost")));
  }

  @Test
  void read_requestExampleWithoutResponse_isReported() {
    Contract contract = read(GOOD_REQUESTS + "              orphan: {value: {name: y}}\n", GOOD_RESPONSES);

    assertProblem(contract, "request example 'orphan' is paired with no response");
    assertTrue(contract.rows().contains(new Coverage.Row("createThing", Contract.UNPAIRED, "orphan")));
  }

  @Test
  void read_unknownContractKey_isReported() {
    Contract contract = read(GOOD_REQUESTS.replace("credentials: invalid", "credential: invalid"), GOOD_RESPONSES);

    assertProblem(contract, "x-contract key 'credential' is not one of");
  }

  @Test
  void read_rangeResponseWithoutExactStatus_isReported() {
    Contract contract = read(GOOD_REQUESTS, GOOD_RESPONSES.replace("x-status: 401, ", ""));

    assertProblem(contract, "needs x-status");
  }

  @Test
  void read_exactStatusOutsideItsRange_isReported() {
    Contract contract = read(GOOD_REQUESTS, GOOD_RESPONSES.replace("x-status: 401", "x-status: 500"));

    assertProblem(contract, "needs x-status");
  }

  @Test
  void read_responseWithoutBodyOrRequestExamples_isReported() {
    Contract contract = read(GOOD_REQUESTS, GOOD_RESPONSES.replace("x-request-examples: [made]", ""));

    assertProblem(contract, "response 201 documents neither a body nor x-request-examples");
  }

  @Test
  void read_bodyBytes_padsTheValueToThatSize() {
    Contract contract = read(GOOD_REQUESTS.replace("made: {value: {name: x}}",
        "made: {value: {name: x}, x-contract: {body-bytes: 40}}"), GOOD_RESPONSES);

    Case.Request made = contract.cases().get(0).request();
    assertEquals(40, made.body().length);
    assertEquals(Bodies.tree(made.value()), Bodies.tree(made.body()));
    assertTrue(made.exactBytes());
  }
}
