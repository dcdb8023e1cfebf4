package dev.mirrorstub.server.hostile;

import static dev.mirrorstub.server.hostile.HostileRequestCorpusTest.MAX_BODY;
import static dev.mirrorstub.server.hostile.HostileRequestCorpusTest.error;
import static dev.mirrorstub.server.hostile.HostileRequestCorpusTest.padded;
import static dev.mirrorstub.server.hostile.HostileRequestCorpusTest.quoted;
import static dev.mirrorstub.server.hostile.Stub.BIDI_LINK;
import static dev.mirrorstub.server.hostile.Stub.LIFE;
import static dev.mirrorstub.server.hostile.Stub.LIFE_LINK;
import static dev.mirrorstub.server.hostile.Stub.REDOS_LINK;
import static dev.mirrorstub.server.hostile.Stub.alterPath;
import static dev.mirrorstub.server.hostile.Stub.configsPath;
import static dev.mirrorstub.server.hostile.Stub.linkPath;
import static dev.mirrorstub.server.hostile.Stub.linksPath;
import static dev.mirrorstub.server.hostile.Stub.topicPath;

import dev.mirrorstub.server.hostile.HostileRequestCorpusTest.Case;
import dev.mirrorstub.server.hostile.HostileRequestCorpusTest.Expect;
import dev.mirrorstub.server.hostile.HostileRequestCorpusTest.Kind;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The corpus's cases for the lifecycle operations (links, link configs, the config batch, every
 * link's mirrors, the seven {@code mirrors:<op>}, deleting a topic), on the cluster {@code life} of
 * {@link Stub}. Each is refused with its documented status and error_code, or, for an alter
 * operation, answered 200 with an error on every item; none changes anything.
 */
final class LifecycleCorpus {

  static final List<String> OPERATIONS = List.of("pause", "resume", "promote", "failover",
      "reverse-and-start-mirror", "reverse-and-pause-mirror", "truncate-and-restore");

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String PAUSE = alterPath(LIFE, LIFE_LINK, "pause");
  private static final String CONFIGS = configsPath(LIFE, LIFE_LINK);
  private static final String BATCH = CONFIGS + ":alter";
  private static final String NEW_LINK = linksPath(LIFE) + "?link_name=new-link";
  private static final String SOURCE = "\"source_cluster_id\":\"elsewhere\"";

  private LifecycleCorpus() {
  }

