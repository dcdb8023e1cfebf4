package dev.mirrorstub.client;

import dev.mirrorstub.client.generated.api.ClusterLinkingV3Api;
import dev.mirrorstub.client.generated.api.TopicV3Api;
import dev.mirrorstub.client.generated.invoker.ApiException;
import dev.mirrorstub.client.generated.model.AlterMirrorStatusResponseDataList;
import dev.mirrorstub.client.generated.model.AlterMirrorsRequestData;
import dev.mirrorstub.client.generated.model.CreateLinkRequestData;
import dev.mirrorstub.client.generated.model.CreateMirrorTopicRequestData;
import dev.mirrorstub.client.generated.model.ListLinksResponseData;
import dev.mirrorstub.client.generated.model.MirrorTopicData;
import dev.mirrorstub.client.generated.model.MirrorTopicStatus;
import jakarta.ws.rs.ProcessingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.logging.Logger;

/**
 * Creates and manages mirror topics as a careful real client does, over the generated
 * {@link ClusterLinkingV3Api} and {@link TopicV3Api}: create, read, the lifecycle (pause, resume,
 * promote, failover, reverse, truncate-and-restore), links (create, get, delete), delete a topic, and
 * waiting for a mirror's status ({@link #awaitMirrorStatus}).
 *
 * <p><b>What is retried.</b> 429 and every 5xx but 501 (what the Confluent CLI and the Terraform
 * provider retry), and a call that got no answer at all (refused, reset, timed out). Any other
 * answer (400, 401, 403, 404, 413, 415, 422, 501) is final: sending the same request again cannot
 * change it. Giving up throws the last failure, the earlier ones attached as suppressed; a call
 * without an answer is an {@link ApiException} with code 0 and the I/O error as its cause.
 *
 * <p><b>How long it waits.</b> What {@code Retry-After} says, when the answer has one (seconds or
 * HTTP-date; the real server sends none, gateways in front of it may); otherwise the
 * {@link RetryPolicy}'s exponential backoff with full jitter. At most {@code maxAttempts} calls,
 * and it gives up rather than wait past {@code maxTotalTime}. One call's own duration is bounded
 * only by the {@code ApiClient}'s read timeout: set one ({@code setReadTimeout}).
 *
 * <p><b>"Already exists" after a lost answer counts as success.</b> Creating a mirror is not
 * idempotent: the same request sent twice gets 400 / 40002 {@code Topic '<name>' already exists.}
 * the second time. When an earlier attempt of this call may have reached the server (it got a
 * retriable 5xx, or lost its connection or timed out after connecting) the server may well have
 * created the mirror and only the answer was lost; retrying then meets the mirror this very call
 * created. So if a later attempt gets "already exists" for the mirror this request creates (its
 * {@code mirror_topic_name}, or without one a name ending in {@code source_topic_name}: the client
 * does not know the link's prefix), the call succeeds with {@link Outcome#createdByEarlierAttempt()}.
 * Not after 429 or a refused connection, which the server rejects before doing anything: then
 * "already exists" means the mirror was there before, an error as usual. The risk: another client
 * may have created the same mirror between two attempts, and this call then reports success for
 * a mirror it did not create, possibly with other configs. Read the mirror back if that matters.
 * {@link #createLink} reads {@code Cluster link '<name>' already exists.} the same way.
 *
 * <p><b>The lifecycle operations answer 200 with an item per mirror</b>, each with its own
 * {@code error_code} and {@code error_message} when that mirror could not move ("already stopped",
 * "lags behind"). Such an answer is returned as is, never retried: the request was processed, and
 * sending it again cannot move those mirrors. After a retried 5xx or a lost answer an item may say
 * "already stopped" or "already paused" because the earlier attempt moved it. The move itself is
 * not finished when the answer arrives: promote and failover leave the mirror PENDING_STOPPED, and
 * {@link #awaitMirrorStatus} waits for STOPPED.
 *
 * <p><b>Deletes.</b> A delete whose earlier attempt may have been processed and that then meets
 * "does not exist" (the link's 404, the topic's 404 / 40403) counts as done: what was asked for holds.
 */
