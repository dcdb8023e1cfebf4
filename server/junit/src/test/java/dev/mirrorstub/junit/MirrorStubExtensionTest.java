package dev.mirrorstub.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.client.MirrorApiClient;
import dev.mirrorstub.client.MirrorApiErrors;
import dev.mirrorstub.client.generated.invoker.ApiException;
import dev.mirrorstub.client.generated.model.CreateMirrorTopicRequestData;
import dev.mirrorstub.server.domain.MirrorTopic;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One server for the class; each test starts from the configured state. */
class MirrorStubExtensionTest {

  @RegisterExtension
  static final MirrorStubExtension STUB = MirrorStubExtension.builder()
      .cluster("east", c -> c.link("to-west", l -> l
          .prefix("w_")
          .sourceTopic("clicks", 4)
          .sourceTopic("views", 1)
          .existingMirror("views")))
      .bearerCredential("east-token")
      .faultInjection()
      .build();

  private static URI classServer;

  @BeforeAll
  static void rememberTheServer() {
    classServer = STUB.baseUri();
  }

  private static void createClicks() throws ApiException {
    STUB.client().clusterLinking().createKafkaMirrorTopic("east", "to-west",
        new CreateMirrorTopicRequestData().sourceTopicName("clicks"));
  }

  @Test
  void baseUri_duringTheClass_isALoopbackAddressWithAFreePort() {
    assertEquals("127.0.0.1", STUB.baseUri().getHost());
    assertNotEquals(0, STUB.baseUri().getPort());
    assertEquals(classServer, STUB.baseUri());
  }

  @Test
  void client_firstCredentialIsABearerToken_authenticatesWithIt() throws Exception {
    createClicks();

    List<MirrorTopic> created = STUB.createdMirrors();
    assertEquals(1, created.size());
    assertEquals("w_clicks", created.get(0).mirrorTopicName());
    assertEquals(4, created.get(0).partitions());
  }

  @Test
  void createdMirrors_inEveryTest_startsEmptyAgainBecauseOfTheReset() throws Exception {
    assertTrue(STUB.createdMirrors().isEmpty());
    createClicks();
    assertEquals(1, STUB.createdMirrors().size());
  }

  @Test
  void mirrors_afterACreate_listsTheConfiguredMirrorThenTheCreatedOne() throws Exception {
    createClicks();

    assertEquals(List.of("w_views", "w_clicks"),
        STUB.mirrors("east").stream().map(MirrorTopic::mirrorTopicName).toList());
  }

  @Test
  void faults_armedInAnEarlierTest_areDisarmed() throws Exception {
    assertEquals(0, STUB.faults().calls());
    createClicks();

    STUB.faults().everyCall().serviceUnavailable();

    ApiException e = assertThrows(ApiException.class, MirrorStubExtensionTest::createClicks);
    assertEquals(503, e.getCode());
    assertEquals(50302, MirrorApiErrors.errorCode(e).orElseThrow());
  }

  @Test
  void reset_withinATest_dropsCreatedMirrorsAndFaults() throws Exception {
    createClicks();
    STUB.faults().everyCall().internalError();

    STUB.reset();

    assertTrue(STUB.createdMirrors().isEmpty());
    assertEquals(1, STUB.mirrors("east").size());
    createClicks();
  }

  @Test
  void client_wrongCredentials_get401() {
    MirrorApiClient wrong = MirrorApiClient.bearer(STUB.baseUri(), "not-the-token");

    ApiException e = assertThrows(ApiException.class, () -> wrong.clusterLinking()
        .createKafkaMirrorTopic("east", "to-west", new CreateMirrorTopicRequestData().sourceTopicName("clicks")));
    assertEquals(401, e.getCode());
  }

  @Test
  void startupTime_afterStart_isKnown() {
    assertTrue(STUB.startupTime().toNanos() > 0);
  }

  @Nested
  class InANestedClass {
    @Test
    void baseUri_inANestedClass_isTheOuterClassServer() throws Exception {
      assertEquals(classServer, STUB.baseUri());
      assertTrue(STUB.createdMirrors().isEmpty());
      createClicks();
    }
  }
}