  /** The body of an alter operation, on pause (the seven share their reader and their rules). */
  static void alterBodies(List<Case> c) {
    String p = "pause: ";
    send(c, p + "names is a string", "POST", PAUSE, "{\"mirror_topic_names\":\"l.active\"}", error(400, 400));
    send(c, p + "names is a number", "POST", PAUSE, "{\"mirror_topic_names\":5}", error(400, 400));
    send(c, p + "names is an object", "POST", PAUSE, "{\"mirror_topic_names\":{\"n\":\"l.active\"}}", error(400, 400));
    send(c, p + "names is a boolean", "POST", PAUSE, "{\"mirror_topic_names\":true}", error(400, 400));
    send(c, p + "a null among the names", "POST", PAUSE, "{\"mirror_topic_names\":[\"l.active\",null]}", error(400, 400));
    send(c, p + "only null names", "POST", PAUSE, "{\"mirror_topic_names\":[null,null]}", error(400, 400));
    send(c, p + "a name is a number", "POST", PAUSE, "{\"mirror_topic_names\":[1]}", error(400, 400));
    send(c, p + "a name is an object", "POST", PAUSE, "{\"mirror_topic_names\":[{\"name\":\"l.active\"}]}",
        error(400, 400));
    send(c, p + "a name is an array", "POST", PAUSE, "{\"mirror_topic_names\":[[\"l.active\"]]}", error(400, 400));
    send(c, p + "pattern is a number", "POST", PAUSE, "{\"mirror_topic_name_pattern\":5}", error(400, 400));
    send(c, p + "pattern is an array", "POST", PAUSE, "{\"mirror_topic_name_pattern\":[\"l.*\"]}", error(400, 400));
    for (String pattern : List.of("(", "[", "\\\\", "*", "a{2,1}", "(?<n", "\\\\p{Bogus}", "a{99999999999}", ")")) {
      send(c, p + "pattern " + pattern, "POST", PAUSE, "{\"mirror_topic_name_pattern\":\"" + pattern + "\"}",
          error(400, 400));
    }
    send(c, p + "pattern of 1,001 characters", "POST", PAUSE, pattern("a".repeat(1_001)), error(400, 400));
    send(c, p + "pattern of 500,000 characters", "POST", PAUSE, pattern("a".repeat(500_000)), error(400, 400));
    send(c, p + "pattern of 3,000 nested groups", "POST", PAUSE, pattern("(".repeat(3_000) + ")".repeat(3_000)),
        error(400, 400));
    String redos = alterPath(LIFE, REDOS_LINK, "pause");
    // java.util.regex stops these backtracking early (JDK 9+): answered at once, matching nothing.
    for (String pattern : List.of("(a+)+$", "(a|a?)+$", "(a+a+)+$", "(?:a+)+$", "(a|a)*$", "(\\\\w+\\\\w+)+$")) {
      send(c, "pause: backtracking pattern " + pattern + " on a long name, cut short by the JDK", "POST", redos,
          pattern(pattern), items(0, 0));
    }
    // These it does not: the stub's budget of character reads refuses them (NamePattern).
    for (String pattern : List.of("((a+)+)+$", "(.*a){20}$", "(.*a){30}", "(.*){1,32000}[bc]",
        "(?:".repeat(100) + "a" + ")*".repeat(100), "(".repeat(100) + "a|b" + ")*".repeat(100))) {
      send(c, "pause: catastrophic pattern " + abbreviate(pattern) + " on a long name", "POST", redos,
          pattern(pattern), error(400, 400));
    }
    send(c, p + "names and pattern", "POST", PAUSE,
        "{\"mirror_topic_names\":[\"l.active\"],\"mirror_topic_name_pattern\":\"l.*\"}", error(400, 400));
    send(c, p + "unknown field", "POST", PAUSE, "{\"mirror_topic_names\":[\"l.active\"],\"force\":true}",
        error(422, 422));
    send(c, p + "unknown field only", "POST", PAUSE, "{\"x\":1}", error(422, 422));
    send(c, p + "malformed JSON", "POST", PAUSE, "{\"mirror_topic_names\":[\"l.active\"", error(400, 400));
    send(c, p + "root is an array", "POST", PAUSE, "[\"l.active\"]", error(400, 400));
    send(c, p + "root is a string", "POST", PAUSE, "\"l.active\"", error(400, 400));
    send(c, p + "10,000 nested arrays", "POST", PAUSE, "{\"mirror_topic_names\":" + "[".repeat(10_000)
        + "]".repeat(10_000) + "}", error(400, 400));
    send(c, p + "empty body (read as {}, selects nothing)", "POST", PAUSE, "", items(0, 0));
    send(c, p + "empty object selects nothing", "POST", PAUSE, "{}", items(0, 0));
    send(c, p + "null names select nothing", "POST", PAUSE, "{\"mirror_topic_names\":null}", items(0, 0));
    send(c, p + "pattern matching nothing", "POST", PAUSE, pattern("nothing-.*"), items(0, 0));
    send(c, p + "an unknown topic", "POST", PAUSE, names("no-such-topic"), items(1, 404));
    send(c, p + "a 10 KB name", "POST", PAUSE, names("n".repeat(10_240)), items(1, 404));
    send(c, p + "an empty name", "POST", PAUSE, names(""), items(1, 404));
    send(c, p + "names with a slash, dot-dot, NUL", "POST", PAUSE,
        "{\"mirror_topic_names\":[\"l/active\",\"..\",\"l.act\\u0000ive\"]}", items(3, 404));
    send(c, p + "10,000 unknown names", "POST", PAUSE, names(numbered(10_000)), items(10_000, 404));
    send(c, p + "100,000 unknown names", "POST", PAUSE, names(numbered(100_000)), items(100_000, 404));
    send(c, p + "100,000 copies of one unknown name, answered once", "POST", PAUSE,
        names(Collections.nCopies(100_000, "x")), items(1, 404));
    send(c, p + "a duplicate already paused, answered once", "POST", PAUSE, names("l.paused", "l.paused"),
        items(1, 400));
    send(c, p + "a regular topic", "POST", PAUSE, names("life-plain"), items(1, 400));
    send(c, p + "a mirror of another link", "POST", PAUSE, names("bidi-active"), items(1, 400));
    send(c, p + "a stopped mirror", "POST", PAUSE, names("l.stopped"), items(1, 400));
    send(c, p + "validate_only=true, duplicates answered once", "POST", PAUSE + "?validate_only=true",
        names("l.active", "l.active"), items(1, 0));
    send(c, p + "validate_only=maybe is refused, not read as false", "POST", PAUSE + "?validate_only=maybe",
        names("l.paused"), error(400, 400));
    send(c, p + "validate_only=TRUE is a dry run", "POST", PAUSE + "?validate_only=TRUE",
        names("l.active"), items(1, 0));
    sendBytes(c, p + "a body of exactly the limit", "POST", PAUSE, padded(names("no-such-topic"), MAX_BODY), items(1, 404));
    sendBytes(c, p + "a body one byte over the limit", "POST", PAUSE, padded("{}", MAX_BODY + 1), error(413, 413));
    send(c, "resume: an active mirror", "POST", alterPath(LIFE, LIFE_LINK, "resume"), names("l.active"),
        items(1, 400));
    send(c, "promote: a lagging mirror", "POST", alterPath(LIFE, LIFE_LINK, "promote"), names("l.lagging"),
        items(1, 400));
    send(c, "promote: a failed mirror", "POST", alterPath(LIFE, LIFE_LINK, "promote"), names("l.failed"),
        items(1, 400));
    send(c, "failover: a stopped mirror, by pattern", "POST", alterPath(LIFE, LIFE_LINK, "failover"),
        pattern("l\\\\.stop.*"), items(1, 400));
    send(c, "reverse-and-start-mirror: a link that is not BIDIRECTIONAL", "POST",
        alterPath(LIFE, LIFE_LINK, "reverse-and-start-mirror"), names("l.active"), items(1, 400));
    send(c, "truncate-and-restore: a link that is not BIDIRECTIONAL", "POST",
        alterPath(LIFE, LIFE_LINK, "truncate-and-restore"), names("life-plain"), items(1, 400));
    send(c, "truncate-and-restore: an active mirror", "POST",
        alterPath(LIFE, BIDI_LINK, "truncate-and-restore") + "?include_partition_level_truncation_data=maybe",
        names("bidi-active"), error(400, 400));
  }

