package dev.mirrorstub.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that moves only when the client "sleeps", and records every wait. */
final class FakeTime extends Clock implements ResilientMirrorClient.Sleeper {

  private Instant now;
  final List<Duration> waits = new ArrayList<>();

  FakeTime(Instant start) {
    this.now = start;
  }

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
    now = now.plus(duration);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
