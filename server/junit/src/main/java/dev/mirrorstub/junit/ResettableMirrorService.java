package dev.mirrorstub.junit;

import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.ForwardingMirrorService;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
import dev.mirrorstub.server.domain.MirrorService;
import dev.mirrorstub.server.domain.MirrorTopic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stub's in-memory back end, swappable for a fresh one from the same configuration: resetting
 * costs a new map, not a new server. Remembers which mirrors the configuration itself created, and
 * reads the state through the in-memory back end's own view, which is not part of the API.
 */
final class ResettableMirrorService extends ForwardingMirrorService {

  private record State(InMemoryMirrorService service, Map<String, Set<String>> initialMirrors) {
  }

  private final StubConfig config;
  private volatile State state;

  ResettableMirrorService(StubConfig config) {
    this.config = config;
    reset();
  }

  void reset() {
    InMemoryMirrorService fresh = new InMemoryMirrorService(config);
    Map<String, Set<String>> initial = new HashMap<>();
    config.clusters().forEach(c -> initial.put(c.id(), fresh.mirrors(c.id()).stream()
        .map(MirrorTopic::mirrorTopicName).collect(Collectors.toSet())));
    state = new State(fresh, initial);
  }

  @Override
  protected MirrorService delegate() {
    return state.service();
  }

  /** The back end in use now (a reset replaces it): for views and changes that the API does not offer. */
  InMemoryMirrorService current() {
    return state.service();
  }

  /** Every mirror of the cluster, those of the configuration first. */
  List<MirrorTopic> mirrors(String clusterId) {
    return state.service().mirrors(clusterId);
  }

  /**
   * Mirrors created through the API since the last reset (those of the configuration left out, even
   * when they moved): cluster by cluster, each in creation order. A deleted mirror is no longer listed.
   */
  List<MirrorTopic> created() {
    State current = state;
    List<MirrorTopic> created = new ArrayList<>();
    for (StubConfig.Cluster c : config.clusters()) {
      Set<String> initial = current.initialMirrors().get(c.id());
      current.service().mirrors(c.id()).stream().filter(m -> !initial.contains(m.mirrorTopicName()))
          .forEach(created::add);
    }
    return created;
  }
}