  /** What every one of the seven refuses the same way. */
  static void alterOnEveryOperation(List<Case> c) {
    for (String op : OPERATIONS) {
      String path = alterPath(LIFE, LIFE_LINK, op);
      String p = op + " (each operation): ";
      send(c, p + "names is a string", "POST", path, "{\"mirror_topic_names\":\"l.active\"}", error(400, 400));
      send(c, p + "a null name", "POST", path, "{\"mirror_topic_names\":[null]}", error(400, 400));
      send(c, p + "pattern (", "POST", path, pattern("("), error(400, 400));
      // Restore matches the topics that the remote cluster mirrors: the bidirectional link has a long one.
      send(c, p + "catastrophic pattern", "POST", alterPath(LIFE, op.equals("truncate-and-restore") ? BIDI_LINK
          : REDOS_LINK, op), pattern("((a+)+)+$"), error(400, 400));
      send(c, p + "names and pattern", "POST", path, "{\"mirror_topic_names\":[\"x\"],\"mirror_topic_name_pattern\":\"x\"}",
          error(400, 400));
      send(c, p + "unknown field", "POST", path, "{\"names\":[\"l.active\"]}", error(422, 422));
      send(c, p + "malformed JSON", "POST", path, "{\"mirror_topic_names\":", error(400, 400));
      send(c, p + "unknown link", "POST", alterPath(LIFE, "no-such-link", op), names("l.active"), error(404, 404));
      send(c, p + "unknown cluster", "POST", alterPath("no-such-cluster", LIFE_LINK, op), names("l.active"),
          error(404, 404));
      send(c, p + "10,000 unknown names", "POST", path, names(numbered(10_000)), items(10_000, 404));
      send(c, p + "validate_only=1 (not a boolean)", "POST", path + "?validate_only=1", names("no-such-topic"),
          error(400, 400));
      send(c, p + "validate_only=true on an unknown topic", "POST", path + "?validate_only=true", names("no-such-topic"),
          items(1, 404));
      c.add(new Case(p + "Content-Type text/plain", base -> Stub.send(HTTP, Stub.request(base, "POST", path,
          names("l.active")).setHeader("Content-Type", "text/plain").build()), error(415, 415)));
      sendBytes(c, p + "body over the limit", "POST", path, padded(names("l.active"), MAX_BODY + 1), error(413, 413));
    }
    send(c, "unknown operation mirrors:bogus", "POST", alterPath(LIFE, LIFE_LINK, "bogus"), "{}", error(404, 404));
  }

