package dev.mirrorstub.server.domain;

import static dev.mirrorstub.server.domain.MirrorException.badRequest;
import static dev.mirrorstub.server.domain.MirrorException.notFound;

import dev.mirrorstub.server.config.StubConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One destination cluster's topics; every change holds the cluster's lock. */
final class ClusterState {
  final StubConfig.Cluster config;
  final Map<String, StubConfig.Link> links = new HashMap<>();
  final Map<String, SourceTopics> sources = new HashMap<>();
  private final Set<String> plainTopics;
  private final Map<String, MirrorTopic> mirrors = new LinkedHashMap<>();

  ClusterState(StubConfig.Cluster config) {
    this.config = config;
    for (StubConfig.Link l : config.links()) {
      links.put(l.name(), l);
      sources.put(l.name(), new SourceTopics(l.sourceTopics()));
    }
    this.plainTopics = Set.copyOf(config.topics());
  }

  StubConfig.Link link(String linkName) {
    StubConfig.Link link = links.get(linkName);
    if (link == null) {
      throw notFound(404, "The cluster link doesn't exist: Cluster link '"
          + TopicRules.abbreviate(String.valueOf(linkName)) + "' does not exist.");
    }
    return link;
  }

  synchronized MirrorTopic mirror(String name) {
    return mirrors.get(name);
  }

  /** The broker checks this first; {@link #add} checks it again under the lock. */
  synchronized void requireAbsent(String name) {
    if (plainTopics.contains(name) || mirrors.containsKey(name)) {
      throw badRequest(40002, "Topic '" + name + "' already exists.");
    }
  }

  synchronized void add(MirrorTopic mirror) {
    String name = mirror.mirrorTopicName();
    requireAbsent(name);
    if (plainTopics.size() + mirrors.size() >= config.maxTopics()) {
      throw badRequest(40002, "Unable to create topic '" + name + "': the cluster's limit of "
          + config.maxTopics() + " topics is reached.");
    }
    mirrors.put(name, mirror);
  }

  synchronized List<MirrorTopic> snapshot() {
    return new ArrayList<>(mirrors.values());
  }
}
