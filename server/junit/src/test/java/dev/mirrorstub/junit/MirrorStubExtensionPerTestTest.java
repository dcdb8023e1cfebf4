package dev.mirrorstub.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mirrorstub.client.generated.model.CreateMirrorTopicRequestData;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** In an instance field each test gets a server of its own, so even kept state cannot leak. */
class MirrorStubExtensionPerTestTest {

  @RegisterExtension
  final MirrorStubExtension stub = MirrorStubExtension.builder()
      .cluster("east", c -> c.link("to-west", l -> l.sourceTopic("clicks", 2)))
      .keepStateBetweenTests()
      .build();

  @RepeatedTest(3)
  void createMirror_sameMirrorInEveryTest_succeedsOnItsOwnServer() throws Exception {
    stub.client().clusterLinking().createKafkaMirrorTopic("east", "to-west",
        new CreateMirrorTopicRequestData().sourceTopicName("clicks"));

    assertEquals(1, stub.createdMirrors().size());
  }
}
