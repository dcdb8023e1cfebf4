package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mirrorstub.client.generated.model.CreateMirrorTopicRequestData;
import dev.mirrorstub.junit.MirrorStubExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MirrorSetupTest {

  @RegisterExtension
  static final MirrorStubExtension STUB = MirrorStubExtension.builder()
      .cluster("cluster-1", c -> c.link("link-sb1", l -> l.prefix("link1_").sourceTopic("orders", 3)))
      .basicCredential("my-key", "my-secret")
      .build();

  @Test
  void mirror_knownSourceTopic_createsThePrefixedMirror() {
    MirrorSetup setup = new MirrorSetup(STUB.baseUri(), "my-key", "my-secret");

    assertEquals("created", setup.mirror("cluster-1", "link-sb1", "orders"));
    assertEquals("link1_orders", STUB.createdMirrors().get(0).mirrorTopicName());
  }

  @Test
  void mirror_brokerUnavailable_reportsTheErrorCode() {
    STUB.faults().next(1).serviceUnavailable();
    MirrorSetup setup = new MirrorSetup(STUB.baseUri(), "my-key", "my-secret");

    assertEquals("50302 Broker not available.", setup.mirror("cluster-1", "link-sb1", "orders"));
    assertEquals(0, STUB.createdMirrors().size());
  }

  @Test
  void readyClient_usesTheFirstCredential() throws Exception {
    STUB.client().clusterLinking().createKafkaMirrorTopic("cluster-1", "link-sb1",
        new CreateMirrorTopicRequestData().sourceTopicName("orders"));

    assertEquals(1, STUB.createdMirrors().size());
  }
}