public final class ResilientMirrorClient {

  /** Waits between attempts; tests pass one that records instead of sleeping. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  /** A create that succeeded: how many calls it took, and whether the success is "already exists" after a lost answer. */
  public record Outcome(int attempts, boolean createdByEarlierAttempt) {
  }

  private static final Logger LOG = Logger.getLogger(ResilientMirrorClient.class.getName());

  /** What {@link #awaitMirrorStatus} waits through: a status on the way to another one. */
  private static final Set<MirrorTopicStatus> IN_TRANSIT = EnumSet.of(MirrorTopicStatus.PENDING_STOPPED,
      MirrorTopicStatus.PENDING_MIRROR, MirrorTopicStatus.PENDING_SYNCHRONIZE,
      MirrorTopicStatus.PENDING_SETUP_FOR_RESTORE, MirrorTopicStatus.PENDING_RESTORE);

  private final ClusterLinkingV3Api api;
  private final TopicV3Api topics;
  private final Duration pollInterval;
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final DoubleSupplier random;

  private ResilientMirrorClient(Builder builder) {
    this.api = builder.api;
    this.topics = builder.topics != null ? builder.topics : new TopicV3Api(builder.api.getApiClient());
    this.pollInterval = builder.pollInterval;
    this.policy = builder.policy;
    this.sleeper = builder.sleeper;
    this.clock = builder.clock;
    this.random = builder.random;
  }

  /** A client with the {@link RetryPolicy#DEFAULT default policy}. */
  public static ResilientMirrorClient of(MirrorApiClient client) {
    return builder(client).build();
  }

  public static Builder builder(MirrorApiClient client) {
    return builder(client.clusterLinking()).topics(client.topics());
  }

  public static Builder builder(ClusterLinkingV3Api api) {
    return new Builder(api);
  }

  /**
   * {@code POST /kafka/v3/clusters/{clusterId}/links/{linkName}/mirrors}, retried as described above.
   *
   * @throws ApiException the final failure (code 0: no answer, the I/O error is the cause)
   */
  public Outcome createMirrorTopic(String clusterId, String linkName, CreateMirrorTopicRequestData request)
      throws ApiException {
    Objects.requireNonNull(request, "request");
    return retrying("createMirrorTopic", (attempt) -> {
      api.createKafkaMirrorTopicWithHttpInfo(clusterId, linkName, request);
      return new Outcome(attempt, false);
    }, (e, attempt) -> RetryRules.createdByThisRequest(e, request) ? new Outcome(attempt, true) : null);
  }

  /** {@code GET .../links/{linkName}/mirrors/{mirrorTopicName}}, retried as described above. */
  public MirrorTopicData readMirrorTopic(String clusterId, String linkName, String mirrorTopicName)
      throws ApiException {
    return retrying("readMirrorTopic", attempt ->
        api.readKafkaMirrorTopicWithHttpInfo(clusterId, linkName, mirrorTopicName, null).getData(), null);
  }

  /** {@code POST .../mirrors:pause} of these mirrors: ACTIVE ones become PAUSED; one item per mirror. */
  public AlterMirrorStatusResponseDataList pauseMirrorTopics(String clusterId, String linkName,
      List<String> mirrorTopicNames) throws ApiException {
    AlterMirrorsRequestData request = names(mirrorTopicNames);
    return retrying("pauseMirrorTopics", attempt ->
        api.updateKafkaMirrorTopicsPauseWithHttpInfo(clusterId, linkName, null, request).getData(), null);
  }

  /** {@code POST .../mirrors:resume} of these mirrors: PAUSED ones become ACTIVE; one item per mirror. */
  public AlterMirrorStatusResponseDataList resumeMirrorTopics(String clusterId, String linkName,
      List<String> mirrorTopicNames) throws ApiException {
    AlterMirrorsRequestData request = names(mirrorTopicNames);
    return retrying("resumeMirrorTopics", attempt ->
        api.updateKafkaMirrorTopicsResumeWithHttpInfo(clusterId, linkName, null, request).getData(), null);
  }

