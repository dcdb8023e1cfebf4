package dev.mirrorstub.server.domain.memory;

import static dev.mirrorstub.server.domain.MirrorException.badRequest;
import static dev.mirrorstub.server.domain.MirrorException.notFound;

import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.MirrorStatus;
import dev.mirrorstub.server.domain.MirrorTopic;
import dev.mirrorstub.server.domain.rules.TopicRules;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One destination cluster: its links, regular topics and mirror topics, and the transitions still
 * to come. Every read and change holds the cluster's lock (this object), so each operation is
 * atomic. Pending steps (PENDING_STOPPED to STOPPED, the steps of a restore) are not run by a thread:
 * each is stored with the time it is due and applied, stamped with that time, by {@link #settle}
 * before any state is read or changed, so what a client sees does not depend on scheduling.
 */
final class ClusterState {

  /** A step still to come: the mirror moves to {@code status} at {@code atMs}. */
  record Step(MirrorStatus status, long atMs) {
  }

  final StubConfig.Cluster config;
  private final Map<String, LinkState> links = new LinkedHashMap<>();
  private final Set<String> topics = new LinkedHashSet<>();
  private final Map<String, MirrorTopic> mirrors = new LinkedHashMap<>();
  private final Map<String, Deque<Step>> pending = new HashMap<>();

  ClusterState(StubConfig.Cluster config) {
    this.config = config;
    topics.addAll(config.topics());
  }

  String id() {
    return config.id();
  }

  synchronized LinkState link(String linkName) {
    LinkState link = links.get(linkName);
    if (link == null) {
      throw linkNotFound(linkName);
    }
    return link;
  }

  private static RuntimeException linkNotFound(String linkName) {
    return notFound(404, "The cluster link doesn't exist: Cluster link '"
        + TopicRules.abbreviate(String.valueOf(linkName)) + "' does not exist.");
  }

  synchronized LinkState linkOrNull(String linkName) {
    return links.get(linkName);
  }

  synchronized Collection<LinkState> links() {
    return new ArrayList<>(links.values());
  }

  synchronized void addLink(LinkState link) {
    links.put(link.name, link);
  }

  /** Removes the link; each of its mirrors, in any status, becomes a regular topic. */
  synchronized void removeLink(LinkState link) {
    links.remove(link.name);
    for (MirrorTopic m : mirrorsOf(link.name)) {
      mirrors.remove(m.mirrorTopicName());
      pending.remove(m.mirrorTopicName());
      topics.add(m.mirrorTopicName());
    }
  }

  synchronized MirrorTopic mirror(String name) {
    return mirrors.get(name);
  }

  synchronized boolean isRegularTopic(String name) {
    return topics.contains(name);
  }

  synchronized boolean exists(String name) {
    return topics.contains(name) || mirrors.containsKey(name);
  }

  /** The broker checks this first; {@link #add} checks it again under the lock. */
  synchronized void requireAbsent(String name) {
    if (exists(name)) {
      throw badRequest(40002, "Topic '" + name + "' already exists.");
    }
  }

  /** Adds a new mirror of {@code link}, unless the link was deleted meanwhile (then 404, as if it never was). */
  synchronized void add(LinkState link, MirrorTopic mirror) {
    if (links.get(link.name) != link) {
      throw linkNotFound(link.name);
    }
    String name = mirror.mirrorTopicName();
    requireAbsent(name);
    if (topics.size() + mirrors.size() >= config.maxTopics()) {
      throw badRequest(40002, "Unable to create topic '" + name + "': the cluster's limit of "
          + config.maxTopics() + " topics is reached.");
    }
    mirrors.put(name, mirror);
  }

  /** Replaces a mirror (a transition), or turns a regular topic into one (a restore). */
  synchronized void put(MirrorTopic mirror) {
    topics.remove(mirror.mirrorTopicName());
    mirrors.put(mirror.mirrorTopicName(), mirror);
  }

  /** Deletes a topic of any kind; false when there is none of that name. */
  synchronized boolean delete(String name) {
    pending.remove(name);
    return mirrors.remove(name) != null || topics.remove(name);
  }

  /** Drops the steps still to come of the mirror, if it had any. */
  synchronized void cancel(String name) {
    pending.remove(name);
  }

  /** The mirror's next steps, replacing any it had. */
  synchronized void schedule(String name, List<Step> steps) {
    pending.put(name, new ArrayDeque<>(steps));
  }

  /** Applies every step due by {@code nowMs}, each stamped with the time it was due. */
  synchronized void settle(long nowMs) {
    apply(nowMs, nowMs);
  }

  /** Applies every step still to come, due or not; one not yet due is stamped {@code nowMs}. */
  synchronized void completePending(long nowMs) {
    apply(Long.MAX_VALUE, nowMs);
  }

  private void apply(long dueBy, long nowMs) {
    if (pending.isEmpty()) {
      return;
    }
    for (Iterator<Map.Entry<String, Deque<Step>>> it = pending.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Deque<Step>> e = it.next();
      MirrorTopic m = mirrors.get(e.getKey());
      Deque<Step> steps = e.getValue();
      while (m != null && !steps.isEmpty() && steps.peek().atMs() <= dueBy) {
        Step s = steps.poll();
        m = m.withStatus(s.status(), Math.min(s.atMs(), nowMs));
        mirrors.put(m.mirrorTopicName(), m);
      }
      if (m == null || steps.isEmpty()) {
        it.remove();
      }
    }
  }

  synchronized List<MirrorTopic> snapshot() {
    return new ArrayList<>(mirrors.values());
  }

  synchronized List<MirrorTopic> mirrorsOf(String linkName) {
    List<MirrorTopic> result = new ArrayList<>();
    for (MirrorTopic m : mirrors.values()) {
      if (m.linkName().equals(linkName)) {
        result.add(m);
      }
    }
    return result;
  }

  synchronized List<String> topics() {
    return new ArrayList<>(topics);
  }
}
