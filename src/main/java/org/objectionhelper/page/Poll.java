package org.objectionhelper.page;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.objectionhelper.time.Time;

/**
 * Probe, pause briefly, probe again until a deadline, on the system's time or on the {@link Time}
 * given; where the wait is interrupted, the run's step ends.
 */
public final class Poll {
  static final Duration INTERVAL = Duration.ofMillis(100);

  private Poll() {}

  public static <T> Optional<T> until(Duration timeout, Supplier<Optional<T>> probe) {
    return until(timeout, INTERVAL, probe);
  }

  public static <T> Optional<T> until(
      Duration timeout, Duration interval, Supplier<Optional<T>> probe) {
    return until(Time.SYSTEM, timeout, interval, probe);
  }

  public static <T> Optional<T> until(
      Time time, Duration timeout, Duration interval, Supplier<Optional<T>> probe) {
    try {
      return time.until(timeout, interval, probe);
    } catch (InterruptedException e) {
      throw interrupted();
    }
  }

  public static void pause(Duration interval) {
    try {
      Time.SYSTEM.sleeper().sleep(interval);
    } catch (InterruptedException e) {
      throw interrupted();
    }
  }

  /** Sleeping cleared the thread's interruption; it is set again for whoever looks next. */
  private static InterruptedWait interrupted() {
    Thread.currentThread().interrupt();
    return new InterruptedWait();
  }

  /** The wait was interrupted, as on Ctrl-C; the run ends without finishing its step. */
  public static final class InterruptedWait extends RuntimeException {
    InterruptedWait() {
      super("interrupted while waiting");
    }
  }
}
