package org.objectionhelper.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.openqa.selenium.support.ui.Sleeper;

/**
 * Time as a parameter, as in Selenium's {@code FluentWait}: every wait and time bound reads this
 * clock and sleeps through this sleeper. The tool runs on {@link #SYSTEM}; a test passes a clock
 * whose sleeper moves it at once, so that an hour's wait takes microseconds and no test depends on
 * how fast the machine is.
 */
public record Time(Clock clock, Sleeper sleeper) {
  public static final Time SYSTEM = new Time(Clock.systemUTC(), Sleeper.SYSTEM_SLEEPER);

  /**
   * Probes until it yields or {@code timeout} has passed, pausing {@code interval} between probes;
   * the last probe is at the deadline, so that a probe that yields just in time still counts.
   *
   * @throws InterruptedException where the thread is interrupted while it sleeps; each caller knows
   *     what that means for its step
   */
  public <T> Optional<T> until(Duration timeout, Duration interval, Supplier<Optional<T>> probe)
      throws InterruptedException {
    Instant deadline = clock.instant().plus(timeout);
    while (true) {
      Optional<T> result = probe.get();
      Instant now = clock.instant();
      if (result.isPresent() || !now.isBefore(deadline)) {
        return result;
      }
      Duration left = Duration.between(now, deadline);
      sleeper.sleep(left.compareTo(interval) < 0 ? left : interval);
    }
  }
}
