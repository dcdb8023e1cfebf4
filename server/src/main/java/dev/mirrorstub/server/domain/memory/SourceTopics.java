package dev.mirrorstub.server.domain.memory;

import dev.mirrorstub.server.config.StubConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The topics that one link's source cluster has: listed by name, or every name a pattern matches. */
final class SourceTopics {

  private record Matching(Pattern pattern, StubConfig.SourceTopic topic) {
  }

  private final List<StubConfig.SourceTopic> listed;
  private final Map<String, StubConfig.SourceTopic> byName = new HashMap<>();
  private final List<Matching> patterns = new ArrayList<>();

  /** A source cluster that holds every topic name, with one partition: that of a link created through the API. */
  static final SourceTopics ANY = new SourceTopics(List.of(new StubConfig.SourceTopic(null, ".*", 1, false)));

  SourceTopics(List<StubConfig.SourceTopic> topics) {
    this.listed = List.copyOf(topics);
    for (StubConfig.SourceTopic t : topics) {
      if (t.name() != null) {
        byName.putIfAbsent(t.name(), t);
      } else {
        patterns.add(new Matching(Pattern.compile(t.namePattern()), t));
      }
    }
  }

  /** The source topics as the configuration lists them. */
  List<StubConfig.SourceTopic> listed() {
    return listed;
  }

  /** The source topic of that name, or null; a listed name wins over a pattern, then the first pattern. */
  StubConfig.SourceTopic find(String name) {
    StubConfig.SourceTopic listed = byName.get(name);
    if (listed != null) {
      return listed;
    }
    for (Matching m : patterns) {
      if (m.pattern().matcher(name).matches()) {
        return m.topic();
      }
    }
    return null;
  }
}
