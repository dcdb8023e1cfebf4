package dev.mirrorstub.server.config;

/**
 * Timing of the mirror lifecycle. {@code transition_delay_ms} is how long each pending step takes
 * (PENDING_STOPPED to STOPPED, and each step of a restore); 0 makes every step happen in the call
 * that starts it.
 */
public record Lifecycle(Long transitionDelayMs) {

  public static final long DEFAULT_TRANSITION_DELAY_MS = 200;
  public static final Lifecycle DEFAULT = new Lifecycle(null);

  public Lifecycle {
    transitionDelayMs = transitionDelayMs == null ? DEFAULT_TRANSITION_DELAY_MS : transitionDelayMs;
    if (transitionDelayMs < 0) {
      throw new IllegalArgumentException("lifecycle.transition_delay_ms must be 0 (at once) or positive");
    }
  }
}
