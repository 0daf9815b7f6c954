package org.objectionhelper.page;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** The one place where the tool waits: probe, pause briefly, probe again until a deadline. */
public final class Poll {
  static final Duration INTERVAL = Duration.ofMillis(100);

  private Poll() {}

  public static <T> Optional<T> until(Duration timeout, Supplier<Optional<T>> probe) {
    return until(timeout, INTERVAL, probe);
  }

  public static <T> Optional<T> until(
      Duration timeout, Duration interval, Supplier<Optional<T>> probe) {
    Instant deadline = Clock.systemUTC().instant().plus(timeout);
    while (true) {
      Optional<T> result = probe.get();
      if (result.isPresent() || !Clock.systemUTC().instant().isBefore(deadline)) {
        return result;
      }
      pause(interval);
    }
  }

  public static void pause(Duration interval) {
    try {
      Thread.sleep(interval.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedWait();
    }
  }

  /** The wait was interrupted, as on Ctrl-C; the run ends without finishing its step. */
  public static final class InterruptedWait extends RuntimeException {
    InterruptedWait() {
      super("interrupted while waiting");
    }
  }
}
