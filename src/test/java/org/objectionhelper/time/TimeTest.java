package org.objectionhelper.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one wait, on a clock that moves only when the wait sleeps. */
class TimeTest {
  private final FakeClock clock = new FakeClock();
  private final List<Duration> probedAt = new ArrayList<>();

  @Test
  void returnsWhatTheFirstProbeToYieldFound() throws InterruptedException {
    Optional<String> found =
        clock
            .time()
            .until(
                Duration.ofSeconds(10),
                Duration.ofMillis(100),
                () -> probe(probedAt.size() == 2 ? Optional.of("form") : Optional.empty()));

    assertEquals(Optional.of("form"), found);
    assertEquals(List.of(Duration.ZERO, Duration.ofMillis(100), Duration.ofMillis(200)), probedAt);
  }

  @Test
  void givesUpAfterAProbeAtTheDeadlineItself() throws InterruptedException {
    Optional<String> found =
        clock.time().until(Duration.ofMillis(250), Duration.ofMillis(100), this::nothing);

    assertEquals(Optional.empty(), found);
    assertEquals(
        List.of(
            Duration.ZERO, Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(250)),
        probedAt);
    assertEquals(Duration.ofMillis(250), clock.elapsed());
  }

  @Test
  void aWaitOfNoTimeProbesOnce() throws InterruptedException {
    clock.time().until(Duration.ZERO, Duration.ofMillis(100), this::nothing);

    assertEquals(List.of(Duration.ZERO), probedAt);
  }

  private Optional<String> nothing() {
    return probe(Optional.empty());
  }

  private Optional<String> probe(Optional<String> answer) {
    probedAt.add(clock.elapsed());
    return answer;
  }
}