  static void createLink(List<Case> c) {
    String body = "{" + SOURCE + "}";
    String links = linksPath(LIFE);
    send(c, "createKafkaLink: no link_name", "POST", links, body, error(400, 40002));
    send(c, "createKafkaLink: empty link_name", "POST", links + "?link_name=", body, error(400, 40002));
    send(c, "createKafkaLink: link_name ..", "POST", links + "?link_name=..", body, error(400, 40002));
    send(c, "createKafkaLink: link_name of 201 characters", "POST", links + "?link_name=" + "l".repeat(201), body,
        error(400, 40002));
    send(c, "createKafkaLink: link_name of 10 KB", "POST", links + "?link_name=" + "l".repeat(10_240), body,
        error(400, 40002));
    for (String name : List.of("a%2Fb", "a%20b", "a%00b", "l%C3%A9", "a*b", "%2E%2E%2F")) {
      send(c, "createKafkaLink: illegal link_name " + name, "POST", links + "?link_name=" + name, body,
          error(400, 40002));
    }
    send(c, "createKafkaLink: link_name taken", "POST", links + "?link_name=" + LIFE_LINK, body, error(400, 40002));
    link(c, "no source_cluster_id", "{}", error(400, 40002));
    link(c, "source_cluster_id is a number", "{\"source_cluster_id\":5}", error(400, 400));
    link(c, "source_cluster_id is an array", "{\"source_cluster_id\":[\"a\"]}", error(400, 400));
    link(c, "a link to itself", "{\"source_cluster_id\":\"life\"}", error(400, 40002));
    link(c, "BIDIRECTIONAL without remote_cluster_id", configs("link.mode", quoted("BIDIRECTIONAL")),
        error(400, 40002));
    link(c, "a prefix taken", configs("cluster.link.prefix", quoted("l.")), error(400, 40002));
    link(c, "a boolean config of maybe", configs("acl.sync.enable", quoted("maybe")), error(400, 40002));
    link(c, "a LONG config of 1e3", configs("acl.sync.ms", quoted("1e3")), error(400, 40002));
    link(c, "a LONG config of 20 digits", configs("acl.sync.ms", quoted("9".repeat(20))), error(400, 40002));
    link(c, "an unknown link.mode", configs("link.mode", quoted("SIDEWAYS")), error(400, 40002));
    link(c, "an unknown security.protocol", configs("security.protocol", quoted("TLS")), error(400, 40002));
    link(c, "a read-only config", configs("retry.backoff.ms", quoted("5")), error(400, 40002));
    link(c, "a null config value", configs("acl.sync.enable", "null"), error(400, 40002));
    link(c, "a number config value", configs("acl.sync.enable", "1"), error(400, 400));
    link(c, "a boolean config value", configs("acl.sync.enable", "true"), error(400, 400));
    link(c, "an object config value", configs("acl.sync.enable", "{}"), error(400, 400));
    link(c, "a config without a name", "{" + SOURCE + ",\"configs\":[{\"value\":\"true\"}]}", error(400, 400));
    link(c, "a null config", "{" + SOURCE + ",\"configs\":[null]}", error(400, 400));
    link(c, "configs is a string", "{" + SOURCE + ",\"configs\":\"acl.sync.enable=true\"}", error(400, 400));
    link(c, "a config with an unknown field", "{" + SOURCE
        + ",\"configs\":[{\"name\":\"acl.sync.enable\",\"value\":\"true\",\"x\":1}]}", error(422, 422));
    link(c, "10,000 configs, the last one refused", "{" + SOURCE + ",\"configs\":[" + String.join(",",
        Collections.nCopies(9_999, "{\"name\":\"acl.sync.enable\",\"value\":\"true\"}"))
        + ",{\"name\":\"acl.sync.enable\",\"value\":\"maybe\"}]}", error(400, 40002));
    link(c, "an unknown field", "{" + SOURCE + ",\"link_name\":\"x\"}", error(422, 422));
    link(c, "malformed JSON", "{" + SOURCE, error(400, 400));
    link(c, "root is an array", "[]", error(400, 400));
    send(c, "createKafkaLink: validate_only=maybe is refused", "POST",
        NEW_LINK + "&validate_only=maybe", "{}", error(400, 400));
    c.add(new Case("createKafkaLink: Content-Type text/plain", base -> Stub.send(HTTP, Stub.request(base, "POST",
        NEW_LINK, "{" + SOURCE + "}").setHeader("Content-Type", "text/plain").build()), error(415, 415)));
    sendBytes(c, "createKafkaLink: body over the limit", "POST", NEW_LINK, padded("{" + SOURCE + "}", MAX_BODY + 1),
        error(413, 413));
    send(c, "createKafkaLink: unknown cluster", "POST", linksPath("no-such-cluster") + "?link_name=x",
        "{" + SOURCE + "}", error(404, 404));
  }

