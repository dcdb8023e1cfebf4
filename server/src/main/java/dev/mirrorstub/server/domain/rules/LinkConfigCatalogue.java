package dev.mirrorstub.server.domain.rules;

import dev.mirrorstub.server.domain.rules.ConfigValues.Type;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The configs that every cluster link has, with Confluent's defaults (docs/LIFECYCLE-DESIGN.md §5).
 * A link may also carry configs outside the catalogue: a link passes client configs through.
 */
public final class LinkConfigCatalogue {

  public static final String PREFIX = "cluster.link.prefix";
  public static final String MODE = "link.mode";

  /** One config: its default, type, allowed values, and whether it is read-only, sensitive, or set only at creation. */
  public record Entry(String name, String defaultValue, Type type, List<String> allowed, boolean readOnly,
                      boolean sensitive, boolean creationOnly) {
  }

  private static final List<String> PROTOCOLS = List.of("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL");
  private static final Map<String, Entry> ENTRIES = new TreeMap<>();

  static {
    plain("acl.sync.enable", "false", Type.BOOLEAN);
    plain("acl.sync.ms", "5000", Type.LONG);
    plain("auto.create.mirror.topics.enable", "false", Type.BOOLEAN);
    plain("bootstrap.servers", "", Type.STRING);
    add(new Entry(PREFIX, "", Type.STRING, List.of(), false, false, true));
    add(new Entry("cluster.link.retry.timeout.ms", "300000", Type.LONG, List.of(), true, false, false));
    add(new Entry("connection.mode", "OUTBOUND", Type.STRING, List.of("OUTBOUND", "INBOUND"), false, false, true));
    plain("consumer.offset.sync.enable", "false", Type.BOOLEAN);
    plain("consumer.offset.sync.ms", "30000", Type.LONG);
    add(new Entry(MODE, "DESTINATION", Type.STRING, List.of("DESTINATION", "SOURCE", "BIDIRECTIONAL"), false, false,
        true));
    add(new Entry("local.sasl.jaas.config", "", Type.PASSWORD, List.of(), false, true, false));
    plain("local.sasl.mechanism", "GSSAPI", Type.STRING);
    add(new Entry("local.security.protocol", "PLAINTEXT", Type.STRING, PROTOCOLS, false, false, false));
    add(new Entry("num.cluster.link.fetchers", "1", Type.INT, List.of(), true, false, false));
    add(new Entry("replica.fetch.max.bytes", "1048576", Type.INT, List.of(), true, false, false));
    add(new Entry("request.timeout.ms", "30000", Type.INT, List.of(), true, false, false));
    add(new Entry("retry.backoff.ms", "100", Type.LONG, List.of(), true, false, false));
    add(new Entry("sasl.jaas.config", "", Type.PASSWORD, List.of(), false, true, false));
    plain("sasl.mechanism", "GSSAPI", Type.STRING);
    add(new Entry("security.protocol", "PLAINTEXT", Type.STRING, PROTOCOLS, false, false, false));
    plain("topic.config.sync.ms", "5000", Type.LONG);
  }

  private LinkConfigCatalogue() {
  }

  private static void plain(String name, String defaultValue, Type type) {
    add(new Entry(name, defaultValue, type, List.of(), false, false, false));
  }

  private static void add(Entry e) {
    ENTRIES.put(e.name(), e);
  }

  /** The entry of that name, or null for a config outside the catalogue. */
  public static Entry entry(String name) {
    return ENTRIES.get(name);
  }

  /** Every entry, by name. */
  public static Iterable<Entry> entries() {
    return ENTRIES.values();
  }

  /** Throws Kafka's wording when {@code value} does not fit the config (configs outside the catalogue take any). */
  public static void checkValue(String name, String value) {
    Entry e = ENTRIES.get(name);
    if (e != null) {
      ConfigValues.check(name, value, e.type(), e.allowed());
    }
  }
}
