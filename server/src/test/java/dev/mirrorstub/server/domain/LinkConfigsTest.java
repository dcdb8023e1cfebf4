package dev.mirrorstub.server.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.server.domain.MirrorException.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Link configs: the catalogue and its defaults, sensitive values, the write rules, the all-or-nothing batch. */
class LinkConfigsTest {

  private final Lifecycle lc = new Lifecycle();

  private LinkConfig config(String name) {
    return lc.service.linkConfig("c", "dr", name);
  }

  private static LinkConfig.Change set(String name, String value) {
    return new LinkConfig.Change(name, value, null);
  }

  @Test
  void list_everyCatalogueConfigByName_setOnesDynamic() {
    List<LinkConfig> configs = lc.service.linkConfigs("c", "dr");

    assertEquals(21, configs.size());
    assertEquals("acl.sync.enable", configs.get(0).name());
    assertEquals(new LinkConfig("c", "dr", "acl.sync.enable", "true", false, false, false,
        "DYNAMIC_CLUSTER_LINK_CONFIG"), configs.get(0));
    assertEquals(new LinkConfig("c", "dr", "acl.sync.ms", "5000", true, false, false, "DEFAULT_CONFIG"),
        configs.get(1));
    assertEquals("topic.config.sync.ms", configs.get(20).name());
  }

  @Test
  void get_sensitiveIsEmpty_readOnlyIsMarked_unknownIs404() {
    assertEquals(new LinkConfig("c", "dr", "sasl.jaas.config", "", false, false, true, "DYNAMIC_CLUSTER_LINK_CONFIG"),
        config("sasl.jaas.config"));
    assertTrue(config("num.cluster.link.fetchers").readOnly());
    assertEquals("BIDIRECTIONAL", lc.service.linkConfig("c", "bidi", "link.mode").value());
    assertEquals("w.", lc.service.linkConfig("c", "bidi", "cluster.link.prefix").value());
    lc.assertRefused(Kind.NOT_FOUND, 404, "Config no.such cannot be found for cluster link dr.",
        () -> config("no.such"));
  }

  @Test
  void update_setsTheValue_andReset_bringsTheDefaultBack() {
    lc.service.updateLinkConfig("c", "dr", "consumer.offset.sync.ms", set(null, "60000"));
    assertEquals("60000", config("consumer.offset.sync.ms").value());
    assertEquals("DYNAMIC_CLUSTER_LINK_CONFIG", config("consumer.offset.sync.ms").source());

    lc.service.resetLinkConfig("c", "dr", "consumer.offset.sync.ms");
    lc.service.resetLinkConfig("c", "dr", "acl.sync.ms");
    assertEquals(new LinkConfig("c", "dr", "consumer.offset.sync.ms", "30000", true, false, false, "DEFAULT_CONFIG"),
        config("consumer.offset.sync.ms"));
  }

  @Test
  void update_refusalsInOrder() {
    lc.assertRefused(Kind.BAD_REQUEST, 400, "Payload error. Request body is empty. Data is required.",
        () -> lc.service.updateLinkConfig("c", "dr", "acl.sync.ms", null));
    lc.assertRefused(Kind.BAD_REQUEST, 400, "Payload error. value is required.",
        () -> lc.service.updateLinkConfig("c", "dr", "acl.sync.ms", set(null, null)));
    lc.assertRefused(Kind.NOT_FOUND, 404, "Config no.such cannot be found for cluster link dr.",
        () -> lc.service.updateLinkConfig("c", "dr", "no.such", set(null, "1")));
    lc.assertRefused(Kind.BAD_REQUEST, 40002, "Config 'retry.backoff.ms' of cluster link 'dr' is read-only.",
        () -> lc.service.updateLinkConfig("c", "dr", "retry.backoff.ms", set(null, "x")));
    lc.assertRefused(Kind.BAD_REQUEST, 40002, "Config 'link.mode' of cluster link 'dr' cannot be changed after the"
        + " link is created.", () -> lc.service.updateLinkConfig("c", "dr", "link.mode", set(null, "SOURCE")));
    lc.assertRefused(Kind.BAD_REQUEST, 40002, "Invalid value soon for configuration acl.sync.ms: Not a number of type"
        + " LONG", () -> lc.service.updateLinkConfig("c", "dr", "acl.sync.ms", set(null, "soon")));
    lc.assertRefused(Kind.BAD_REQUEST, 40002, "Invalid value TLS for configuration local.security.protocol: String"
        + " must be one of: PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL", () -> lc.service.alterLinkConfigs("c", "bidi", new LinkConfig.Batch(
        List.of(new LinkConfig.Change("security.protocol", "SSL", "SET"), set("local.security.protocol", "TLS")),
        null), null));
  }

