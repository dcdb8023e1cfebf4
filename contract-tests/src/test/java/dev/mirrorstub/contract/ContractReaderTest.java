package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pairing rules on small specs of their own: what pairs, what an operation without a request
 * body makes of its response examples, and that every unpaired or malformed example is reported.
 */
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
            - {name: dry_run, in: query, schema: {type: boolean}}
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
      """ + jsonResponse("4XX", "refused: {x-status: 401, value: {code: 1}}");

  /** An operation without a request body: each response example describes its own request. */
  private static final String READ_TEMPLATE = """
      openapi: 3.0.3
      info: {title: t, version: '1'}
      servers: [{url: 'http://localhost:9'}]
      paths:
        /things/{id}:
          get:
            operationId: readThing
            parameters:
            - {name: id, in: path, required: true, schema: {type: string}, example: a}
            - {name: view, in: query, schema: {type: string}}
            responses:
      %s
      """;

  private static final String GOOD_READS = jsonResponse("'200'",
      "found: {x-contract: {query: {view: full}, volatile: [/at]}, value: {self: 'http://localhost:9/things/a', at: 1}}")
      + jsonResponse("4XX", "missing: {x-status: 404, x-contract: {path: {id: b c}, credentials: out-of-scope}, "
          + "value: {code: 1}}");

  /** A response with a JSON body and these named examples, indented for the templates' responses. */
  private static String jsonResponse(String key, String... examples) {
    StringBuilder yaml = new StringBuilder("""
                %s:
                  description: a response
                  content:
                    application/json:
                      schema: {type: object}
                      examples:
        """.formatted(key));
    for (String example : examples) {
      yaml.append(" ".repeat(16)).append(example).append('\n');
    }
    return yaml.toString();
  }

  private static Contract read(String requests, String responses) {
    return parse(TEMPLATE.formatted(requests, responses));
  }

  private static Contract readWithoutBody(String responses) {
    return parse(READ_TEMPLATE.formatted(responses));
  }

  private static Contract parse(String spec) {
    return parse(spec, Document.API);
  }

  private static Contract parse(String spec, Document document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return Contract.read(new OpenAPIV3Parser().readContents(spec, null, options).getOpenAPI(), document);
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

  @Test
  void read_operationWithoutRequestBody_makesEachResponseExampleACase() {
    Contract contract = readWithoutBody(GOOD_READS);

    assertEquals(List.of(), contract.problems());
    List<Case> cases = contract.cases();
    assertEquals(List.of("readThing 200 found", "readThing 4XX missing"), cases.stream().map(Case::toString).toList());
    Case found = cases.get(0);
    assertEquals("/things/a?view=full", found.target());
    assertNull(found.request().body());
    assertEquals(List.of("/at"), found.response().volatiles());
    assertEquals("http://localhost:9", found.response().serverUrl());
    Case missing = cases.get(1);
    assertEquals("/things/b%20c", missing.target());
    assertNull(missing.rawQuery());
    assertEquals(404, missing.response().status());
    assertEquals(Case.Credentials.OUT_OF_SCOPE, missing.request().credentials());
  }

  @Test
  void read_malformedExampleWithoutRequestBody_isReportedAndNotReplayed() {
    Contract contract = readWithoutBody(GOOD_READS
        .replace("query: {view: full}", "query: {veiw: full}")
        .replace("volatile: [/at]", "volatile: [/gone]")
        .replace("credentials: out-of-scope", "credential: out-of-scope"));

    assertProblem(contract, "x-contract query names 'veiw', which is not a query parameter");
    assertProblem(contract, "volatile /gone is not a JSON pointer to a value of the example");
    assertProblem(contract, "readThing: response example 'missing' (4XX): x-contract key 'credential' is not one of");
    assertEquals(List.of(), contract.cases());
    assertEquals(2, contract.rows().size());
  }

  @Test
  void read_responseWithoutBodyOfAnOperationWithoutRequestBody_isReported() {
    Contract contract = readWithoutBody("""
                '204':
                  description: done
                  x-request-examples: [done]
        """);

    assertProblem(contract, "readThing: response example 'done' (204): an operation without a request body");
    assertTrue(contract.rows().contains(new Coverage.Row("readThing", "204", "done")));
  }

  @Test
  void read_queryOnARequestExample_goesOnTheRequestLine() {
    Contract contract = read(GOOD_REQUESTS.replace("made: {value: {name: x}}",
        "made: {value: {name: x}, x-contract: {query: {dry_run: true}}}"), GOOD_RESPONSES);

    assertEquals(List.of(), contract.problems());
    Case made = contract.cases().get(0);
    assertEquals("/things/a?dry_run=true", made.target());
    assertEquals("{\"name\":\"x\"}", new String(made.request().body(), StandardCharsets.UTF_8));
    assertNull(contract.cases().get(1).rawQuery());
  }

  @Test
  void read_queryOnARequestExampleNamingNoQueryParameter_isReported() {
    Contract contract = read(GOOD_REQUESTS.replace("made: {value: {name: x}}",
        "made: {value: {name: x}, x-contract: {query: {dryrun: true}}}"), GOOD_RESPONSES);

    assertProblem(contract, "createThing: request example 'made': x-contract query names 'dryrun', which is not a query parameter");
    assertEquals(List.of("createThing 4XX refused"), contract.cases().stream().map(Case::toString).toList());
  }

  /** A response without a body of an operation without one: the map form names each request and says how to ask. */
  private static final String NAMED_NO_CONTENT = """
                '204':
                  description: gone
                  x-request-examples:
                    gone:
                      summary: The default thing.
                      description: Nothing to say.
                    gone_elsewhere:
                      x-contract: {path: {id: b}, query: {view: full}, credentials: out-of-scope}
        """;

  @Test
  void read_mapOfRequestsForAResponseWithoutBodyOfAnOperationWithoutOne_makesACaseEach() {
    Contract contract = readWithoutBody(NAMED_NO_CONTENT + GOOD_READS);

    assertEquals(List.of(), contract.problems());
    List<Case> cases = contract.cases();
    assertEquals(List.of("readThing 204 gone", "readThing 204 gone_elsewhere", "readThing 200 found",
        "readThing 4XX missing"), cases.stream().map(Case::toString).toList());
    Case gone = cases.get(0);
    assertEquals("/things/a", gone.target());
    assertEquals(204, gone.response().status());
    assertNull(gone.response().mediaType());
    assertNull(gone.response().value());
    assertNull(gone.request().body());
    assertEquals(Case.Credentials.VALID, gone.request().credentials());
    Case elsewhere = cases.get(1);
    assertEquals("/things/b?view=full", elsewhere.target());
    assertEquals(Case.Credentials.OUT_OF_SCOPE, elsewhere.request().credentials());
    assertTrue(contract.rows().contains(new Coverage.Row("readThing", "204", "gone_elsewhere")));
  }

  @Test
  void read_mapOfRequestsWithVolatileOrUnknownKeys_isReportedAndNotReplayed() {
    Contract contract = readWithoutBody(NAMED_NO_CONTENT
        .replace("credentials: out-of-scope", "volatile: [/at]")
        .replace("summary: The default thing.", "sumary: The default thing."));

    assertProblem(contract, "readThing: response example 'gone_elsewhere' (204): x-contract key 'volatile' is not one of");
    assertProblem(contract, "readThing: response 204 x-request-examples 'gone': [sumary] not one of");
    assertEquals(List.of(), contract.cases());
  }

  @Test
  void read_mapOfRequestsThatIsNotAMapOfMaps_isReported() {
    Contract contract = readWithoutBody("""
                '204':
                  description: gone
                  x-request-examples: {gone: yes}
        """);

    assertProblem(contract, "readThing: response 204 x-request-examples 'gone' must be a map of");
    assertEquals(List.of(), contract.cases());
  }

  @Test
  void read_mapOfRequestsOnAnOperationWithARequestBody_isReported() {
    Contract contract = read(GOOD_REQUESTS, GOOD_RESPONSES.replace("x-request-examples: [made]",
        "x-request-examples: {made: {summary: s}}"));

    assertProblem(contract, "createThing: response 201: the map form of x-request-examples is for operations "
        + "without a request body");
    assertProblem(contract, "request example 'made' is paired with no response");
  }
  /** admin.yaml's vocabulary: {@code before}, {@code credentials: none | invalid | api}, a shared 401 response. */
  private static final String ADMIN_SPEC = """
      openapi: 3.0.3
      info: {title: t, version: '1'}
      paths:
        /__admin/things:
          get:
            operationId: listThings
            responses:
              '200':
                description: the things
                content:
                  application/json:
                    schema: {type: object}
                    examples:
                      after_two:
                        x-contract:
                          credentials: %s
                          before:
                          - {method: POST, path: /api/things, body: {name: x}}
                          - {method: GET, path: /__admin/things}
                        value: {count: 2}
              '401':
                $ref: '#/components/responses/Unauthorized'
          post:
            operationId: addThing
            requestBody:
              content:
                application/json:
                  schema: {type: object}
                  examples:
                    added: {value: {name: y}}
                    no_token: {value: {name: z}%s}
            responses:
              '201':
                description: added
                x-request-examples: [added]
              '401':
                $ref: '#/components/responses/Unauthorized'
      components:
        responses:
          Unauthorized:
            description: no token
            content:
              application/json:
                schema: {type: object}
                examples:
                  no_token:
                    x-contract: {credentials: none}
                    value: {code: 401}
      """;

  @Test
  void read_adminDocument_readsBeforeAndItsCredentials() {
    Contract contract = parse(ADMIN_SPEC.formatted("api", ""), Document.ADMIN);

    assertEquals(List.of(), contract.problems());
    assertEquals(List.of("listThings 200 after_two", "listThings 401 no_token", "addThing 201 added",
        "addThing 401 no_token"), contract.cases().stream().map(Case::toString).toList());
    Case afterTwo = contract.cases().get(0);
    assertEquals(Document.ADMIN, afterTwo.document());
    assertEquals(Case.Credentials.API, afterTwo.request().credentials());
    assertEquals(List.of("POST /api/things", "GET /__admin/things"),
        afterTwo.request().before().stream().map(Case.Before::toString).toList());
    assertEquals(Bodies.tree("{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8)), afterTwo.request().before().get(0).body());
    assertNull(afterTwo.request().before().get(1).body());
    assertEquals(Case.Credentials.NONE, contract.cases().get(1).request().credentials());
    Case addedWithoutToken = contract.cases().get(3);
    assertEquals(Case.Credentials.NONE, addedWithoutToken.request().credentials());
    assertEquals("{\"name\":\"z\"}", new String(addedWithoutToken.request().body(), StandardCharsets.UTF_8));
  }

  @Test
  void read_adminKeysInTheApiDocument_areReported() {
    Contract contract = parse(ADMIN_SPEC.formatted("api", ""), Document.API);

    assertProblem(contract, "listThings: response example 'after_two' (200): x-contract key 'before' is not one of");
    assertProblem(contract, "x-contract credentials 'api' is not one of");
    assertProblem(contract, "addThing: response example 'no_token' (401): x-contract key 'credentials' is not one of");
  }

  @Test
  void read_apiCredentialsInTheAdminDocument_areReported() {
    Contract contract = parse(ADMIN_SPEC.formatted("out-of-scope", ""), Document.ADMIN);

    assertProblem(contract, "listThings: response example 'after_two' (200): x-contract credentials 'out-of-scope' is not one of");
  }

  @Test
  void read_requestExampleGivingOtherCredentialsThanItsSharedResponse_isReported() {
    Contract contract = parse(ADMIN_SPEC.formatted("api", ", x-contract: {credentials: invalid}"), Document.ADMIN);

    assertProblem(contract, "addThing: response example 'no_token' (401): x-contract credentials 'none' differs from its request example's");
    assertTrue(contract.cases().stream().noneMatch(c -> c.toString().equals("addThing 401 no_token")));
  }

  @Test
  void read_malformedBefore_isReported() {
    Contract contract = parse(ADMIN_SPEC.formatted("api", "")
        .replace("{method: GET, path: /__admin/things}", "{method: FETCH, path: /__admin/things}")
        .replace("{method: POST, path: /api/things, body: {name: x}}", "{method: POST, path: api/things, header: x}"),
        Document.ADMIN);

    assertProblem(contract, "before entry {method=FETCH, path=/__admin/things} is not {method: one of");
    assertProblem(contract, "before entry {method=POST, path=api/things, header=x} is not {method: one of");
    assertTrue(contract.cases().stream().noneMatch(c -> c.toString().equals("listThings 200 after_two")));
  }
}