  static void linkConfigs(List<Case> c) {
    String one = CONFIGS + "/acl.sync.enable";
    for (String[] v : new String[][] {{"null", "400"}, {"5", "400"}, {"true", "400"}, {"{}", "400"},
        {"[\"true\"]", "400"}, {"\"maybe\"", "40002"}, {"\"\"", "40002"}, {"\"" + "t".repeat(100_000) + "\"", "40002"}}) {
      send(c, "updateKafkaLinkConfig: value " + abbreviate(v[0]), "PUT", one, "{\"value\":" + v[0] + "}",
          error(400, Integer.parseInt(v[1])));
    }
    send(c, "updateKafkaLinkConfig: a LONG of 20 digits", "PUT", CONFIGS + "/acl.sync.ms",
        "{\"value\":\"99999999999999999999\"}", error(400, 40002));
    send(c, "updateKafkaLinkConfig: an unknown config", "PUT", CONFIGS + "/no.such.config", "{\"value\":\"1\"}",
        error(404, 404));
    send(c, "updateKafkaLinkConfig: a 10 KB config name", "PUT", CONFIGS + "/" + "c".repeat(10_240),
        "{\"value\":\"1\"}", error(404, 404));
    send(c, "updateKafkaLinkConfig: an encoded slash in the name", "PUT", CONFIGS + "/acl.sync%2Fenable",
        "{\"value\":\"true\"}", error(404, 404));
    send(c, "updateKafkaLinkConfig: a read-only config", "PUT", CONFIGS + "/retry.backoff.ms", "{\"value\":\"5\"}",
        error(400, 40002));
    send(c, "updateKafkaLinkConfig: link.mode changed", "PUT", CONFIGS + "/link.mode", "{\"value\":\"SOURCE\"}",
        error(400, 40002));
    send(c, "updateKafkaLinkConfig: cluster.link.prefix changed", "PUT", CONFIGS + "/cluster.link.prefix",
        "{\"value\":\"x.\"}", error(400, 40002));
    send(c, "updateKafkaLinkConfig: empty body", "PUT", one, "", error(400, 400));
    send(c, "updateKafkaLinkConfig: no value", "PUT", one, "{}", error(400, 400));
    send(c, "updateKafkaLinkConfig: an unknown field", "PUT", one, "{\"value\":\"true\",\"name\":\"x\"}",
        error(422, 422));
    send(c, "updateKafkaLinkConfig: malformed JSON", "PUT", one, "{\"value\":", error(400, 400));
    sendBytes(c, "updateKafkaLinkConfig: body over the limit", "PUT", one, padded("{\"value\":\"true\"}", MAX_BODY + 1),
        error(413, 413));
    c.add(new Case("updateKafkaLinkConfig: Content-Type text/plain", base -> Stub.send(HTTP, Stub.request(base,
        "PUT", one, "{\"value\":\"true\"}").setHeader("Content-Type", "text/plain").build()), error(415, 415)));
    send(c, "updateKafkaLinkConfig: unknown link", "PUT", configsPath(LIFE, "no-such-link") + "/acl.sync.enable",
        "{\"value\":\"true\"}", error(404, 404));
    send(c, "getKafkaLinkConfigs: an unknown config", "GET", CONFIGS + "/no.such.config", null, error(404, 404));
    send(c, "deleteKafkaLinkConfig: an unknown config", "DELETE", CONFIGS + "/no.such.config", null, error(404, 404));
    send(c, "deleteKafkaLinkConfig: a read-only config", "DELETE", CONFIGS + "/retry.backoff.ms", null,
        error(400, 40002));
    send(c, "deleteKafkaLinkConfig: cluster.link.prefix (creation-only, set)", "DELETE",
        CONFIGS + "/cluster.link.prefix", null, error(400, 40002));
    send(c, "listKafkaLinkConfigs: unknown link", "GET", configsPath(LIFE, "no-such-link"), null, error(404, 404));
    send(c, "listKafkaLinkConfigs: unknown cluster", "GET", configsPath("no-such-cluster", LIFE_LINK), null,
        error(404, 404));
  }

