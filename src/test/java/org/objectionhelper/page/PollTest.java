package org.objectionhelper.page;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.objectionhelper.time.FakeClock;
import org.objectionhelper.time.Time;

/** Ctrl-C during a wait ends the step and leaves the thread interrupted, for the run to see. */
class PollTest {

  @Test
  void anInterruptedSleepEndsTheWaitAndTheThreadStaysInterrupted() {
    Time interruptedAsleep = new FakeClock().interruptedAsleep();

    assertThrows(
        Poll.InterruptedWait.class,
        () -> Poll.until(interruptedAsleep, Duration.ofHours(1), Poll.INTERVAL, Optional::empty));
    assertTrue(Thread.interrupted());
  }

  @Test
  void aPauseOnTheSystemsTimeEndsAtOnceWhenTheThreadIsInterrupted() {
    Thread.currentThread().interrupt();

    assertThrows(Poll.InterruptedWait.class, () -> Poll.pause(Duration.ofHours(1)));
    assertTrue(Thread.interrupted());
  }
}
