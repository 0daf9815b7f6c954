package org.objectionhelper.flow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.objectionhelper.browser.BrowserFailure;
import org.objectionhelper.page.Poll;
import org.objectionhelper.time.Time;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.Sleeper;

/**
 * Waits for what only the person can do, telling them every little while that the tool still waits.
 */
final class PatientWait {
  private static final Duration TICK = Duration.ofMillis(250);

  private final Narrator narrator;
  private final Time time;
  private final Duration progressEvery;

  /** Sleeps as the system does, so {@code clock} must run as the system's does. */
  PatientWait(Narrator narrator, Clock clock, Duration progressEvery) {
    this(narrator, new Time(clock, Sleeper.SYSTEM_SLEEPER), progressEvery);
  }

  PatientWait(Narrator narrator, Time time, Duration progressEvery) {
    this.narrator = narrator;
    this.time = time;
    this.progressEvery = progressEvery;
  }

  /** Probes until it yields or {@code timeout} passes. */
  <T> Optional<T> until(String stillWaitingKey, Duration timeout, Supplier<Optional<T>> probe) {
    return until(() -> stillWaitingKey, timeout, probe);
  }

  /**
   * Probes until it yields or {@code timeout} passes; what it says meanwhile may change as the wait
   * goes on.
   */
  <T> Optional<T> until(
      Supplier<String> stillWaitingKey, Duration timeout, Supplier<Optional<T>> probe) {
    Instant start = time.clock().instant();
    Instant[] nextNotice = {start.plus(progressEvery)};
    return Poll.until(
        time,
        timeout,
        TICK,
        () -> {
          Optional<T> result = probeTolerantly(probe);
          Instant now = time.clock().instant();
          if (result.isEmpty() && now.isAfter(nextNotice[0])) {
            Duration elapsed = Duration.between(start, now);
            Duration left = elapsed.compareTo(timeout) > 0 ? Duration.ZERO : timeout.minus(elapsed);
            narrator.say(
                stillWaitingKey.get(), Math.max(0, left.toSeconds() / 60), left.toSecondsPart());
            nextNotice[0] = now.plus(progressEvery);
          }
          return result;
        });
  }

  /** A page that is changing under the probe is not an answer yet. */
  private static <T> Optional<T> probeTolerantly(Supplier<Optional<T>> probe) {
    try {
      return probe.get();
    } catch (WebDriverException changing) {
      if (!BrowserFailure.isPageState(changing)) {
        throw changing;
      }
      return Optional.empty();
    }
  }
}