  static void configBatch(List<Case> c) {
    String ok = "{\"name\":\"acl.sync.enable\",\"value\":\"true\"}";
    batch(c, "an unknown operation", "{\"data\":[{\"name\":\"acl.sync.enable\",\"value\":\"true\",\"operation\":\"FROB\"}]}",
        error(400, 40002));
    batch(c, "a null entry", "{\"data\":[" + ok + ",null]}", error(400, 400));
    batch(c, "an entry without a name", "{\"data\":[{\"value\":\"true\"}]}", error(400, 400));
    batch(c, "data is null", "{\"data\":null}", error(400, 400));
    batch(c, "data is missing", "{}", error(400, 400));
    batch(c, "data is a string", "{\"data\":\"acl.sync.enable=true\"}", error(400, 400));
    batch(c, "data is an object", "{\"data\":" + ok + "}", error(400, 400));
    batch(c, "a value is a number", "{\"data\":[{\"name\":\"acl.sync.enable\",\"value\":1}]}", error(400, 400));
    batch(c, "an operation is a number", "{\"data\":[{\"name\":\"acl.sync.enable\",\"operation\":1}]}",
        error(400, 400));
    batch(c, "validate_only in the body is maybe", "{\"data\":[" + ok + "],\"validate_only\":\"maybe\"}",
        error(400, 400));
    batch(c, "a valid entry, then a refused one (nothing applied)", "{\"data\":[" + ok
        + ",{\"name\":\"acl.sync.ms\",\"value\":\"soon\"}]}", error(400, 40002));
    batch(c, "10,000 valid entries, then an unknown config", "{\"data\":[" + String.join(",",
        Collections.nCopies(10_000, ok)) + ",{\"name\":\"no.such.config\",\"value\":\"1\"}]}", error(404, 404));
    batch(c, "10,000 valid entries, then a read-only config", "{\"data\":[" + String.join(",",
        Collections.nCopies(10_000, ok)) + ",{\"name\":\"retry.backoff.ms\",\"value\":\"1\"}]}", error(400, 40002));
    batch(c, "a creation-only config changed", "{\"data\":[{\"name\":\"link.mode\",\"value\":\"SOURCE\"}]}",
        error(400, 40002));
    batch(c, "an unknown field", "{\"data\":[" + ok + "],\"force\":true}", error(422, 422));
    batch(c, "empty body", "", error(400, 400));
    batch(c, "malformed JSON", "{\"data\":[", error(400, 400));
    sendBytes(c, "updateKafkaLinkConfigBatch: body over the limit", "PUT", BATCH, padded("{\"data\":[]}", MAX_BODY + 1),
        error(413, 413));
    c.add(new Case("updateKafkaLinkConfigBatch: Content-Type text/plain", base -> Stub.send(HTTP, Stub.request(base,
        "PUT", BATCH, "{\"data\":[]}").setHeader("Content-Type", "text/plain").build()), error(415, 415)));
    send(c, "updateKafkaLinkConfigBatch: unknown link", "PUT", configsPath(LIFE, "no-such-link") + ":alter",
        "{\"data\":[" + ok + "]}", error(404, 404));
  }

