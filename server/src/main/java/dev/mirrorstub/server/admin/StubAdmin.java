package dev.mirrorstub.server.admin;

import static dev.mirrorstub.server.domain.MirrorException.badRequest;
import static dev.mirrorstub.server.domain.MirrorException.notFound;

import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.ClusterLink;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
import dev.mirrorstub.server.domain.MirrorException;
import dev.mirrorstub.server.domain.MirrorService;
import dev.mirrorstub.server.domain.MirrorTopic;
import dev.mirrorstub.server.faults.Fault;
import dev.mirrorstub.server.faults.FaultInjector;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Steers a stub from a test: back to the configured state, read or replace the whole state, move a
 * mirror as its real life would, finish pending transitions, arm faults, read the request journal.
 * The one implementation behind both faces, the admin API over HTTP ({@code openapi/admin.yaml}) and
 * the JUnit extension; it knows nothing of HTTP. Serve {@link #mirrors()}: a reset or a new state swaps
 * the back end behind it whole. A refusal is a {@link MirrorException} (BAD_REQUEST or NOT_FOUND) whose
 * message says what is wrong, and changes nothing.
 */
public final class StubAdmin {

  private final StubConfig config;
  private final SwappableMirrorService mirrors;
  private final FaultInjector faults = new FaultInjector();
  private final RequestJournal journal;

  private StubAdmin(StubConfig config, Clock clock) {
    this.config = Objects.requireNonNull(config);
    this.mirrors = new SwappableMirrorService(config, clock);
    this.journal = new RequestJournal(config.admin().journal());
  }

  /** Throws IllegalArgumentException when the configuration breaks a rule of the API (it names which). */
  public static StubAdmin create(StubConfig config) {
    return create(config, Clock.systemUTC());
  }

  /** With a clock of the test's (pending transitions come due by it). */
  public static StubAdmin create(StubConfig config, Clock clock) {
    return new StubAdmin(config, clock);
  }

  /** The configuration the stub started with: what {@link #reset()} goes back to. */
  public StubConfig config() {
    return config;
  }

  /** The back end to serve; it stays the same object across resets and new states. */
  public MirrorService mirrors() {
    return mirrors;
  }

  /** The in-memory back end in use now, for views the API does not offer; a reset or a new state replaces it. */
  public InMemoryMirrorService current() {
    return mirrors.current();
  }

  /** Back to the configured state; every fault disarmed, the call count 0, the journal empty. */
  public synchronized void reset() {
    mirrors.load(config);
    faults.clear();
    journal.clear();
  }

  /**
   * Every cluster (or the one named) in the configuration file's own records, with what the API and
   * this class changed: {@link #replaceState} of the same list gives the same state.
   *
   * @throws MirrorException NOT_FOUND for a cluster that does not exist
   * @throws IllegalStateException for a state that the configuration's rules cannot express, naming it
   */
  public List<StubConfig.Cluster> state(String clusterIdOrNull) {
    List<StubConfig.Cluster> state = mirrors.current().state(clusterIdOrNull);
    if (clusterIdOrNull != null && state.isEmpty()) {
      throw noCluster(clusterIdOrNull);
    }
    return state;
  }

  /**
   * Every cluster, link, topic and mirror becomes what {@code clusters} says, checked by the rules of
   * the configuration file, all or nothing: concurrent API calls see the old state or the new one. The
   * credentials, limits, timing, faults and journal stay; {@link #reset()} still goes back to the
   * configuration the stub started with. Mirrors of this state count as configured, not created.
   *
   * @return the state as it is now, defaults filled in
   * @throws MirrorException BAD_REQUEST naming the rule the state breaks
   */
  public synchronized List<StubConfig.Cluster> replaceState(List<StubConfig.Cluster> clusters) {
    Objects.requireNonNull(clusters, "clusters");
    try {
      mirrors.load(new StubConfig(config.limits(), config.lifecycle(), config.credentials(), clusters,
          config.admin()));
    } catch (IllegalArgumentException e) {
      throw invalidState(e.getMessage());
    } catch (NullPointerException e) {
      throw invalidState("a list holds an empty (null) entry");
    }
    return state(null);
  }

  /** The refusal of a state that breaks a rule of the configuration file. */
  public static MirrorException invalidState(String reason) {
    String r = String.valueOf(reason);
    return badRequest(400, "Invalid state: " + r + (r.endsWith(".") ? "" : "."));
  }

  /**
   * Mirrors created through the API since the start, the last reset or the last new state (those of the
   * configuration left out, even when they moved): cluster by cluster, each in creation order.
   */
  public List<MirrorTopic> createdMirrors() {
    return mirrors.created();
  }

  /**
   * Changes a mirror as its real life would, atomically under its cluster's lock: {@code change} gets
   * the mirror as it is and returns it as it shall be (status, lags, errors only). A new status is
   * stamped now and cancels a pending transition.
   *
   * @return the mirror as changed
   * @throws MirrorException NOT_FOUND for an unknown cluster, link or mirror; BAD_REQUEST when the change
   *     breaks a rule (one lag per partition, lags not negative, offsets -1 or more)
   */
  public MirrorTopic changeMirror(String clusterId, String linkName, String mirrorTopicName,
      UnaryOperator<MirrorTopic> change) {
    InMemoryMirrorService service = mirrors.current();
    requireMirror(service, clusterId, linkName, mirrorTopicName);
    try {
      return service.changeMirror(clusterId, linkName, mirrorTopicName, change);
    } catch (IllegalArgumentException e) {
      // Deleted meanwhile (a 404 as above), or a rule of the change.
      requireMirror(service, clusterId, linkName, mirrorTopicName);
      throw badRequest(400, e.getMessage());
    }
  }

  /** {@link #changeMirror(String, String, String, UnaryOperator)} with the admin API's change. */
  public MirrorTopic changeMirror(String clusterId, String linkName, String mirrorTopicName, MirrorChange change) {
    change.requireValid();
    return changeMirror(clusterId, linkName, mirrorTopicName, change::applyTo);
  }

  /** Every mirror on its way (PENDING_STOPPED, a restore step) gets where it is going, now. */
  public void completePendingTransitions() {
    mirrors.current().completePendingTransitions();
  }

  /** The faults armed for the API calls to come, and the calls counted. */
  public FaultInjector faults() {
    return faults;
  }

  /** Arms the admin API's fault, or refuses it with nothing armed. */
  public Fault armFault(FaultRequest request) {
    return request.arm(faults);
  }

  /** The requests received (admin requests left out) while a server with this admin runs. */
  public RequestJournal journal() {
    return journal;
  }

  private MirrorException noCluster(String clusterId) {
    return notFound(404, "No cluster " + clusterId + "; the stub has: " + String.join(", ", mirrors.clusterIds())
        + ".");
  }

  private void requireMirror(InMemoryMirrorService service, String clusterId, String linkName,
      String mirrorTopicName) {
    if (!mirrors.clusterIds().contains(clusterId)) {
      throw noCluster(clusterId);
    }
    if (service.snapshot(clusterId).links().stream().map(ClusterLink::name).noneMatch(linkName::equals)) {
      throw notFound(404, "Cluster " + clusterId + " has no link " + linkName + ".");
    }
    boolean found = service.mirrors(clusterId).stream()
        .anyMatch(m -> m.linkName().equals(linkName) && m.mirrorTopicName().equals(mirrorTopicName));
    if (!found) {
      throw notFound(404, "Link " + linkName + " of cluster " + clusterId + " has no mirror topic "
          + mirrorTopicName + ".");
    }
  }
}
