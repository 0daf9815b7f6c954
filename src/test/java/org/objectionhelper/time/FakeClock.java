package org.objectionhelper.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.openqa.selenium.support.ui.Sleeper;

/**
 * A clock that stands still but when something sleeps on it, and then moves at once: a test's wait
 * of an hour takes microseconds, and ends at the same reading on every machine.
 */
public final class FakeClock extends Clock implements Sleeper {
  private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");

  private final Duration perReading;
  private Instant now = START;

  public FakeClock() {
    this(Duration.ZERO);
  }

  /** A clock that also moves by {@code perReading} whenever it is read, as busy work does. */
  public FakeClock(Duration perReading) {
    this.perReading = perReading;
  }

  /** This clock, and sleeping on it. */
  public Time time() {
    return new Time(this, this);
  }

  /**
   * This clock, and a sleep on it that is interrupted at once, as by Ctrl-C; as {@link
   * Thread#sleep} does, it leaves the thread's interruption cleared.
   */
  public Time interruptedAsleep() {
    return new Time(
        this,
        duration -> {
          throw new InterruptedException();
        });
  }

  /** How far the clock has moved since it was made. */
  public Duration elapsed() {
    return Duration.between(START, now);
  }

  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public void sleep(Duration duration) {
    advance(duration);
  }

  @Override
  public Instant instant() {
    Instant read = now;
    advance(perReading);
    return read;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a fake clock keeps UTC");
  }
}
