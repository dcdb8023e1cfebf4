package dev.mirrorstub.server.hostile;

import static dev.mirrorstub.server.hostile.Stub.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.server.domain.MirrorTopic;
import dev.mirrorstub.server.StubServer;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A few thousand randomly mutated request bodies, for createKafkaMirrorTopic and for the lifecycle
 * operations that take a body (the seven {@code mirrors:<op>}, createKafkaLink, updateKafkaLinkConfig,
 * the config batch). Whatever arrives: no 5xx, no hang, the error body for every refusal, and the
 * state changes only by what the answer says was done. The seed is random unless
 * {@code -Dhostile.seed=N} is given, and every failure message names it.
 */
class RandomMutationTest {

  private static final int CASES = Integer.getInteger("hostile.cases", 3_000);
  private static final int LIFECYCLE_CASES = Integer.getInteger("hostile.lifecycleCases", 3_000);

  private static final List<String> SEEDS = List.of(
      "{\"source_topic_name\":\"gamma\",\"mirror_topic_name\":\"w.gamma\",\"replication_factor\":3,"
          + "\"configs\":[{\"name\":\"preallocate\",\"value\":\"true\"},{\"name\":\"min.insync.replicas\",\"value\":\"2\"}]}",
      "{\"source_topic_name\":\"s1\"}",
      "{\"source_topic_name\":\"s2\",\"replication_factor\":-1,\"configs\":[]}",
      "{\"configs\":[{\"value\":null,\"name\":\"flush.ms\"}],\"source_topic_name\":\"s3\",\"replication_factor\":1}");

  private static final Pattern VALUE = Pattern.compile(":\\s*(\"[^\"]*\"|-?\\d+|true|false|null|\\[\\]|\\{\\})");
  private static final Pattern KEY = Pattern.compile("\"([a-z_]+)\"\\s*:");
  private static final byte[] PALETTE = "{}[]:,\"\\ \t\n0123456789-+.eEtrufalsn_abcxyz/".getBytes(StandardCharsets.US_ASCII);

