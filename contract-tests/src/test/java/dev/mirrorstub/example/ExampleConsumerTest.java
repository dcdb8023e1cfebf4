package dev.mirrorstub.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.client.MirrorApiClient;
import dev.mirrorstub.client.MirrorApiErrors;
import dev.mirrorstub.client.ResilientMirrorClient;
import dev.mirrorstub.client.RetryPolicy;
import dev.mirrorstub.client.generated.invoker.ApiException;
import dev.mirrorstub.example.MirrorTopicProvisioner.ProvisioningException;
import dev.mirrorstub.junit.MirrorStubExtension;
import dev.mirrorstub.server.domain.MirrorTopic;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How a consuming service tests its use of the API: the stub in-process, faults on demand. The one
 * test dependency it needs:
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>dev.mirrorstub</groupId>
 *   <artifactId>mirror-stub-junit</artifactId>
 *   <version>0.1.0-SNAPSHOT</version>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 */
class ExampleConsumerTest {

  @RegisterExtension
  static final MirrorStubExtension STUB = MirrorStubExtension.builder()
      .cluster("orders-dc", cluster -> cluster
          .link("from-primary", link -> link.prefix("primary.").sourceTopic("orders", 6).sourceTopic("refunds", 2)))
      .basicCredential("orders-service-key", "orders-service-secret")
      .bearerCredential("orders-service-token")
      .faultInjection()
      .build();

  /** The production policy, with its waits shrunk so the test does not sleep for seconds. */
  private static final RetryPolicy FAST = RetryPolicy.DEFAULT.withBackoff(Duration.ofMillis(5), Duration.ofMillis(20));

  private static MirrorTopicProvisioner provisioner(MirrorApiClient api) {
    return new MirrorTopicProvisioner(ResilientMirrorClient.builder(api).policy(FAST).build(), "orders-dc",
        "from-primary");
  }

  private static MirrorTopicProvisioner withApiKey() {
    return provisioner(MirrorApiClient.basic(STUB.baseUri(), "orders-service-key", "orders-service-secret"));
  }

  private static List<String> createdMirrors() {
    return STUB.createdMirrors().stream().map(MirrorTopic::mirrorTopicName).toList();
  }

  @Test
  void provision_productionWiringWithApiKey_createsThePrefixedMirror() {
    MirrorTopicProvisioner.withApiKey(STUB.baseUri(), "orders-service-key", "orders-service-secret",
        "orders-dc", "from-primary").provision("orders");

    assertEquals(List.of("primary.orders"), createdMirrors());
  }

  @Test
  void provision_productionWiringWithBearerToken_createsThePrefixedMirror() {
    MirrorTopicProvisioner.withToken(STUB.baseUri(), "orders-service-token", "orders-dc", "from-primary")
        .provision("refunds");

    assertEquals(List.of("primary.refunds"), createdMirrors());
  }

  @Test
  void provision_brokerUnavailableTwice_retriesAndCreates() {
    STUB.faults().next(2).serviceUnavailable();

    withApiKey().provision("orders");

    assertEquals(3, STUB.faults().calls());
    assertEquals(List.of("primary.orders"), createdMirrors());
  }

  @Test
  void provision_rateLimited_retriesAndCreates() {
    STUB.faults().next(1).tooManyRequests();

    withApiKey().provision("orders");

    assertEquals(2, STUB.faults().calls());
    assertEquals(List.of("primary.orders"), createdMirrors());
  }

  @Test
  void provision_answerLostAfterTheMirrorWasCreated_succeedsWithOneMirror() {
    STUB.faults().next(1).afterProcessing().internalError();

    withApiKey().provision("orders");

    assertEquals(2, STUB.faults().calls());
    assertEquals(List.of("primary.orders"), createdMirrors());
  }

  @Test
  void provision_brokerUnavailableForGood_givesUpWithKafkaRestsReason() {
    STUB.faults().everyCall().serviceUnavailable();

    ProvisioningException e = assertThrows(ProvisioningException.class, () -> withApiKey().provision("orders"));

    assertEquals(FAST.maxAttempts(), STUB.faults().calls());
    assertEquals(50302, MirrorApiErrors.errorCode(assertInstanceOf(ApiException.class, e.getCause())).orElseThrow());
    assertTrue(createdMirrors().isEmpty());
  }

  @Test
  void provision_unknownSourceTopic_failsAtOnceWith40403() {
    ProvisioningException e = assertThrows(ProvisioningException.class, () -> withApiKey().provision("no-such-topic"));

    assertEquals(1, STUB.faults().calls());
    assertEquals(40403, MirrorApiErrors.errorCode((ApiException) e.getCause()).orElseThrow());
    assertTrue(e.getMessage().startsWith("cannot mirror no-such-topic over from-primary: 40403 "), e.getMessage());
  }

  @Test
  void provision_wrongSecret_failsAtOnceWith401() {
    MirrorTopicProvisioner wrong = provisioner(MirrorApiClient.basic(STUB.baseUri(), "orders-service-key", "oops"));

    ProvisioningException e = assertThrows(ProvisioningException.class, () -> wrong.provision("orders"));

    assertEquals(1, STUB.faults().calls());
    assertEquals(401, ((ApiException) e.getCause()).getCode());
  }
}
