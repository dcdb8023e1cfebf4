package dev.mirrorstub.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mirrorstub.client.generated.model.CreateMirrorTopicRequestData;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeepStateBetweenTestsTest {

  @RegisterExtension
  static final MirrorStubExtension STUB = MirrorStubExtension.builder()
      .cluster("east", c -> c.link("to-west", l -> l.sourceTopic("clicks", 2).sourceTopic("views", 1)))
      .keepStateBetweenTests()
      .build();

  @Test
  @Order(1)
  void createMirror_firstTest_createsClicks() throws Exception {
    STUB.client().clusterLinking().createKafkaMirrorTopic("east", "to-west",
        new CreateMirrorTopicRequestData().sourceTopicName("clicks"));

    assertEquals(1, STUB.createdMirrors().size());
  }

  @Test
  @Order(2)
  void createdMirrors_secondTest_stillSeesTheFirstTestsMirror() throws Exception {
    STUB.client().clusterLinking().createKafkaMirrorTopic("east", "to-west",
        new CreateMirrorTopicRequestData().sourceTopicName("views"));

    assertEquals(2, STUB.createdMirrors().size());
  }
}
