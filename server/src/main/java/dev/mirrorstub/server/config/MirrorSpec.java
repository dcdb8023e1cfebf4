package dev.mirrorstub.server.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Objects;

/**
 * A mirror topic that a link carries from the start: in YAML either the source topic's name (an
 * ACTIVE mirror, nothing fetched yet) or an object that also sets its status, its lags (one entry
 * per partition of the source topic), why it failed and the errors of its past transitions.
 * {@code status} is one of {@link #STATUSES}. {@code mirror_topic_name} may be left out: it is always
 * the link's prefix followed by the source topic's name (the admin API's state shows it).
 */
public record MirrorSpec(String source, String mirrorTopicName, String status, List<Lag> lags,
                         String mirrorTopicError, List<TransitionError> stateTransitionErrors) {

  /** The statuses of a mirror topic, as the spec's {@code MirrorTopicStatus} spells them. */
  public static final List<String> STATUSES = List.of("ACTIVE", "FAILED", "LINK_FAILED", "LINK_PAUSED", "PAUSED",
      "PENDING_STOPPED", "SOURCE_UNAVAILABLE", "STOPPED", "PENDING_MIRROR", "PENDING_SYNCHRONIZE",
      "PENDING_SETUP_FOR_RESTORE", "PENDING_RESTORE");

  @JsonCreator
  public MirrorSpec {
    ConfigChecks.requireText(source, "mirrors[].source");
    status = status == null ? "ACTIVE" : status;
    ConfigChecks.requireOneOf(status, STATUSES, "mirrors[" + source + "].status");
    lags = lags == null ? null : List.copyOf(lags);
    stateTransitionErrors = List.copyOf(Objects.requireNonNullElse(stateTransitionErrors, List.of()));
  }

  /** A mirror named as its link names it (prefix and source topic). */
  public MirrorSpec(String source, String status, List<Lag> lags, String mirrorTopicError,
      List<TransitionError> stateTransitionErrors) {
    this(source, null, status, lags, mirrorTopicError, stateTransitionErrors);
  }

  /** The short form: a source topic name. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static MirrorSpec of(String source) {
    return new MirrorSpec(source, null, null, null, null, null);
  }

  /** One partition's lag behind its source; {@code last_source_fetch_offset} -1 means nothing fetched yet. */
  public record Lag(Long lag, Long lastSourceFetchOffset) {
    public Lag {
      if (lag == null || lag < 0) {
        throw new IllegalArgumentException("mirrors[].lags[].lag is required and must not be negative");
      }
      lastSourceFetchOffset = lastSourceFetchOffset == null ? -1 : lastSourceFetchOffset;
      if (lastSourceFetchOffset < -1) {
        throw new IllegalArgumentException("mirrors[].lags[].last_source_fetch_offset must be -1 or more");
      }
    }
  }

  /** An error of a past state transition, as the mirror reports it on request. */
  public record TransitionError(String errorCode, String errorMessage) {
    public TransitionError {
      ConfigChecks.requireText(errorCode, "mirrors[].state_transition_errors[].error_code");
      ConfigChecks.requireText(errorMessage, "mirrors[].state_transition_errors[].error_message");
    }
  }
}