  /**
   * {@code POST .../mirrors:promote} of these mirrors: those caught up become PENDING_STOPPED, then
   * STOPPED (writable); one item per mirror.
   */
  public AlterMirrorStatusResponseDataList promoteMirrorTopics(String clusterId, String linkName,
      List<String> mirrorTopicNames) throws ApiException {
    AlterMirrorsRequestData request = names(mirrorTopicNames);
    return retrying("promoteMirrorTopics", attempt ->
        api.updateKafkaMirrorTopicsPromoteWithHttpInfo(clusterId, linkName, null, request).getData(), null);
  }

  /**
   * {@code POST .../mirrors:failover} of these mirrors: they become PENDING_STOPPED, then STOPPED,
   * whatever their lag; one item per mirror.
   */
  public AlterMirrorStatusResponseDataList failoverMirrorTopics(String clusterId, String linkName,
      List<String> mirrorTopicNames) throws ApiException {
    AlterMirrorsRequestData request = names(mirrorTopicNames);
    return retrying("failoverMirrorTopics", attempt ->
        api.updateKafkaMirrorTopicsFailoverWithHttpInfo(clusterId, linkName, null, request).getData(), null);
  }

  /** {@code POST .../mirrors:reverse-and-start-mirror} of these mirrors of a bidirectional link. */
  public AlterMirrorStatusResponseDataList reverseAndStartMirrorTopics(String clusterId, String linkName,
      List<String> mirrorTopicNames) throws ApiException {
    AlterMirrorsRequestData request = names(mirrorTopicNames);
    return retrying("reverseAndStartMirrorTopics", attempt -> api
        .updateKafkaMirrorTopicsReverseAndStartMirrorWithHttpInfo(clusterId, linkName, null, request).getData(), null);
  }

  /** {@code POST .../mirrors:reverse-and-pause-mirror} of these mirrors of a bidirectional link. */
  public AlterMirrorStatusResponseDataList reverseAndPauseMirrorTopics(String clusterId, String linkName,
      List<String> mirrorTopicNames) throws ApiException {
    AlterMirrorsRequestData request = names(mirrorTopicNames);
    return retrying("reverseAndPauseMirrorTopics", attempt -> api
        .updateKafkaMirrorTopicsReverseAndPauseMirrorWithHttpInfo(clusterId, linkName, null, request).getData(), null);
  }

  /**
   * {@code POST .../mirrors:truncate-and-restore} of these topics of a bidirectional link: each
   * becomes a mirror again (through PENDING_SETUP_FOR_RESTORE and PENDING_RESTORE to ACTIVE), with
   * {@code messages_truncated}, and per partition with {@code includePartitionLevelTruncationData}.
   */
  public AlterMirrorStatusResponseDataList truncateAndRestoreMirrorTopics(String clusterId, String linkName,
      List<String> mirrorTopicNames, boolean includePartitionLevelTruncationData) throws ApiException {
    AlterMirrorsRequestData request = names(mirrorTopicNames);
    return retrying("truncateAndRestoreMirrorTopics", attempt -> api
        .updateKafkaMirrorTopicsTruncateAndRestoreMirrorWithHttpInfo(clusterId, linkName,
            includePartitionLevelTruncationData, null, request).getData(), null);
  }

  /**
   * {@code POST .../links?link_name=...}; "already exists" after an attempt that may have been
   * processed counts as created by it, as for {@link #createMirrorTopic}.
   */
  public Outcome createLink(String clusterId, String linkName, CreateLinkRequestData request) throws ApiException {
    Objects.requireNonNull(linkName, "linkName");
    return retrying("createLink", attempt -> {
      api.createKafkaLinkWithHttpInfo(clusterId, linkName, null, null, request);
      return new Outcome(attempt, false);
    }, (e, attempt) -> RetryRules.linkAlreadyExists(e, linkName) ? new Outcome(attempt, true) : null);
  }