  @Test
  @Timeout(300)
  void createMirror_randomlyMutatedBodies_neverFailTheServerNorChangeItsState() throws Exception {
    long seed = Long.getLong("hostile.seed", new Random().nextLong());
    Random random = new Random(seed);
    Map<Integer, Integer> statuses = new TreeMap<>();
    HttpClient http = HttpClient.newHttpClient();
    StubConfig config = Stub.config();
    InMemoryMirrorService mirrors = new InMemoryMirrorService(config);
    try (StubServer server = Stub.start(config, mirrors)) {
      for (int i = 0; i < CASES; i++) {
        byte[] body = mutate(random, SEEDS.get(random.nextInt(SEEDS.size())).getBytes(StandardCharsets.UTF_8));
        String where = "seed " + seed + " (-Dhostile.seed=" + seed + "), case " + i + ", body " + show(body);
        List<MirrorTopic> before = mirrors.mirrors(Stub.CLUSTER);

        Reply reply;
        try {
          reply = Stub.send(http, Stub.post(server.baseUri(), Stub.mirrorsPath(), basic(), "")
              .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        } catch (Exception e) {
          throw new AssertionError(where + ": no answer: " + e, e);
        }

        statuses.merge(reply.status(), 1, Integer::sum);
        List<MirrorTopic> after = mirrors.mirrors(Stub.CLUSTER);
        assertTrue(reply.status() < 500, () -> where + ": " + reply);
        if (reply.status() == 204) {
          assertEquals(before.size() + 1, after.size(), () -> where + ": a 204 must add one mirror");
          assertEquals(before, after.subList(0, before.size()), () -> where + ": a 204 changed other mirrors");
        } else {
          try {
            Stub.errorBody(reply);
          } catch (AssertionError e) {
            throw new AssertionError(where + ": " + e.getMessage(), e);
          }
          assertEquals(before, after, () -> where + ": a refused request changed the state");
        }
      }
    }
    System.out.printf("Random mutations: seed %d, %d cases, statuses %s%n", seed, CASES, statuses);
  }

  @Test
  @Timeout(300)
  void lifecycleOperations_randomlyMutatedBodies_neverFailTheServerAndChangeOnlyWhatTheyAccept() throws Exception {
    long seed = Long.getLong("hostile.seed", new Random().nextLong());
    System.out.printf("Random lifecycle mutations: seed %d%n", seed);
    Random random = new Random(seed);
    Map<String, Integer> statuses = new TreeMap<>();
    HttpClient http = HttpClient.newHttpClient();
    StubConfig config = Stub.config(0);
    InMemoryMirrorService mirrors = new InMemoryMirrorService(config);
    try (StubServer server = Stub.start(config, mirrors)) {
      for (int i = 0; i < LIFECYCLE_CASES; i++) {
        LifecycleMutations.Request request = LifecycleMutations.next(random, i);
        String where = "seed " + seed + " (-Dhostile.seed=" + seed + "), case " + i + ", " + request.method() + " "
            + request.path() + ", body " + show(request.body());
        var before = Stub.state(mirrors);

        Reply reply;
        try {
          reply = Stub.send(http, Stub.request(server.baseUri(), request.method(), request.path(), "")
              .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body())).build());
        } catch (Exception e) {
          throw new AssertionError(where + ": no answer: " + e, e);
        }

        statuses.merge(request.family() + " " + reply.status(), 1, Integer::sum);
        assertTrue(reply.status() < 500, () -> where + ": " + reply);
        try {
          LifecycleMutations.assertChangedOnlyWhatItAccepted(request, reply, before, Stub.state(mirrors));
        } catch (AssertionError e) {
          throw new AssertionError(where + ": " + e.getMessage(), e);
        }
      }
    }
    System.out.printf("Random lifecycle mutations: seed %d, %d cases, statuses %s%n", seed, LIFECYCLE_CASES, statuses);
  }

  static byte[] mutate(Random random, byte[] seed) {
    byte[] body = seed;
    int rounds = 1 + random.nextInt(3);
    for (int r = 0; r < rounds; r++) {
      body = switch (random.nextInt(9)) {
        case 0 -> delete(random, body);
        case 1 -> insert(random, body, randomBytes(random, 1 + random.nextInt(8)));
        case 2 -> replaceByte(random, body);
        case 3 -> duplicateSlice(random, body);
        case 4 -> body.length == 0 ? body : java.util.Arrays.copyOf(body, random.nextInt(body.length));
        case 5 -> replaceValue(random, body);
        case 6 -> renameKey(random, body);
        case 7 -> nest(random, body);
        default -> insert(random, body, utf8(hugeString(random)));
      };
    }
    return body;
  }

  private static byte[] delete(Random random, byte[] body) {
    if (body.length == 0) {
      return body;
    }
    int from = random.nextInt(body.length);
    int to = Math.min(body.length, from + 1 + random.nextInt(6));
    return concat(java.util.Arrays.copyOfRange(body, 0, from), java.util.Arrays.copyOfRange(body, to, body.length));
  }

  private static byte[] insert(Random random, byte[] body, byte[] bytes) {
    int at = random.nextInt(body.length + 1);
    return concat(java.util.Arrays.copyOfRange(body, 0, at), bytes, java.util.Arrays.copyOfRange(body, at, body.length));
  }

  private static byte[] replaceByte(Random random, byte[] body) {
    if (body.length == 0) {
      return body;
    }
    byte[] copy = body.clone();
    copy[random.nextInt(copy.length)] = randomBytes(random, 1)[0];
    return copy;
  }

  private static byte[] duplicateSlice(Random random, byte[] body) {
    if (body.length == 0) {
      return body;
    }
    int from = random.nextInt(body.length);
    int to = Math.min(body.length, from + 1 + random.nextInt(40));
    return insert(random, body, java.util.Arrays.copyOfRange(body, from, to));
  }

  /** A JSON value swapped for one of another type, an edge number, or a deep or huge one. */
  private static byte[] replaceValue(Random random, byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    int[] span = randomGroupSpan(random, VALUE, text);
    if (span == null) {
      return body;
    }
    String[] values = {"0", "-1", "1", "2147483647", "2147483648", "-2147483649", "1.5", "3.0", "1e309", "-0",
        "\"\"", "\"3\"", "\"true\"", "true", "false", "null", "[]", "{}", "[null]", "[{}]", "{\"name\":1}",
        "\"" + hugeString(random) + "\"", "[".repeat(1 + random.nextInt(3_000)), "\"\\u0000\"", "\"\\ud800\"",
        "9".repeat(1 + random.nextInt(2_000))};
    return utf8(text.substring(0, span[0]) + values[random.nextInt(values.length)] + text.substring(span[1]));
  }

  /** Where group 1 of one match of {@code pattern}, picked at random, stands in {@code text}; null if none. */
  private static int[] randomGroupSpan(Random random, java.util.regex.Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    List<int[]> spans = new java.util.ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(1), m.end(1)});
    }
    return spans.isEmpty() ? null : spans.get(random.nextInt(spans.size()));
  }

  private static byte[] renameKey(Random random, byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    int[] span = randomGroupSpan(random, KEY, text);
    if (span == null) {
      return body;
    }
    String[] keys = {"source_topic_name", "mirror_topic_name", "replication_factor", "configs", "name", "value",
        "Source_Topic_Name", "", "source topic name", "partitions", "mirror_topic_names", "mirror_topic_name_pattern",
        "data", "operation", "validate_only", "source_cluster_id", "remote_cluster_id", "cluster_link_id"};
    return utf8(text.substring(0, span[0]) + keys[random.nextInt(keys.length)] + text.substring(span[1]));
  }

  private static byte[] nest(Random random, byte[] body) {
    int depth = 1 + random.nextInt(random.nextBoolean() ? 10 : 12_000);
    String open = random.nextBoolean() ? "[" : "{\"a\":";
    String close = open.equals("[") ? "]" : "}";
    return concat(utf8(open.repeat(depth)), body, utf8(close.repeat(depth)));
  }

  private static String hugeString(Random random) {
    int length = random.nextBoolean() ? random.nextInt(300) : random.nextInt(120_000);
    char c = (char) ('a' + random.nextInt(26));
    return String.valueOf(c).repeat(length);
  }

  private static byte[] randomBytes(Random random, int n) {
    byte[] bytes = new byte[n];
    for (int i = 0; i < n; i++) {
      bytes[i] = random.nextInt(4) == 0 ? (byte) random.nextInt(256) : PALETTE[random.nextInt(PALETTE.length)];
    }
    return bytes;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String show(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).replace("\n", "\\n").replace("\r", "\\r");
    return body.length + " bytes: " + (text.length() > 400 ? text.substring(0, 400) + "..." : text);
  }
}
