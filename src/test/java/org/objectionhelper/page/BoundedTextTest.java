package org.objectionhelper.page;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.objectionhelper.time.FakeClock;

/**
 * A confirmation pattern that backtracks catastrophically ends in its budget, or at once on Ctrl-C.
 */
class BoundedTextTest {
  /** Java's matcher remembers its way through (a+)+$; this one still takes ages on 200 letters. */
  private static final Pattern CATASTROPHIC = Pattern.compile("(.*a){20}");

  private static final String PAGE = "a".repeat(200) + "!";

  @Test
  void aBacktrackingPatternStopsWhenItsTimeIsUp() {
    // A clock that moves a millisecond with every character read: the budget ends after 200 reads,
    // however fast or busy the machine.
    FakeClock ticking = new FakeClock(Duration.ofMillis(1));

    assertThrows(
        BoundedText.TooSlow.class,
        () -> CATASTROPHIC.matcher(BoundedText.of(PAGE, Duration.ofMillis(200), ticking)).find());
    assertTrue(
        ticking.elapsed().compareTo(Duration.ofMillis(202)) <= 0,
        "read on after its time: " + ticking.elapsed());
  }

  @Test
  void anInterruptedRunStopsMatchingAtOnce() {
    Thread.currentThread().interrupt();
    try {
      assertThrows(
          BoundedText.TooSlow.class,
          () ->
              CATASTROPHIC
                  .matcher(BoundedText.of(PAGE, Duration.ofHours(1), new FakeClock()))
                  .find());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void aSanePatternFindsItsTextAsBefore() {
    assertTrue(
        Pattern.compile("objection", Pattern.CASE_INSENSITIVE)
            .matcher(
                BoundedText.of(
                    "We received your Objection.", Duration.ofSeconds(1), new FakeClock()))
            .find());
  }
}