  /** {@code GET .../links/{linkName}}. */
  public ListLinksResponseData getLink(String clusterId, String linkName) throws ApiException {
    return retrying("getLink", attempt -> api.getKafkaLinkWithHttpInfo(clusterId, linkName, null).getData(), null);
  }

  /**
   * {@code DELETE .../links/{linkName}}; with {@code force}, while mirrors of it are not stopped too
   * (they stay as plain topics). Returns the attempts it took.
   */
  public int deleteLink(String clusterId, String linkName, boolean force) throws ApiException {
    return retrying("deleteLink", attempt -> {
      api.deleteKafkaLinkWithHttpInfo(clusterId, linkName, force ? Boolean.TRUE : null, null);
      return attempt;
    }, (e, attempt) -> RetryRules.linkNotFound(e) ? attempt : null);
  }

  /** {@code DELETE .../topics/{topicName}}: a mirror topic (any status) or a plain topic. Returns the attempts it took. */
  public int deleteTopic(String clusterId, String topicName) throws ApiException {
    return retrying("deleteTopic", attempt -> {
      topics.deleteKafkaTopicWithHttpInfo(clusterId, topicName);
      return attempt;
    }, (e, attempt) -> RetryRules.topicNotFound(e) ? attempt : null);
  }

  /** {@link #awaitMirrorStatus(String, String, String, Set, Duration)} for one status. */
  public MirrorTopicData awaitMirrorStatus(String clusterId, String linkName, String mirrorTopicName,
      MirrorTopicStatus status, Duration timeout) throws ApiException, MirrorStatusException {
    return awaitMirrorStatus(clusterId, linkName, mirrorTopicName, EnumSet.of(status), timeout);
  }