  @Test
  void update_creationOnlyWithItsCurrentValue_changesNothing() {
    lc.service.updateLinkConfig("c", "dr", "link.mode", set(null, "DESTINATION"));
    assertEquals("DEFAULT_CONFIG", config("link.mode").source());
    lc.assertRefused(Kind.BAD_REQUEST, 40002, "Config 'cluster.link.prefix' of cluster link 'bidi' cannot be changed"
        + " after the link is created.", () -> lc.service.resetLinkConfig("c", "bidi", "cluster.link.prefix"));
    lc.assertRefused(Kind.BAD_REQUEST, 40002, "Config 'request.timeout.ms' of cluster link 'dr' is read-only.",
        () -> lc.service.resetLinkConfig("c", "dr", "request.timeout.ms"));
  }

  @Test
  void batch_appliesAllInOrder_orNothing() {
    lc.service.alterLinkConfigs("c", "dr", new LinkConfig.Batch(List.of(set("acl.sync.ms", "1"),
        new LinkConfig.Change("topic.config.sync.ms", "2", "SET"), new LinkConfig.Change("acl.sync.enable", null,
        "DELETE")), null), null);
    assertEquals("1", config("acl.sync.ms").value());
    assertEquals("2", config("topic.config.sync.ms").value());
    assertEquals("false", config("acl.sync.enable").value());

    lc.assertRefused(Kind.BAD_REQUEST, 40002, "Invalid value soon for configuration consumer.offset.sync.ms: Not a"
        + " number of type LONG", () -> lc.service.alterLinkConfigs("c", "dr", new LinkConfig.Batch(
        List.of(set("topic.config.sync.ms", "3"), set("consumer.offset.sync.ms", "soon")), null), null));
    lc.assertRefused(Kind.BAD_REQUEST, 40002, "Unknown config operation 'APPEND' for configuration acl.sync.ms; use"
        + " SET or DELETE.", () -> lc.service.alterLinkConfigs("c", "dr", new LinkConfig.Batch(
        List.of(new LinkConfig.Change("acl.sync.ms", "4", "APPEND")), null), null));
    lc.assertRefused(Kind.BAD_REQUEST, 400, "Payload error. data is required.",
        () -> lc.service.alterLinkConfigs("c", "dr", new LinkConfig.Batch(null, null), null));
    lc.assertRefused(Kind.BAD_REQUEST, 400, "Payload error. data[].name is required.",
        () -> lc.service.alterLinkConfigs("c", "dr", new LinkConfig.Batch(java.util.Arrays.asList(
            (LinkConfig.Change) null), null), null));
  }

  @Test
  void batch_validateOnly_inQueryOrBody_appliesNothing() {
    InMemoryMirrorService.Snapshot before = lc.service.snapshot("c");
    List<LinkConfig.Change> changes = List.of(set("acl.sync.ms", "1"));
    lc.service.alterLinkConfigs("c", "dr", new LinkConfig.Batch(changes, true), null);
    lc.service.alterLinkConfigs("c", "dr", new LinkConfig.Batch(changes, false), true);
    assertEquals(before, lc.service.snapshot("c"));
  }

  @Test
  void configsOutsideTheCatalogue_setAtCreation_areKeptListedAndResettable() {
    lc.service.createLink("c", new CreateLink("n", "src", null, null, null,
        List.of(new CreateMirror.Config("client.id", "me")), null));
    assertEquals(new LinkConfig("c", "n", "client.id", "me", false, false, false, "DYNAMIC_CLUSTER_LINK_CONFIG"),
        lc.service.linkConfig("c", "n", "client.id"));
    assertEquals(22, lc.service.linkConfigs("c", "n").size());
    lc.service.resetLinkConfig("c", "n", "client.id");
    assertEquals(21, lc.service.linkConfigs("c", "n").size());
  }
}