  static void readsAndDeletes(List<Case> c) {
    String all = linkPath(LIFE, "-") + "/mirrors";
    for (String status : List.of("bogus", "active", "", "STOPPED,ACTIVE", "x".repeat(10_240))) {
      send(c, "listKafkaMirrorTopics: mirror_status=" + abbreviate(status), "GET", all + "?mirror_status=" + status,
          null, error(400, 400));
    }
    send(c, "listKafkaMirrorTopicsUnderLink: mirror_status=bogus", "GET", linkPath(LIFE, LIFE_LINK)
        + "/mirrors?mirror_status=bogus", null, error(400, 400));
    send(c, "listKafkaMirrorTopics: unknown cluster", "GET", linkPath("no-such-cluster", "-") + "/mirrors", null,
        error(404, 404));
    send(c, "listKafkaLinks: unknown cluster", "GET", linksPath("no-such-cluster"), null, error(404, 404));
    send(c, "getKafkaLink: unknown link", "GET", linkPath(LIFE, "no-such-link"), null, error(404, 404));
    send(c, "getKafkaLink: a 10 KB link name", "GET", linkPath(LIFE, "l".repeat(10_240)), null, error(404, 404));
    send(c, "getKafkaLink: include_tasks=maybe", "GET", linkPath(LIFE, LIFE_LINK) + "?include_tasks=maybe", null,
        error(400, 400));
    send(c, "readKafkaMirrorTopic: include_state_transition_errors=maybe", "GET", linkPath(LIFE, LIFE_LINK)
        + "/mirrors/l.failed?include_state_transition_errors=maybe", null, error(400, 400));
    send(c, "deleteKafkaLink: unknown link", "DELETE", linkPath(LIFE, "no-such-link"), null, error(404, 404));
    send(c, "deleteKafkaLink: live mirrors", "DELETE", linkPath(LIFE, LIFE_LINK), null, error(403, 403));
    send(c, "deleteKafkaLink: live mirrors?force=false", "DELETE", linkPath(LIFE, LIFE_LINK) + "?force=false", null,
        error(403, 403));
    for (String query : List.of("?force=1", "?force=yes", "?force=maybe", "?force=", "?validate_only=maybe")) {
      send(c, "deleteKafkaLink: not a boolean" + query, "DELETE", linkPath(LIFE, LIFE_LINK) + query, null,
          error(400, 400));
    }
    for (String topic : List.of("l.active%2Fx", "..", "%2E%2E", "l.active%00", "t".repeat(10_240),
        "no-such-topic", "L.ACTIVE", "l.active%20")) {
      send(c, "deleteKafkaTopic: " + abbreviate(topic), "DELETE", topicPath(LIFE, topic), null, error(404, 40403));
    }
    send(c, "deleteKafkaTopic: unknown cluster", "DELETE", topicPath("no-such-cluster", "l.active"), null,
        error(404, 404));
    send(c, "deleteKafkaTopic: no topic name", "DELETE", topicPath(LIFE, ""), null, error(404, 404));
  }

