package dev.mirrorstub.server.domain.memory;

import static dev.mirrorstub.server.domain.MirrorException.badRequest;
import static dev.mirrorstub.server.domain.MirrorException.notFound;

import dev.mirrorstub.server.domain.LinkConfig;
import dev.mirrorstub.server.domain.rules.LinkConfigCatalogue;
import dev.mirrorstub.server.domain.rules.RequestRules;
import dev.mirrorstub.server.domain.rules.TopicRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The configs of a link: the catalogue's, with their defaults, plus those set on the link. Writes
 * check, in order: the config exists, it is not read-only, a creation-only one keeps its value, the
 * value has the config's type. A batch is checked whole on a copy, then applied at once.
 */
public final class LinkConfigOperations {

  static final String DYNAMIC = "DYNAMIC_CLUSTER_LINK_CONFIG";
  static final String DEFAULT = "DEFAULT_CONFIG";

  private final Clusters clusters;

  public LinkConfigOperations(Clusters clusters) {
    this.clusters = clusters;
  }

  public List<LinkConfig> list(String clusterId, String linkName) {
    ClusterState cluster = clusters.cluster(clusterId);
    synchronized (cluster) {
      LinkState link = cluster.link(linkName);
      TreeSet<String> names = new TreeSet<>(link.configs.keySet());
      LinkConfigCatalogue.entries().forEach(e -> names.add(e.name()));
      return names.stream().map(n -> view(cluster.id(), link, n)).toList();
    }
  }

  public LinkConfig get(String clusterId, String linkName, String configName) {
    ClusterState cluster = clusters.cluster(clusterId);
    synchronized (cluster) {
      LinkState link = cluster.link(linkName);
      requireKnown(link, link.configs, configName);
      return view(cluster.id(), link, configName);
    }
  }

  public void update(String clusterId, String linkName, String configName, LinkConfig.Change change) {
    String value = RequestRules.requireValue(change).value();
    apply(clusterId, linkName, List.of(new LinkConfig.Change(configName, value, null)), false);
  }

  public void reset(String clusterId, String linkName, String configName) {
    apply(clusterId, linkName, List.of(new LinkConfig.Change(configName, null, "DELETE")), false);
  }

  public void alter(String clusterId, String linkName, LinkConfig.Batch batch, Boolean validateOnly) {
    List<LinkConfig.Change> changes = RequestRules.requireData(batch);
    apply(clusterId, linkName, changes, Boolean.TRUE.equals(validateOnly) || Boolean.TRUE.equals(batch.validateOnly()));
  }

  /** Every change checked in order on a copy; the first refusal answers, and nothing is applied. */
  private void apply(String clusterId, String linkName, List<LinkConfig.Change> changes, boolean validateOnly) {
    ClusterState cluster = clusters.cluster(clusterId);
    synchronized (cluster) {
      LinkState link = cluster.link(linkName);
      Map<String, String> copy = new LinkedHashMap<>(link.configs);
      for (LinkConfig.Change c : changes) {
        String name = c.name();
        requireKnown(link, copy, name);
        requireWritable(name, link.name);
        String op = c.operation() == null ? "SET" : c.operation();
        boolean set = op.equalsIgnoreCase("SET") && c.value() != null;
        if (!set && !op.equalsIgnoreCase("SET") && !op.equalsIgnoreCase("DELETE")) {
          throw badRequest(40002, "Unknown config operation '" + TopicRules.abbreviate(op) + "' for configuration "
              + name + "; use SET or DELETE.");
        }
        LinkConfigCatalogue.Entry entry = LinkConfigCatalogue.entry(name);
        String current = copy.getOrDefault(name, entry == null ? null : entry.defaultValue());
        String next = set ? c.value() : entry == null ? null : entry.defaultValue();
        if (entry != null && entry.creationOnly() && !String.valueOf(next).equals(current)) {
          throw badRequest(40002, "Config '" + name + "' of cluster link '" + link.name
              + "' cannot be changed after the link is created.");
        }
        if (set) {
          LinkConfigCatalogue.checkValue(name, c.value());
          if (entry == null || !entry.creationOnly()) {
            copy.put(name, c.value());
          }
        } else {
          copy.remove(name);
        }
      }
      if (!validateOnly) {
        link.configs.clear();
        link.configs.putAll(copy);
      }
    }
  }

  /** A config of the catalogue, or one set on the link; otherwise 404. */
  private static void requireKnown(LinkState link, Map<String, String> configs, String name) {
    if (LinkConfigCatalogue.entry(name) == null && !configs.containsKey(name)) {
      throw notFound(404, "Config " + TopicRules.abbreviate(String.valueOf(name)) + " cannot be found for cluster link "
          + link.name + ".");
    }
  }

  /** Read-only configs are the cluster's to set, at creation too. */
  static void requireWritable(String name, String linkName) {
    LinkConfigCatalogue.Entry entry = LinkConfigCatalogue.entry(name);
    if (entry != null && entry.readOnly()) {
      throw badRequest(40002, "Config '" + name + "' of cluster link '" + linkName + "' is read-only.");
    }
  }

  static LinkConfig view(String clusterId, LinkState link, String name) {
    LinkConfigCatalogue.Entry entry = LinkConfigCatalogue.entry(name);
    String set = link.configs.get(name);
    boolean sensitive = entry != null && entry.sensitive();
    String value = sensitive ? "" : set != null ? set : entry.defaultValue();
    return new LinkConfig(clusterId, link.name, name, value, set == null, entry != null && entry.readOnly(), sensitive,
        set == null ? DEFAULT : DYNAMIC);
  }
}