  /**
   * Reads the mirror ({@link #readMirrorTopic}, so each read is retried) until its status is one of
   * {@code statuses}, and returns that read: e.g. STOPPED after promote or failover. While it is in
   * a pending status (PENDING_STOPPED, PENDING_SETUP_FOR_RESTORE, PENDING_RESTORE, PENDING_MIRROR,
   * PENDING_SYNCHRONIZE) it reads again every poll interval ({@link Builder#pollInterval}).
   *
   * @throws MirrorStatusException the mirror is in another status (FAILED, say, or still ACTIVE: the
   *     move did not happen), or {@code timeout} passed; it carries the last read
   * @throws ApiException a read failed for good (404: the mirror or its link is gone)
   */
  public MirrorTopicData awaitMirrorStatus(String clusterId, String linkName, String mirrorTopicName,
      Set<MirrorTopicStatus> statuses, Duration timeout) throws ApiException, MirrorStatusException {
    Set<MirrorTopicStatus> targets = statuses.isEmpty() ? EnumSet.noneOf(MirrorTopicStatus.class) : EnumSet.copyOf(statuses);
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("no status to wait for");
    }
    Objects.requireNonNull(timeout, "timeout");
    Instant deadline = clock.instant().plus(timeout);
    for (int reads = 1; ; reads++) {
      MirrorTopicData mirror = readMirrorTopic(clusterId, linkName, mirrorTopicName);
      MirrorTopicStatus status = mirror.getMirrorStatus();
      if (targets.contains(status)) {
        return mirror;
      }
      String where = "mirror topic " + mirrorTopicName + " of link " + linkName + " on " + clusterId;
      if (!IN_TRANSIT.contains(status)) {
        throw new MirrorStatusException(where + " is " + status + ", not one of " + targets
            + " nor on its way to one" + (mirror.getMirrorTopicError() == null ? "" : " (mirror_topic_error "
            + mirror.getMirrorTopicError() + ")"), mirror, false);
      }
      Instant now = clock.instant();
      if (!now.isBefore(deadline)) {
        throw new MirrorStatusException(where + " is still " + status + " after " + timeout + " (" + reads
            + " reads), waiting for " + targets, mirror, true);
      }
      Duration left = Duration.between(now, deadline);
      try {
        sleeper.sleep(left.compareTo(pollInterval) < 0 ? left : pollInterval);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        MirrorStatusException interrupted = new MirrorStatusException(where + ": interrupted while " + status
            + ", waiting for " + targets, mirror, false);
        interrupted.addSuppressed(e);
        throw interrupted;
      }
    }
  }

  private static AlterMirrorsRequestData names(List<String> mirrorTopicNames) {
    return new AlterMirrorsRequestData().mirrorTopicNames(List.copyOf(Objects.requireNonNull(mirrorTopicNames,
        "mirrorTopicNames")));
  }

  /** One attempt of a call; {@code attempt} counts from 1. */
  @FunctionalInterface
  private interface Attempt<T> {
    T call(int attempt) throws ApiException;
  }

  /**
   * What an error means once an earlier attempt may have been processed: the call's result when the
   * error is that attempt's own effect ("already exists", "does not exist"), else null.
   */
  @FunctionalInterface
  private interface EarlierEffect<T> {
    T recognize(ApiException e, int attempt);
  }

  /** Calls until an answer that is not retriable, as the class describes. */
  private <T> T retrying(String operation, Attempt<T> call, EarlierEffect<T> earlierEffect) throws ApiException {
    Instant deadline = clock.instant().plus(policy.maxTotalTime());
    List<ApiException> earlier = new ArrayList<>();
    boolean mayHaveBeenProcessed = false;
    for (int attempt = 1; ; attempt++) {
      ApiException failure;
      try {
        return call.call(attempt);
      } catch (ApiException e) {
        T result = mayHaveBeenProcessed && earlierEffect != null ? earlierEffect.recognize(e, attempt) : null;
        if (result != null) {
          return result;
        }
        failure = e;
      } catch (ProcessingException e) {
        failure = new ApiException(e);
      }
      if (!RetryRules.isRetriable(failure) || attempt >= policy.maxAttempts()) {
        throw giveUp(failure, earlier);
      }
      mayHaveBeenProcessed |= RetryRules.mayHaveBeenProcessed(failure);
      Instant now = clock.instant();
      int retry = attempt;
      Duration wait = RetryAfter.of(failure, now).orElseGet(() -> policy.backoff(retry, random));
      if (now.plus(wait).isAfter(deadline)) {
        throw giveUp(failure, earlier);
      }
      LOG.fine(() -> operation + " attempt " + retry + " failed (" + failure.getCode() + "), retrying in "
          + wait.toMillis() + " ms");
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure.addSuppressed(e);
        throw giveUp(failure, earlier);
      }
      earlier.add(failure);
    }
  }

  private static ApiException giveUp(ApiException last, List<ApiException> earlier) {
    earlier.forEach(last::addSuppressed);
    return last;
  }

  /** Defaults: {@link RetryPolicy#DEFAULT}, real sleeping, the system clock, {@link ThreadLocalRandom}. */
  public static final class Builder {
    private final ClusterLinkingV3Api api;
    private TopicV3Api topics;
    private Duration pollInterval = Duration.ofMillis(250);
    private RetryPolicy policy = RetryPolicy.DEFAULT;
    private Sleeper sleeper = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    private Clock clock = Clock.systemUTC();
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

    private Builder(ClusterLinkingV3Api api) {
      this.api = Objects.requireNonNull(api, "api");
    }

    /** The API of {@code deleteKafkaTopic}; by default one on the same {@code ApiClient} as the other operations. */
    public Builder topics(TopicV3Api topics) {
      this.topics = Objects.requireNonNull(topics, "topics");
      return this;
    }

    /** How often {@link ResilientMirrorClient#awaitMirrorStatus} reads a pending mirror (default 250 ms). */
    public Builder pollInterval(Duration pollInterval) {
      if (pollInterval.isNegative() || pollInterval.isZero()) {
        throw new IllegalArgumentException("pollInterval must be positive");
      }
      this.pollInterval = pollInterval;
      return this;
    }

    public Builder policy(RetryPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The jitter's source, values in [0, 1). */
    public Builder random(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    public ResilientMirrorClient build() {
      return new ResilientMirrorClient(this);
    }
  }
}