  /** Every method but the documented ones on every new path: 405 naming them; HEAD of a GET path is a GET. */
  static void methods(List<Case> c) {
    String link = linkPath(LIFE, LIFE_LINK);
    List<String[]> paths = new java.util.ArrayList<>(List.of(new String[] {linksPath(LIFE), "GET,POST"},
        new String[] {link, "GET,DELETE"}, new String[] {CONFIGS, "GET"},
        new String[] {CONFIGS + "/acl.sync.enable", "GET,PUT,DELETE"}, new String[] {BATCH, "PUT"},
        new String[] {linkPath(LIFE, "-") + "/mirrors", "GET"}, new String[] {topicPath(LIFE, "l.active"), "DELETE"}));
    OPERATIONS.forEach(op -> paths.add(new String[] {alterPath(LIFE, LIFE_LINK, op), "POST"}));
    for (String[] p : paths) {
      List<String> allowed = List.of(p[1].split(","));
      for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD")) {
        if (allowed.contains(method)) {
          continue;
        }
        String name = "method " + method + " on " + p[0].substring(p[0].indexOf("/links") >= 0
            ? p[0].indexOf("/links") : p[0].indexOf("/topics"));
        if (method.equals("HEAD")) {
          Expect head = allowed.contains("GET") ? new Expect(Kind.HEAD_NO_BODY, 200, 0)
              : new Expect(Kind.HEAD_NO_BODY, 405, 0);
          send(c, name, method, p[0], null, head);
        } else if (!(method.equals("POST") && p[0].endsWith("/-/mirrors"))) {
          send(c, name, method, p[0], "{}", new Expect(Kind.NOT_ALLOWED, 405, 405, -1, p[1]));
        }
      }
    }
  }

  private static void link(List<Case> c, String name, String body, Expect expect) {
    send(c, "createKafkaLink: " + name, "POST", NEW_LINK, body, expect);
  }

  private static void batch(List<Case> c, String name, String body, Expect expect) {
    send(c, "updateKafkaLinkConfigBatch: " + name, "PUT", BATCH, body, expect);
  }

  private static void send(List<Case> c, String name, String method, String path, String json, Expect expect) {
    c.add(new Case(name, base -> Stub.send(HTTP, Stub.request(base, method, path, json).build()), expect));
  }

  private static void sendBytes(List<Case> c, String name, String method, String path, byte[] body, Expect expect) {
    c.add(new Case(name, base -> Stub.send(HTTP, Stub.request(base, method, path, null)
        .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build()), expect));
  }

  private static Expect items(int count, int errorCode) {
    return new Expect(Kind.ITEMS, 200, errorCode, count, null);
  }

  private static String configs(String name, String rawValue) {
    return "{" + SOURCE + ",\"configs\":[{\"name\":\"" + name + "\",\"value\":" + rawValue + "}]}";
  }

  private static String pattern(String pattern) {
    return "{\"mirror_topic_name_pattern\":\"" + pattern + "\"}";
  }

  private static String names(String... names) {
    return names(List.of(names));
  }

  private static String names(List<String> names) {
    return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(",", "{\"mirror_topic_names\":[", "]}"));
  }

  private static List<String> numbered(int n) {
    return IntStream.range(0, n).mapToObj(i -> "n" + i).toList();
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "... (" + s.length() + " characters)";
  }
}
