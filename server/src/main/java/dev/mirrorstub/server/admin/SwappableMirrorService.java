package dev.mirrorstub.server.admin;

import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.ForwardingMirrorService;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
import dev.mirrorstub.server.domain.MirrorService;
import dev.mirrorstub.server.domain.MirrorTopic;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The in-memory back end, replaced whole by a fresh one (a reset, a new state): one reference swapped,
 * so that every API call runs on the old back end or on the new one, never on half of each. A call
 * already running on the old one finishes there, as if it came just before the swap. Remembers which
 * mirrors the loaded state had, to tell those created since.
 */
final class SwappableMirrorService extends ForwardingMirrorService {

  private record Loaded(InMemoryMirrorService service, List<String> clusterIds,
                        Map<String, Set<String>> loadedMirrors) {
  }

  private final Clock clock;
  private volatile Loaded loaded;

  SwappableMirrorService(StubConfig config, Clock clock) {
    this.clock = clock;
    load(config);
  }

  /**
   * Swaps in a back end in the state that {@code config} describes.
   *
   * @throws IllegalArgumentException when the state breaks a rule (nothing is swapped)
   */
  void load(StubConfig config) {
    InMemoryMirrorService fresh = new InMemoryMirrorService(config, clock);
    Map<String, Set<String>> mirrors = new LinkedHashMap<>();
    config.clusters().forEach(c -> mirrors.put(c.id(), fresh.mirrors(c.id()).stream()
        .map(MirrorTopic::mirrorTopicName).collect(Collectors.toSet())));
    loaded = new Loaded(fresh, config.clusters().stream().map(StubConfig.Cluster::id).toList(), mirrors);
  }

  @Override
  protected MirrorService delegate() {
    return loaded.service();
  }

  /** The back end in use now; a later swap replaces it. */
  InMemoryMirrorService current() {
    return loaded.service();
  }

  /** The ids of the clusters in use now, in the configuration's order (the API cannot add or remove one). */
  List<String> clusterIds() {
    return loaded.clusterIds();
  }

  /**
   * Mirrors created through the API since the last load (those loaded left out, even when they moved):
   * cluster by cluster, each in creation order. A deleted mirror is no longer listed.
   */
  List<MirrorTopic> created() {
    Loaded now = loaded;
    List<MirrorTopic> created = new ArrayList<>();
    for (Map.Entry<String, Set<String>> c : now.loadedMirrors().entrySet()) {
      now.service().mirrors(c.getKey()).stream().filter(m -> !c.getValue().contains(m.mirrorTopicName()))
          .forEach(created::add);
    }
    return created;
  }
}
