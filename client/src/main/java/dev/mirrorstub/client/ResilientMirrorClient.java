package dev.mirrorstub.client;

import dev.mirrorstub.client.generated.api.ClusterLinkingV3Api;
import dev.mirrorstub.client.generated.invoker.ApiException;
import dev.mirrorstub.client.generated.model.CreateMirrorTopicRequestData;
import jakarta.ws.rs.ProcessingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.logging.Logger;

/**
 * Creates mirror topics as a careful real client does, over the generated {@link ClusterLinkingV3Api}.
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

  private final ClusterLinkingV3Api api;
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final DoubleSupplier random;

  private ResilientMirrorClient(Builder builder) {
    this.api = builder.api;
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
    return builder(client.clusterLinking());
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
    Instant deadline = clock.instant().plus(policy.maxTotalTime());
    List<ApiException> earlier = new ArrayList<>();
    boolean mayHaveBeenProcessed = false;
    for (int attempt = 1; ; attempt++) {
      ApiException failure;
      try {
        api.createKafkaMirrorTopicWithHttpInfo(clusterId, linkName, request);
        return new Outcome(attempt, false);
      } catch (ApiException e) {
        if (mayHaveBeenProcessed && RetryRules.createdByThisRequest(e, request)) {
          return new Outcome(attempt, true);
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
      LOG.fine(() -> "createMirrorTopic attempt " + retry + " failed (" + failure.getCode() + "), retrying in "
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
    private RetryPolicy policy = RetryPolicy.DEFAULT;
    private Sleeper sleeper = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    private Clock clock = Clock.systemUTC();
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

    private Builder(ClusterLinkingV3Api api) {
      this.api = Objects.requireNonNull(api, "api");
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
